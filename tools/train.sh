#!/usr/bin/env bash
# Retrains the cleaner's block classifiers on the real-page development set (../shared/extraction-dev) and writes
# them into src/Reader.Ingest/Data/. Deterministic: the same set gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${EXTRACTION_DEV:-../shared/extraction-dev}
if [ ! -f "$dev/pages.tar.xz" ]; then
  echo "train: the development set is not at $dev (set EXTRACTION_DEV to its folder)" >&2
  exit 2
fi
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
tar -xJf "$dev/pages.tar.xz" -C "$pages"
dotnet run -c Release --project tools/Reader.Train -- "$pages" "$dev/truth.json" src/Reader.Ingest/Data
