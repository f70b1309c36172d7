#compdef pressmill
# zsh completion for pressmill: commands, options with their descriptions,
# and files or folders where an option or an input takes one. Printed by
# `pressmill completion zsh`; `make install` puts it in zsh's function
# path as _pressmill (/usr/share/zsh/vendor-completions for PREFIX=/usr,
# $PREFIX/share/zsh/site-functions otherwise).

_pressmill_convert() {
	_arguments -s -S \
		'(--ndjson)--pretty[indent the record (one input)]' \
		'(--pretty)--ndjson[one compact record per line]' \
		'(-o --output)'{-o+,--output=}'[write DIR/<path>.json per input (-: stdout)]:output folder:_files -/' \
		'(-r --recursive)'{-r,--recursive}'[convert every file below the folders given]' \
		'*--include=[with -r, convert only the files GLOB matches]:glob: ' \
		'*--exclude=[with -r, leave out the files and folders GLOB matches]:glob: ' \
		'--name=[the name of the document on stdin in its record]:name: ' \
		'--files-from=[read input paths from FILE (-: stdin)]:path list:_files' \
		'(-j --jobs)'{-j+,--jobs=}'[convert N files at once]:number of workers: ' \
		'--ordered[stream records in input order]' \
		'--resume[skip inputs whose record in -o DIR is up to date]' \
		'--retry-failed[--resume, and convert crashes, timeouts and memory kills again]' \
		'--fsync[flush each record to disk before renaming it into place]' \
		'--timeout=[per-document time limit]:seconds: ' \
		'--max-memory=[per-worker memory limit]:megabytes: ' \
		'--max-file-size=[refuse larger inputs]:megabytes: ' \
		'--max-pages=[read at most N pages]:pages: ' \
		'--ocr=[read page images with Tesseract]:mode:(auto always never)' \
		'--ocr-lang=[OCR languages, e.g. fr+en]:languages: ' \
		'--ocr-max-pages=[OCR at most N pages per document]:pages: ' \
		'(--isolate)--no-isolate[convert in this process (trusted input)]' \
		'(--no-isolate)--isolate[convert in worker processes (the default)]' \
		'--follow-symlinks[with -r, also convert symlinks out of the folder given]' \
		'--explain[add evidence: the stage and rule behind each field]' \
		'--report=[write the run'\''s summary as JSON to FILE]:report file:_files' \
		'(-q --quiet -v --verbose)'{-q,--quiet}'[no progress, no summary]' \
		'(-q --quiet -v --verbose)'{-v,--verbose}'[log each file and plugin diagnostics]' \
		'(- *)'{-h,--help}'[show the help]' \
		'*:input file (- for stdin):_files'
}

_pressmill_serve() {
	_arguments -s -S \
		'--listen=[where to listen]:ADDR\:PORT: ' \
		'(-j --jobs)'{-j+,--jobs=}'[worker processes converting at once]:number of workers: ' \
		'--timeout=[per-document time limit]:seconds: ' \
		'--max-memory=[per-worker memory limit]:megabytes: ' \
		'--max-file-size=[refuse larger bodies with 413]:megabytes: ' \
		'--max-pages=[read at most N pages]:pages: ' \
		'--max-connections=[clients connected at once]:connections: ' \
		'--client-timeout=[close a connection idle this long]:seconds: ' \
		'(-q --quiet -v --verbose)'{-q,--quiet}'[no startup line]' \
		'(-q --quiet -v --verbose)'{-v,--verbose}'[log each document and HTTP diagnostics]' \
		'(- *)'{-h,--help}'[show the help]'
}

_pressmill() {
	local curcontext=$curcontext state line
	local -a commands
	commands=(
		'convert:turn press releases into JSON records'
		'serve:an HTTP service converting documents it is sent'
		'completion:print a completion script for bash or zsh'
		'plugins:list the loaded and rejected plugins'
		'schema:print the record'\''s JSON Schema'
	)
	_arguments -C \
		'(- *)--help[show the help]' \
		'(- *)--version[show the version]' \
		'1:command:->command' \
		'*::argument:->argument'
	case $state in
	command)
		_describe -t commands 'pressmill command' commands
		;;
	argument)
		curcontext=${curcontext%:*:*}:pressmill-$words[1]:
		case $words[1] in
		convert) _pressmill_convert ;;
		serve) _pressmill_serve ;;
		completion) _arguments '1:shell:(bash zsh)' ;;
		esac
		;;
	esac
}

_pressmill "$@"
