#!/usr/bin/env bash
# Compares two builds of the Parser service, source by source and field by field, over every labelled page and the
# lynx and w3m renderings of the labelled HTML pages (parsed as text), plus any files given after the two builds.
# A rule written for one page must not move another: run this before merging a parser change.
#
#   dotnet build services/Ingestion.Parser -c Release -o /tmp/parser-old   # on the commit you start from
#   dotnet build services/Ingestion.Parser -c Release -o /tmp/parser-new   # on your change
#   tests/compare-parser-builds.sh /tmp/parser-old /tmp/parser-new [MORE_FILES...]
#
# Every run parses afresh (about ten seconds a build), so a build rebuilt into the same folder is never compared by a
# stale output. Renderings are made once into $PARSER_RENDERINGS (default /tmp/parser-renderings) and need lynx and
# w3m (apt-get install -y lynx w3m); without them only the pages are compared. Exit code 1 when any output differs.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 OLD_BUILD_DIR NEW_BUILD_DIR [MORE_FILES...]" >&2
    exit 2
fi
old_build=$1 new_build=$2
shift 2
for build in "$old_build" "$new_build"; do
    [[ -f $build/Ingestion.Parser.dll ]] || { echo "no Ingestion.Parser.dll in $build" >&2; exit 2; }
done

pages=$(cd "$(dirname "$0")/Ingestion.Parser.Core.Tests/Pages" && pwd)
renderings=${PARSER_RENDERINGS:-/tmp/parser-renderings}
sources=("$pages"/*.txt "$pages"/*.html)

if command -v lynx >/dev/null && command -v w3m >/dev/null; then
    mkdir -p "$renderings"
    for page in "$pages"/*.html; do
        name=$(basename "$page" .html)
        [[ -s $renderings/$name.lynx.txt ]] ||
            lynx -dump -nolist -width=1024 -force_html -display_charset=utf-8 "$page" > "$renderings/$name.lynx.txt" 2>/dev/null || true
        [[ -s $renderings/$name.w3m.txt ]] ||
            w3m -dump -cols 3000 -T text/html -O UTF-8 "$page" > "$renderings/$name.w3m.txt" 2>/dev/null || true
    done
    sources+=("$renderings"/*.lynx.txt "$renderings"/*.w3m.txt)
else
    echo "lynx or w3m missing: comparing the labelled pages only" >&2
fi
sources+=("$@")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet "$old_build/Ingestion.Parser.dll" parse "${sources[@]}" > "$work/old.jsonl"
dotnet "$new_build/Ingestion.Parser.dll" parse "${sources[@]}" > "$work/new.jsonl"

python3 - "$work/old.jsonl" "$work/new.jsonl" "${sources[@]}" <<'PY'
import json, sys

old_lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
new_lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
paths = sys.argv[3:]
if len(old_lines) != len(paths) or len(new_lines) != len(paths):
    sys.exit(f"expected {len(paths)} lines, got {len(old_lines)} (old) and {len(new_lines)} (new)")

def short(value, limit=300):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"

changed = 0
for path, old_line, new_line in zip(paths, old_lines, new_lines):
    if old_line == new_line:
        continue
    changed += 1
    old, new = json.loads(old_line), json.loads(new_line)
    print(f"== {path}")
    for field in dict.fromkeys([*old, *new]):
        if old.get(field) == new.get(field):
            continue
        before, after = old.get(field), new.get(field)
        if isinstance(before, list) and isinstance(after, list) and field in ("body_paragraphs", "captions", "tags", "authors"):
            print(f"  {field}: {len(before)} -> {len(after)}")
            for item in before:
                if item not in after:
                    print(f"    - {short(item)}")
            for item in after:
                if item not in before:
                    print(f"    + {short(item)}")
        else:
            print(f"  {field}:\n    - {short(before)}\n    + {short(after)}")
print(f"{changed} of {len(paths)} sources changed")
sys.exit(1 if changed else 0)
PY
