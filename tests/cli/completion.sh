#!/bin/sh
# completion.sh - the bash and zsh completion scripts as the shells use
# them: `pressmill completion bash|zsh` prints the files make install
# installs; bash registers the function (complete -p) and, called as
# bash calls it (COMP_WORDS, COMP_CWORD), completes commands, every option
# of convert's and serve's --help, folders after -o and files for inputs,
# with and without bash-completion's helpers; zsh parses its script,
# compinit registers it for pressmill, its _arguments name every option,
# and typed in an interactive zsh (a pseudo-terminal) LINE<TAB> completes
# (skipped, saying so, without zsh, which is not a dependency).
SUITE=completion
. "$SRC/tests/batch/lib.sh"
LC_ALL=C
export LC_ALL

BASH_SCRIPT=$SRC/core/cli/completion/pressmill.bash
ZSH_SCRIPT=$SRC/core/cli/completion/pressmill.zsh
"$CLI" completion bash >"$T/pressmill.bash"
check "print: 'completion bash' is the script make install installs" cmp -s "$T/pressmill.bash" "$BASH_SCRIPT"
"$CLI" completion zsh >"$T/_pressmill"
check "print: 'completion zsh' is the script make install installs" cmp -s "$T/_pressmill" "$ZSH_SCRIPT"

if ! command -v bash >/dev/null 2>&1; then
	echo "skip bash completion: bash is missing"
	finish
	exit
fi
bash --norc --noprofile -c '. "$1" && complete -p pressmill' bash "$T/pressmill.bash" >"$T/complete-p" 2>&1
check "bash: the script loads and registers _pressmill for pressmill" grep -qx "complete -F _pressmill pressmill" "$T/complete-p"

# offered WORDS...: what bash offers for the command line WORDS, the
# last word being completed, in the folder $T/cwd, one per line, sorted
mkdir -p "$T/cwd/inbox" "$T/cwd/records" && : >"$T/cwd/release.pdf" && : >"$T/cwd/notes.txt"
offered() {
	(cd "$T/cwd" && bash --norc --noprofile -c '
		. "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
		_pressmill pressmill "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}"' bash "$T/pressmill.bash" "$@") | sed '/^$/d' | sort | tr '\n' ' '
}
checke "bash: pressmill conv<TAB> -> convert" '[ "$(offered pressmill conv)" = "convert " ]'
checke "bash: pressmill convert --inc<TAB> -> --include" '[ "$(offered pressmill convert --inc)" = "--include " ]'
checke "bash: pressmill <TAB> -> the commands" \
	'[ "$(offered pressmill "")" = "--help --version completion convert plugins schema serve " ]'
checke "bash: pressmill serve --max-c<TAB> -> --max-connections" \
	'[ "$(offered pressmill serve --max-c)" = "--max-connections " ]'
checke "bash: pressmill completion <TAB> -> the shells" '[ "$(offered pressmill completion "")" = "--help bash zsh " ]'
checke "bash: -o <TAB> offers folders only" '[ "$(offered pressmill convert -o "")" = "inbox records " ]'
checke "bash: --output=<TAB> too" '[ "$(offered pressmill convert --output = "")" = "inbox records " ]'
checke "bash: an input offers files and folders" '[ "$(offered pressmill convert -r "")" = "inbox notes.txt records release.pdf " ]'
checke "bash: --include <TAB> offers nothing (a glob of the user's)" '[ "$(offered pressmill convert --include "")" = "" ]'
# every option --help names is offered after its command (--version,
# which the help names too, after pressmill itself)
for cmd in convert serve; do
	missing=
	for opt in $("$PYTHON" -c '
import sys
sys.path.insert(0, sys.argv[1])
from man_options import OPTION
print("\n".join(sorted(set(OPTION.findall(sys.stdin.read())) - {"--version"})))' "$SRC/tests/cli" <<-EOH
	$("$CLI" $cmd --help)
	EOH
	); do
		offered pressmill $cmd "$opt" | grep -q -- "$opt " || missing="$missing $opt"
	done
	check "bash: every option of '$cmd --help' is offered${missing:+ (missing:$missing)}" [ -z "$missing" ]
done
# with bash-completion's _filedir, when the system has it
if [ -r /usr/share/bash-completion/bash_completion ]; then
	r=$(cd "$T/cwd" && bash --norc --noprofile -c '. /usr/share/bash-completion/bash_completion; . "$1"
		COMP_WORDS=(pressmill convert -o ""); COMP_CWORD=3; _pressmill pressmill "" -o
		printf "%s\n" "${COMPREPLY[@]}"' bash "$T/pressmill.bash" | sort | tr '\n' ' ')
	check "bash: with bash-completion loaded, -o offers folders ($r)" [ "$r" = "inbox records " ]
else
	echo "skip bash completion with bash-completion's helpers: the package is not installed"
fi

if command -v zsh >/dev/null 2>&1; then
	zsh -n "$T/_pressmill" 2>"$T/zsh.err"
	check "zsh: the script parses (zsh -n)" [ $? -eq 0 ] && [ ! -s "$T/zsh.err" ]
	mkdir -p "$T/zfunc" && cp "$T/_pressmill" "$T/zfunc/_pressmill"
	zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -d "$2"; print -r -- $_comps[pressmill]' \
		zsh "$T/zfunc" "$T/zcompdump" >"$T/zsh.out" 2>&1
	check "zsh: compinit finds it in fpath and registers _pressmill for pressmill" grep -qx "_pressmill" "$T/zsh.out"
	for cmd in convert serve; do
		missing=
		for opt in $("$CLI" $cmd --help | "$PYTHON" -c '
import sys
sys.path.insert(0, sys.argv[1])
from man_options import OPTION
print("\n".join(sorted(set(OPTION.findall(sys.stdin.read())) - {"--version"})))' "$SRC/tests/cli"); do
			# each option is spelt out in its command's _arguments spec
			sed -n "/^_pressmill_$cmd()/,/^}/p" "$T/_pressmill" | grep -q -- "[{,'()*]$opt[]=+,}'[]" ||
				missing="$missing $opt"
		done
		check "zsh: every option of '$cmd --help' is in _pressmill_$cmd${missing:+ (missing:$missing)}" [ -z "$missing" ]
	done
	# as a user types: LINE, TAB, and what the line becomes
	if zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
		typed() { (cd "$T/cwd" && timeout 30 zsh -f "$SRC/tests/cli/zsh_complete.zsh" "$T/zfunc" "$1" "$2"); }
		checke "zsh: pressmill conv<TAB> -> convert" 'typed "pressmill conv" "pressmill convert "'
		checke "zsh: pressmill convert --inc<TAB> -> --include" \
			'typed "pressmill convert --inc" "pressmill convert --include"'
		checke "zsh: pressmill serve --max-co<TAB> -> --max-connections" \
			'typed "pressmill serve --max-co" "pressmill serve --max-connections"'
		checke "zsh: pressmill convert -o rec<TAB> -> the folder" \
			'typed "pressmill convert -o rec" "pressmill convert -o records/"'
		checke "zsh: the harness sees a completion that does not happen" \
			'! typed "pressmill convert --frob" "pressmill convert --frobnicate" >/dev/null'
	else
		echo "skip zsh completion as typed: zsh/zpty is missing"
	fi
else
	echo "skip zsh completion: zsh is not installed (not a dependency: bash's is tested)"
fi

finish
