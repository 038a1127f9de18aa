#!/usr/bin/env bash
# How long `plenary serve` takes to put an edited page on disk, at archive scale.
#
#   bash bench/serve.sh 10000        # sizes as for bench/run.sh; edits: 15 (EDITS=…)
#
# Serves the synthetic archive, then appends a sentence to one document after another,
# as an editor typing would, and prints the median of what serve reports for each edit:
# the time from the file event to the edited page written (the settling wait for an
# editor's save burst included). Work files go to target/bench/<size>/.
set -euo pipefail
size=${1:?usage: bench/serve.sh SIZE}
edits=${EDITS:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench/$size"

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
[ -d "$work/plenary/content" ] || python3 "$root/bench/generate.py" "$size" "$work" >/dev/null
log="$work/serve.log"
"$root/target/release/plenary" serve --root "$work/plenary" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until grep -q '^Serving' "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
echo "$(grep '^Built' "$log" | head -1) at start"

for n in $(seq "$edits"); do
  file=$(printf '%s/plenary/content/letters/doc-%05d.md' "$work" $((n * 7)))
  [ -f "$file" ] || file=$(find "$work/plenary/content/letters" -name '*.md' | sed -n "${n}p")
  printf '\nA sentence added while editing, number %s.\n' "$n" >>"$file"
  before=$(grep -c '^Updated\|^Built' "$log" || true)
  until [ "$(grep -c '^Updated\|^Built' "$log" || true)" -gt "$before" ]; do sleep 0.05; done
  sleep 0.3
done
grep '^Updated\|^Built' "$log" | tail -n "$edits" | python3 -c '
import re, statistics, sys
lines = [line for line in sys.stdin]
times = [int(re.search(r"in (\d+) ms", line).group(1)) for line in lines if line.startswith("Updated")]
full = sum(1 for line in lines if line.startswith("Built"))
if times:
    print(f"edits: {len(lines)}, page-only updates: {len(times)}, full rebuilds: {full}")
    print(f"edited page on disk: median {statistics.median(times)} ms, max {max(times)} ms")
else:
    print(f"no page-only update; full rebuilds: {full}")
'
