#!/bin/sh
# embed.sh NAME FILE: print FILE as a C string constant named NAME, so the
# library carries the record schema it validates against.
name=$1
file=$2
printf '/* generated from %s by tools/embed.sh: do not edit */\n' "$file"
printf 'const char %s[] =\n' "$name"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$file"
printf ';\n'
