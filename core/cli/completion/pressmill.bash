# bash completion for pressmill: commands, options, and files or folders
# where an option or an input takes one. Printed by `pressmill completion
# bash`; `make install` puts it where bash-completion loads it on demand
# (/usr/share/bash-completion/completions/pressmill for PREFIX=/usr). It
# uses bash-completion's _filedir when loaded, plain compgen otherwise.

_pressmill_convert_opts='--pretty --ndjson -o --output -r --recursive --include --exclude
	--name --files-from -j --jobs --ordered --resume --retry-failed --fsync --timeout
	--max-memory --max-file-size --max-pages --ocr --ocr-lang --ocr-max-pages --no-isolate
	--isolate --follow-symlinks --explain --report -q --quiet -v --verbose -h --help'
_pressmill_serve_opts='--listen -j --jobs --timeout --max-memory --max-file-size
	--max-pages --max-connections --client-timeout -q --quiet -v --verbose -h --help'

# _pressmill_files [-d]: files (folders with -d) matching $cur
_pressmill_files()
{
	if declare -F _filedir >/dev/null; then
		_filedir "$@"
		return
	fi
	compopt -o filenames 2>/dev/null
	local IFS=$'\n'
	if [[ $1 == -d ]]; then
		COMPREPLY=($(compgen -d -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}

_pressmill()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev= cmd=${COMP_WORDS[1]}
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# "--output=DIR": bash splits at '=' (COMP_WORDBREAKS)
	if [[ $cur == = ]]; then
		return
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi
	COMPREPLY=()
	if ((COMP_CWORD == 1)); then
		COMPREPLY=($(compgen -W 'convert serve completion plugins schema --help --version' -- "$cur"))
		return
	fi
	case $cmd in
	convert)
		case $prev in
		-o | --output)
			_pressmill_files -d
			return
			;;
		--files-from | --report)
			_pressmill_files
			return
			;;
		--ocr)
			COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
			return
			;;
		--include | --exclude | --name | -j | --jobs | --timeout | --max-memory | \
			--max-file-size | --max-pages | --ocr-lang | --ocr-max-pages)
			return # a value of the user's
			;;
		esac
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "$_pressmill_convert_opts" -- "$cur"))
		else
			_pressmill_files
		fi
		;;
	serve)
		case $prev in
		--listen | -j | --jobs | --timeout | --max-memory | --max-file-size | --max-pages | \
			--max-connections | --client-timeout)
			return
			;;
		esac
		[[ $cur == -* ]] && COMPREPLY=($(compgen -W "$_pressmill_serve_opts" -- "$cur"))
		;;
	completion)
		((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W 'bash zsh --help' -- "$cur"))
		;;
	plugins | schema)
		((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W '--help' -- "$cur"))
		;;
	esac
}
complete -F _pressmill pressmill
