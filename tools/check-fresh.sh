#!/bin/sh
# check-fresh.sh - prove that the README's two commands work on a machine
# that never saw the project ('make check-fresh', run by .ci/run).
#
# A minimal Debian 12 root is bootstrapped (debootstrap --variant=minbase:
# no make, no compiler, no git), a clean clone of HEAD and ../shared are
# copied into it, and the first ```sh block of README.md is run inside it
# through chroot, one command line at a time, exactly as written. Whatever
# those commands need they must install themselves; a package that only
# this machine happens to have cannot hide. The mirror and apt settings are
# read from this machine's own apt configuration, never from the project.
#
# Needs root (debootstrap, chroot, mount). Options come from the
# environment: FRESH_DIR (work folder, default build/fresh), FRESH_SUITE
# (bookworm), FRESH_KEEP=1 (keep the root afterwards, to look inside).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
suite=${FRESH_SUITE:-bookworm}
work=${FRESH_DIR:-$top/build/fresh}
root=$work/root
cache=$work/debs
start=$(date +%s)

say() { printf 'check-fresh: %s\n' "$*"; }
die() { printf 'check-fresh: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot and mount)"
command -v git >/dev/null || die "needs git to make a clean clone of HEAD"
if ! command -v debootstrap >/dev/null; then
	say "installing debootstrap"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null ||
		die "cannot install debootstrap"
fi

# The Debian mirror this machine uses: the first URI of a deb822 source
# or a one-line source that serves the suite (security and updates
# suites are taken over with the rest of the configuration below).
mirror=
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] || continue
	mirror=$(awk -v s="$suite" '
		/^URIs:/ { uri = $2 }
		/^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) { print uri; exit } }
		/^$/ { uri = "" }' "$f")
	[ -n "$mirror" ] && break
done
if [ -z "$mirror" ]; then
	mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
		awk -v s="$suite" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($(i + 1) == s) { print $i; exit } } }')
fi
[ -n "$mirror" ] || die "no Debian mirror for '$suite' in this machine's apt sources"

mounted=
cleanup() {
	status=$?
	# anything still running inside the root (a daemon a package started)
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
	done
	for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
	if [ "${FRESH_KEEP:-0}" != 1 ] && [ -d "$root" ]; then
		# never remove a root that still has something mounted in it
		if ! grep -q " $root/" /proc/mounts; then rm -rf "$root"; fi
	fi
	end=$(date +%s)
	if [ "$status" = 0 ]; then
		say "passed in $((end - start)) s"
	else
		say "FAILED (exit $status) after $((end - start)) s"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A root left by an interrupted run: unmount what it holds, then start over.
if [ -d "$root" ]; then
	for m in $(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
		umount -l "$m" || true
	done
	rm -rf "$root"
fi
mkdir -p "$root" "$cache"

t=$(date +%s)
say "bootstrapping a minimal $suite from $mirror"
debootstrap --variant=minbase --cache-dir="$cache" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
	{ tail -n 20 "$work/debootstrap.log" >&2; die "debootstrap failed (log: $work/debootstrap.log)"; }
say "bootstrap took $(($(date +%s) - t)) s"

# This machine's apt sources and acquire settings, so that the root
# reaches the same mirrors (the project carries none of them).
rm -f "$root/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] && cp "$f" "$root$f"
done
for f in /etc/apt/apt.conf.d/*; do
	[ -f "$f" ] && grep -q 'Acquire::' "$f" && cp "$f" "$root$f"
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# What the root may not hold, checked so that the proof means something.
for tool in make cc gcc git; do
	if chroot "$root" /bin/sh -c "command -v $tool" >/dev/null 2>&1; then
		die "the minimal root already has $tool"
	fi
done

# A clean clone of HEAD (committed work only) and the shared folder beside it.
mkdir -p "$root/work"
git clone -q --no-hardlinks "$top" "$root/work/pressmill"
git -C "$root/work/pressmill" checkout -q "$(git rev-parse HEAD)"
if [ -d "$top/../shared" ]; then
	cp -a "$top/../shared" "$root/work/shared"
	chmod -R u+w "$root/work/shared"
else
	say "no ../shared beside the project: the root gets none either"
fi

# /proc, and a /dev of its own (a tmpfs with the usual nodes, not a bind
# of this machine's /dev, so that removing a root left mounted by a killed
# run can never remove this machine's devices).
mkdir -p "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mounted="$root/proc"
mount -t tmpfs -o mode=755,nosuid devtmp "$root/dev"
mounted="$root/dev $mounted"
for node in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
	set -- $node
	mknod -m 666 "$root/dev/$1" c "$2" "$3"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
mounted="$root/dev/pts $mounted"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
mounted="$root/dev/shm $mounted"
ln -s pts/ptmx "$root/dev/ptmx"
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"

# The README's commands: the first ```sh block, one command per line,
# each run by sh as written, in order, as root from the project's folder.
commands=$(awk '/^```sh/ { on = 1; next } on && /^```/ { exit } on' README.md |
	sed -e '/^[[:space:]]*$/d')
[ -n "$commands" ] || die "no \`\`\`sh block in README.md"
n=0
while IFS= read -r cmd; do
	n=$((n + 1))
	t=$(date +%s)
	say "README command $n: $cmd"
	if ! chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 TERM=dumb /bin/sh -c "cd /work/pressmill && $cmd" </dev/null >"$work/command-$n.log" 2>&1; then
		tail -n 40 "$work/command-$n.log" >&2
		die "README command $n failed (log: $work/command-$n.log)"
	fi
	say "README command $n passed in $(($(date +%s) - t)) s"
done <<EOF
$commands
EOF
