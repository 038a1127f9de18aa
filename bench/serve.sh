#!/usr/bin/env bash
# How long `plenary serve` takes to put an edited page on disk, at archive scale.
#
#   bash bench/serve.sh 10000        # sizes as for bench/run.sh; edits: 15 (EDITS=…)
#
# Serves the synthetic archive, then edits one document after another, as an editor
# would: first its text (a sentence appended), then its title. Prints, for each kind,
# the median of what serve reports: the time from the file event to the last page
# written (the settling wait for an editor's save burst included). Work files go to target/bench/<size>/.
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

# edit KIND N: one edit of document N's text (a sentence appended) or of its title,
# which the letters list, its session's pages and feeds and the pages citing it show.
edit() {
  local file
  file=$(printf '%s/plenary/content/letters/doc-%05d.md' "$work" $(($2 * 7)))
  [ -f "$file" ] || file=$(find "$work/plenary/content/letters" -name '*.md' | sed -n "${2}p")
  case $1 in
    text) printf '\nA sentence added while editing, number %s.\n' "$2" >>"$file" ;;
    title) sed -i "0,/^title: \"/s//title: \"Edited $2: /" "$file" ;;
  esac
}

# round KIND: $edits edits one after another, as an editor working; prints the median
# of what serve reports for each.
round() {
  for n in $(seq "$edits"); do
    before=$(grep -c '^Updated\|^Built' "$log" || true)
    edit "$1" "$n"
    until [ "$(grep -c '^Updated\|^Built' "$log" || true)" -gt "$before" ]; do sleep 0.05; done
    sleep 0.3
  done
  grep '^Updated\|^Built' "$log" | tail -n "$edits" | python3 -c '
import re, statistics, sys
kind = sys.argv[1]
lines = [line for line in sys.stdin]
times = [int(re.search(r"in (\d+) ms", line).group(1)) for line in lines if line.startswith("Updated")]
pages = [int(m.group(1)) for line in lines if (m := re.search(r"Updated (\d+) files", line))]
full = sum(1 for line in lines if line.startswith("Built"))
if times:
    print(f"{kind} edits: {len(lines)}, incremental updates: {len(times)}, full rebuilds: {full}")
    print(f"  pages on disk: median {statistics.median(times)} ms, max {max(times)} ms" + (f"; files written: median {statistics.median(pages)}" if pages else ""))
else:
    print(f"{kind} edits: no incremental update; full rebuilds: {full}")
' "$1"
}

round text
round title
