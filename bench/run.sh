#!/usr/bin/env bash
# The performance benchmark: bench/run.sh [N ...]   (default N: 1000 10000; RUNS=5 timed runs after a warm-up)
# Builds a deterministic corpus of N articles, times cold `reader build` and `hugo` on the same content in the
# same run (alternating, median of RUNS, peak memory from /usr/bin/time), and reports Reader as a ratio of Hugo.
# Past HUGO_MAX articles (default 10000: Hugo's memory grows ten times faster than Reader's) Reader runs alone,
# LARGE_RUNS times (default 1) without a warm-up. At each N it checks what a static host needs (the largest page,
# the largest search file, a sitemap index past 50,000 addresses) and times an incremental rebuild in
# `reader serve`; then it times the README's commands at the first N, and the cleaner (one core).
# Reader is measured as `./reader` runs it (the Release publish profile: one native executable compiled ahead of time), as
# Hugo is a compiled release binary.
# Files go to RAM (/dev/shm) when there is one, so the virtual disk's noise does not drown either tool.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${RUNS:-5}
large_runs=${LARGE_RUNS:-1}
hugo_max=${HUGO_MAX:-10000}
sizes=${*:-1000 10000}
if [ -z "${BENCH_DIR:-}" ] && [ -d /dev/shm ]; then work=/dev/shm/reader-bench; else work=${BENCH_DIR:-/tmp/reader-bench}; fi
mkdir -p "$work"

command -v hugo >/dev/null || { echo "bench: installing Debian's hugo"; apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
# The Release profile compiles to native code, which links with a C toolchain and zlib.
if ! { command -v clang || command -v gcc; } >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
  echo "bench: installing clang and zlib1g-dev for Native AOT"; apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
./reader --version >/dev/null    # the README's wrapper publishes .reader/bin/reader once, natively with clang
dotnet build bench/Reader.Bench -c Release -v q -nologo >/dev/null
reader="$repo/.reader/bin/reader"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1; cat "$work/time.txt"; }

# Incremental rebuild in serve: from saving one article to the site rebuilt, as serve itself reports it
# ("… ms after the save": the watcher's first event to the last file written, before the browser reloads).
serve_rebuild() {
  dir=$1
  ( cd "$dir" && exec $reader serve --port 5799 > "$work/serve.log" 2>&1 ) &
  serve=$!
  for _ in $(seq 6000); do grep -q "serving" "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
  article=$(find "$dir/input/articles" -name '*.md' -printf '%f\n' | sort | sed -n 1p)
  cp "$dir/input/articles/$article" "$work/article.md"
  for i in $(seq 7); do
    printf '\nAn edit for the benchmark, number %d.\n' "$i" >> "$dir/input/articles/$article"
    for _ in $(seq 600); do [ "$(grep -c 'after the save' "$work/serve.log")" -ge "$i" ] && break; sleep 0.1; done
    sleep 0.5
  done
  kill -TERM "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true
  cp "$work/article.md" "$dir/input/articles/$article"
  # The first two edits warm the JIT up; the median of the other five is reported.
  grep -o '[0-9]* ms after the save' "$work/serve.log" | tail -n 5 | cut -d' ' -f1 > "$work/rebuilds"
  echo "$(median < "$work/rebuilds") ms ($(tr '\n' ' ' < "$work/rebuilds" | sed 's/ $//'))"
}

table="$work/table.md" notes="$work/notes.txt"
: > "$notes"
echo "| N | Reader median (s) | Hugo median (s) | Reader / Hugo time | Reader peak MB | Hugo peak MB | memory ratio | pages/s | ms per article |" > "$table"
echo "|---|---|---|---|---|---|---|---|---|" >> "$table"
for n in $sizes; do
  dir="$work/$n"
  rm -rf "$dir" && mkdir -p "$dir"
  dotnet bench/Reader.Bench/bin/Release/net10.0/Reader.Bench.dll corpus "$n" "$dir" >/dev/null
  cp -r theme "$dir/reader/theme" && mkdir -p "$dir/reader/seeds"
  if [ "$n" -gt "$hugo_max" ]; then rm -rf "$dir/hugo"; fi    # Reader alone: the Hugo copy only takes memory
  : > "$dir/reader.times"; : > "$dir/hugo.times"
  if [ "$n" -le "$hugo_max" ]; then
    cp -r bench/hugo/. "$dir/hugo/"
    (cd "$dir/reader" && $reader build -q >/dev/null)            # warm-up: file cache
    (cd "$dir/hugo" && hugo --quiet -d "$dir/public" >/dev/null)
    for _ in $(seq "$runs"); do
      rm -rf "$dir/reader/output" "$dir/public"
      (cd "$dir/reader" && timed $reader build -q) >> "$dir/reader.times"
      (cd "$dir/hugo" && timed hugo --quiet -d "$dir/public") >> "$dir/hugo.times"
    done
    rm -rf "$dir/public"
  else
    for _ in $(seq "$large_runs"); do
      rm -rf "$dir/reader/output"; sync
      (cd "$dir/reader" && timed $reader build -q) >> "$dir/reader.times"
    done
  fi
  r=$(cut -d' ' -f1 "$dir/reader.times" | median); rm=$(cut -d' ' -f2 "$dir/reader.times" | median)
  h=""; hm=""
  if [ -s "$dir/hugo.times" ]; then h=$(cut -d' ' -f1 "$dir/hugo.times" | median); hm=$(cut -d' ' -f2 "$dir/hugo.times" | median); fi
  out="$dir/reader/output"
  pages=$(find "$out" -name '*.html' | wc -l)
  awk -v n="$n" -v r="$r" -v h="$h" -v rm="$rm" -v hm="$hm" -v p="$pages" 'BEGIN {
    if (h == "") printf "| %d | %.2f | — | — | %.0f | — | — | %.0f | %.3f |\n", n, r, rm / 1024, p / r, 1000 * r / n
    else printf "| %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.0f | %.3f |\n", n, r, h, r / h, rm / 1024, hm / 1024, rm / hm, p / r, 1000 * r / n }' >> "$table"
  tail -n 1 "$table"
  # What a static host serves: no page over 1 MB, search files that stay small, one sitemap or an index of them.
  largest=$(find "$out" -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1)
  search=$(find "$out/search-index" -type f -printf '%s %P\n' | sort -n | tail -n 1)
  sitemaps=$(find "$out" -path '*/sitemaps/*.xml' | wc -l)
  kind=$(grep -q '<sitemapindex' "$out/sitemap.xml" && echo "a sitemap index of $sitemaps sitemaps" || echo "one sitemap")
  {
    echo "N=$n: $pages pages, $(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB; largest page ${largest%% *} bytes (${largest#* }); largest search file ${search%% *} bytes (search-index/${search#* }), manifest $(stat -c %s "$out/search-index.json") bytes; $kind"
    echo "N=$n: incremental rebuild in serve after editing one article: median $(serve_rebuild "$dir/reader") from the save"
  } | tee -a "$notes"
  if [ "$n" -gt "$hugo_max" ]; then rm -rf "$dir"; fi    # the largest corpora are not kept
done
echo
cat "$table"
echo
cat "$notes"

# The README's commands at the first N, each after a first run (a newcomer's second run), alternating with Hugo:
# `dotnet run` (Debug, as the README first showed it), `dotnet run -c Release`, and the ./reader wrapper.
n=$(echo "$sizes" | cut -d' ' -f1)
if [ "$n" -le "$hugo_max" ]; then
  dir="$work/$n"
  (cd "$dir/hugo" && hugo --quiet -d "$dir/public" >/dev/null)
  (cd "$dir/reader" && dotnet run --project "$repo/src/Reader.Cli" -- build -q >/dev/null 2>&1 && dotnet run -c Release --project "$repo/src/Reader.Cli" -- build -q >/dev/null 2>&1 && "$repo/reader" build -q >/dev/null 2>&1)
  : > "$work/cmd.debug"; : > "$work/cmd.release"; : > "$work/cmd.wrapper"; : > "$work/cmd.hugo"
  for _ in $(seq "$runs"); do
    (cd "$dir/reader" && rm -rf output && timed dotnet run --project "$repo/src/Reader.Cli" -- build -q) >> "$work/cmd.debug"
    (cd "$dir/hugo" && rm -rf "$dir/public" && timed hugo --quiet -d "$dir/public") >> "$work/cmd.hugo"
    (cd "$dir/reader" && rm -rf output && timed dotnet run -c Release --project "$repo/src/Reader.Cli" -- build -q) >> "$work/cmd.release"
    (cd "$dir/reader" && rm -rf output && timed "$repo/reader" build -q) >> "$work/cmd.wrapper"
  done
  h=$(cut -d' ' -f1 "$work/cmd.hugo" | median)
  echo
  echo "README commands at N=$n, a second run, median of $runs, against hugo's $h s:"
  for c in debug release wrapper; do
    t=$(cut -d' ' -f1 "$work/cmd.$c" | median)
    awk -v c="$c" -v t="$t" -v h="$h" 'BEGIN { split("debug:dotnet run --project src/Reader.Cli -- build|release:dotnet run -c Release --project src/Reader.Cli -- build|wrapper:./reader build", d, "|");
      for (i in d) { split(d[i], kv, ":"); if (kv[1] == c) name = kv[2] } printf "  %-55s %.2f s, %.2f × Hugo\n", name, t, t / h }'
  done
fi
echo

# The cleaner on one core, over the evaluation pages repeated to about 500 pages.
clean="$work/clean" && rm -rf "$clean" && mkdir -p "$clean/in"
for i in $(seq 10); do for f in tests/Reader.Ingest.Tests/Evaluation/*.html; do cp "$f" "$clean/in/$(basename "$f" .html)-$i.html"; done; done
pages=$(ls "$clean/in" | wc -l)
: > "$clean/times"
for _ in $(seq 3); do taskset -c 0 /usr/bin/time -f "%U %S" -o "$clean/t" $reader clean --out "$clean/out" "$clean/in" >/dev/null 2>&1; awk '{ print $1 + $2 }' "$clean/t" >> "$clean/times"; done
cpu=$(median < "$clean/times")
awk -v p="$pages" -v c="$cpu" 'BEGIN { printf "\ncleaner: %d pages, median %.2f s of CPU on one core: %.0f pages per second per core\n", p, c, p / c }'

