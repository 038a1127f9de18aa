#!/usr/bin/env bash
# How Plenary's build time grows with the archive: 50,000 documents against 10,000.
#
#   bash bench/scaling.sh            # runs per size and kind of build: 3 (RUNS=5 …)
#
# Builds the two synthetic archives of bench/run.sh one after the other, alternating, so
# that both sizes see the same load on the machine: this one's timings drift by a quarter
# from hour to hour, more than the ratio's margin. Cold builds first (the output moved
# aside before each), then rebuilds into the output left by the last. Prints each size's
# median wall time, peak RSS and median user and system CPU time (the system's part is
# where this machine's timings move most: see docs/PERFORMANCE.md), and the ratio of the
# medians. Starts with the page cache dropped where it may. Reuses the archives in
# target/bench/<size>/ (made if missing); old outputs are deleted once every run is over
# (see bench/aside.sh for both).
set -euo pipefail
runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/aside.sh
source "$root/bench/aside.sh"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
for size in 10000 50000; do
  [ -d "$root/target/bench/$size/plenary/content" ] \
    || python3 "$root/bench/generate.py" "$size" "$root/target/bench/$size" >/dev/null
done
fresh_memory "$root/target/bench/10000/plenary" "$root/target/bench/50000/plenary" "$root/target/release/plenary"

# build SIZE: one build of that archive; appends "SIZE seconds kilobytes user system"
# (CPU seconds) to the results.
build() {
  /usr/bin/time -f "$1 %e %M %U %S" -a -o "$aside/results" \
    "$root/target/release/plenary" build --root "$root/target/bench/$1/plenary" --quiet >/dev/null
}

printf '%-8s %7s %10s %12s %8s %8s\n' build docs "median s" "peak RSS MB" "user s" "system s"
for mode in cold rebuild; do
  # A rebuild compares against the build before last: one unmeasured build of each
  # size leaves both in place.
  [ "$mode" = rebuild ] && for size in 10000 50000; do build "$size"; done
  rm -f "$aside/results"
  for run in $(seq "$runs"); do
    for size in 10000 50000; do
      [ "$mode" = cold ] && set_aside "$root/target/bench/$size/plenary/output" "$size-$run"
      sync
      build "$size"
    done
  done
  python3 - "$mode" "$aside/results" <<'EOF'
import statistics, sys
mode, results = sys.argv[1], sys.argv[2]
rows = [line.split() for line in open(results) if line.strip()]
median = {}
for size in ("10000", "50000"):
    mine = [r for r in rows if r[0] == size]
    median[size] = statistics.median(float(r[1]) for r in mine)
    rss = max(int(r[2]) for r in mine) / 1024
    user, system = (statistics.median(float(r[i]) for r in mine) for i in (3, 4))
    print(f"{mode:<8} {size:>7} {median[size]:>10.2f} {rss:>12.0f} {user:>8.2f} {system:>8.2f}")
print(f"{mode:<8} 50,000/10,000: {median['50000'] / median['10000']:.2f} (target: at most 5.5)")
EOF
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
