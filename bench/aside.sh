# Sourced by the bench scripts: where old outputs go until every run is over.
#
# Old outputs are moved aside, not deleted, before each cold run, and deleted once every
# run is over. On ext4 without a journal, each file created walks past every inode freed
# in the minutes before, one by one: a build started right after deleting the previous
# build's 16,000 pages spent most of its time in the kernel doing that, and Hugo's too.
# It lasts longer than a minute while files are being written near the freed ones: a
# build six minutes after deleting 14 GB of old outputs, synced, still paid it, and
# builds twenty minutes after deleting 20 GB. Leave ten minutes between a large deletion
# and a measurement, and more after deleting tens of gigabytes.
aside="$root/target/bench/.set-aside-$$"
trap 'rm -rf "$aside"' EXIT
mkdir -p "$aside"
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

# set_aside OUTPUT NAME: moves OUTPUT, and the spare and lock Plenary keeps beside it,
# to $aside/NAME.
set_aside() {
  mkdir -p "$aside/$2"
  for old in "$1" "$(dirname "$1")"/.output.*; do
    [ -e "$old" ] && mv "$old" "$aside/$2/"
  done
  return 0
}

# fresh_memory FOLDER…: starts the runs with the memory a fresh machine has. Outputs set
# aside stay in the page cache, a gigabyte for each 50,000-document build; once free
# memory runs out, every build pays the kernel to reclaim it, the larger build more
# (system time of cold 50,000-document builds 2.6 to 5.5 s with 3 GB free, 2.0 to
# 3.3 s with 22 GB). With the right to, this drops the page cache, then reads each
# FOLDER back into it, so that builds read their inputs from memory as before.
fresh_memory() {
  sync
  if { echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then
    find "$@" -path '*/output' -prune -o -path '*/.output.*' -prune -o -type f -print0 | xargs -0 cat >/dev/null
  else
    echo "note: the page cache could not be dropped (not root); timings depend on the memory left free" >&2
  fi
}
