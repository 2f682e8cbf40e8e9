#!/usr/bin/env bash
# How well the cleaner does on real pages: bench/extraction.sh [--cv]
# Cleans the 491 hand-labelled real pages of ../shared/extraction-dev (EXTRACTION_DEV overrides the folder) with
# `reader clean --out`, once as HTML and once as their w3m text dumps, and scores each with the set's own score.py:
# F1, precision and recall over the marked article and boilerplate passages, and pages per second.
# The block classifiers were trained on these pages, so these figures are on pages the model has seen; --cv also
# retrains with five-fold cross-validation (a few minutes) and prints the figures on pages held out of training,
# the estimate for pages it has never seen.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${EXTRACTION_DEV:-../shared/extraction-dev}
if [ ! -f "$dev/pages.tar.xz" ] || [ ! -f "$dev/score.py" ]; then
  echo "extraction: the development set is not at $dev; skipped (set EXTRACTION_DEV to its folder)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xJf "$dev/pages.tar.xz" -C "$work"
dotnet build src/Reader.Cli -c Release -v q -nologo >/dev/null
reader="dotnet src/Reader.Cli/bin/Release/net10.0/reader.dll"

echo "| input | pages | F1 | precision | recall | pages/s |"
echo "| --- | --- | --- | --- | --- | --- |"
for kind in html txt; do
  speed=$($reader clean --out "$work/out-$kind" "$work/$kind" 2>&1 | sed -n 's/.*(\([0-9.]*\) pages\/s).*/\1/p' | tail -1)
  python3 "$dev/score.py" "$work/out-$kind" --json |
    python3 -c "import json,sys; m=json.load(sys.stdin); print(f\"| {'HTML' if '$kind' == 'html' else 'text dumps (w3m)'} | {m['pages']} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | $speed |\")"
done

if [ "${1:-}" = "--cv" ]; then
  echo
  echo "five-fold cross-validation (pages held out of training):"
  dotnet run -c Release --project tools/Reader.Train -- "$work" "$dev/truth.json" "$work" | grep -E ':$|threshold'
fi
