# Sourced by the bench scripts: where old outputs go until every run is over.
#
# Old outputs are moved aside, not deleted, before each cold run, and deleted once every
# run is over. On ext4 without a journal, each file created walks past every inode freed
# in the minutes before, one by one: a build started right after deleting the previous
# build's 16,000 pages spent most of its time in the kernel doing that, and Hugo's too.
# It lasts longer than a minute while files are being written near the freed ones: a
# build six minutes after deleting 14 GB of old outputs, synced, still paid it. Leave
# ten minutes between a large deletion and a measurement.
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
