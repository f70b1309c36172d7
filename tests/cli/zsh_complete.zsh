# zsh_complete.zsh FUNCDIR LINE WANT - what a zsh user gets: an interactive
# zsh (zsh -f -i, in a pseudo-terminal: zsh/zpty) with FUNCDIR in its fpath
# and compinit run, LINE typed and TAB pressed; exit 0 when the command
# line then reads WANT (within 10 s), else 1 with what it read. Used by
# tests/cli/completion.sh.
setopt extendedglob
zmodload zsh/zpty
zpty -b z 'zsh -f -i'
zpty -w z "PS1='> '; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -d ${(q)1}/.dump"
zpty -w -n z "$2"$'\t'
out=
for i in {1..100}; do
	while zpty -r -t z chunk; do out+=$chunk; done
	# the terminal's escape sequences (bold, erase line) out
	clean=${out//$'\e'\[[0-9;?]#[a-zA-Z]/}
	[[ $clean == *"$3"* ]] && break
	sleep 0.1
done
zpty -d z
[[ $clean == *"$3"* ]] || { print -r -- "    read: ${(q+)clean[-200,-1]}"; exit 1 }
