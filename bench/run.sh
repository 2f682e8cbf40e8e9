#!/usr/bin/env bash
# The performance benchmark: bench/run.sh [N ...]   (default N: 1000 10000; RUNS=5 timed runs after a warm-up)
# Builds a deterministic corpus of N articles, times cold `reader build` and `hugo` on the same content in the
# same run (alternating, median of RUNS, peak memory from /usr/bin/time), and reports Reader as a ratio of Hugo.
# Then times the cleaner (`reader clean --out`, one core) and an incremental rebuild in `reader serve` at each N.
# Reader is measured as it ships (the Release publish profile: one native executable compiled ahead of time), as
# Hugo is a compiled release binary.
# Files go to RAM (/dev/shm) when there is one, so the virtual disk's noise does not drown either tool.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${RUNS:-5}
sizes=${*:-1000 10000}
if [ -z "${BENCH_DIR:-}" ] && [ -d /dev/shm ]; then work=/dev/shm/reader-bench; else work=${BENCH_DIR:-/tmp/reader-bench}; fi
mkdir -p "$work"

command -v hugo >/dev/null || { echo "bench: installing Debian's hugo"; apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
# The Release profile compiles to native code, which links with a C toolchain and zlib.
if ! { command -v clang || command -v gcc; } >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
  echo "bench: installing clang and zlib1g-dev for Native AOT"; apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
dotnet publish src/Reader.Cli -p:PublishProfile=Release -o "$work/reader-bin" -v q -nologo >/dev/null
dotnet build bench/Reader.Bench -c Release -v q -nologo >/dev/null
reader="$work/reader-bin/reader"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1; cat "$work/time.txt"; }

echo "| N | Reader median (s) | Hugo median (s) | Reader / Hugo time | Reader peak MB | Hugo peak MB | memory ratio | pages/s |"
echo "|---|---|---|---|---|---|---|---|"
for n in $sizes; do
  dir="$work/$n"
  rm -rf "$dir" && mkdir -p "$dir"
  dotnet bench/Reader.Bench/bin/Release/net10.0/Reader.Bench.dll corpus "$n" "$dir" >/dev/null
  cp -r theme "$dir/reader/theme" && mkdir -p "$dir/reader/seeds"
  cp -r bench/hugo/. "$dir/hugo/"
  (cd "$dir/reader" && $reader build -q >/dev/null)            # warm-up: file cache, JIT cache
  (cd "$dir/hugo" && hugo --quiet -d "$dir/public" >/dev/null)
  : > "$dir/reader.times"; : > "$dir/hugo.times"
  for _ in $(seq "$runs"); do
    rm -rf "$dir/reader/output" "$dir/public"
    (cd "$dir/reader" && timed $reader build -q) >> "$dir/reader.times"
    (cd "$dir/hugo" && timed hugo --quiet -d "$dir/public") >> "$dir/hugo.times"
  done
  r=$(cut -d' ' -f1 "$dir/reader.times" | median); h=$(cut -d' ' -f1 "$dir/hugo.times" | median)
  rm=$(cut -d' ' -f2 "$dir/reader.times" | median); hm=$(cut -d' ' -f2 "$dir/hugo.times" | median)
  pages=$(find "$dir/reader/output" -name '*.html' | wc -l)
  awk -v n="$n" -v r="$r" -v h="$h" -v rm="$rm" -v hm="$hm" -v p="$pages" 'BEGIN {
    printf "| %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.0f |\n", n, r, h, r / h, rm / 1024, hm / 1024, rm / hm, p / r }'
done

# The cleaner on one core, over the evaluation pages repeated to about 500 pages.
clean="$work/clean" && rm -rf "$clean" && mkdir -p "$clean/in"
for i in $(seq 10); do for f in tests/Reader.Ingest.Tests/Evaluation/*.html; do cp "$f" "$clean/in/$(basename "$f" .html)-$i.html"; done; done
pages=$(ls "$clean/in" | wc -l)
: > "$clean/times"
for _ in $(seq 3); do taskset -c 0 /usr/bin/time -f "%U %S" -o "$clean/t" $reader clean --out "$clean/out" "$clean/in" >/dev/null 2>&1; awk '{ print $1 + $2 }' "$clean/t" >> "$clean/times"; done
cpu=$(median < "$clean/times")
awk -v p="$pages" -v c="$cpu" 'BEGIN { printf "\ncleaner: %d pages, median %.2f s of CPU on one core: %.0f pages per second per core\n", p, c, p / c }'

# Incremental rebuild in serve: from saving one article to the site rebuilt, as serve itself reports it
# ("… ms after the save": the watcher's first event to the last file written, before the browser reloads).
for n in $sizes; do
  dir="$work/$n/reader"
  ( cd "$dir" && exec $reader serve --port 5799 > "$work/serve.log" 2>&1 ) &
  serve=$!
  for _ in $(seq 1200); do grep -q "serving" "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
  article=$(find "$dir/input/articles" -name '*.md' -printf '%f\n' | sort | sed -n 1p)
  cp "$dir/input/articles/$article" "$work/article.md"
  : > "$work/rebuilds"
  for i in $(seq 7); do
    printf '\nAn edit for the benchmark, number %d.\n' "$i" >> "$dir/input/articles/$article"
    for _ in $(seq 300); do [ "$(grep -c 'after the save' "$work/serve.log")" -ge "$i" ] && break; sleep 0.1; done
    sleep 0.5
  done
  kill -TERM "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true
  cp "$work/article.md" "$dir/input/articles/$article"
  # The first two edits warm the JIT up; the median of the other five is reported.
  grep -o '[0-9]* ms after the save' "$work/serve.log" | tail -n 5 | cut -d' ' -f1 > "$work/rebuilds"
  echo "incremental rebuild after editing one article (N=$n): median $(median < "$work/rebuilds") ms from the save ($(tr '\n' ' ' < "$work/rebuilds")ms)"
done
