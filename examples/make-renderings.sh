#!/bin/sh
# Re-make examples/brief-*.png (page 1 of each built-in template) and the example
# project's briefs. Run from the repository root after changing templates or extraction.
# (examples/before/ keeps page 1 as it was before the layout work of issue 15; it is
# not remade.)
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in policy executive analyst press; do
    briefgen brief examples/baltic-air-defence.txt --audience "$t" -o "$tmp/$t.pdf"
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$tmp/$t.pdf" "examples/brief-$t"
done
cd examples/project
briefgen brief ../baltic-air-defence.txt --audience minister -o briefs/minister.pdf -f pdf,html
briefgen brief ../baltic-air-defence.txt ../baltic-follow-up.txt -o briefs/policy-letter.pdf -f pdf,html
