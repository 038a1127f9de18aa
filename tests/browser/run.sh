#!/usr/bin/env bash
# The browser suite: builds the seed archive (under a sub-path, as GitHub Pages serves
# it), a deliberately broken fixture and one with votes of every shape, then checks them
# in headless Chromium.
# Installs what it needs when missing: Debian's chromium and a Java runtime (for the
# W3C Nu checker), and the npm packages pinned in package-lock.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v java >/dev/null || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
(cd "$here" && npm ci --silent --no-audit --no-fund)

out="$root/target/browser"
rm -rf "$out"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
plenary="$root/target/release/plenary"
"$plenary" build --root "$root" --output "$out/site" --base-url https://example.org/archive/ --quiet
"$plenary" build --root "$here/fixtures/broken" --output "$out/broken" --base-url /archive/ --quiet
"$plenary" build --root "$here/fixtures/votes" --output "$out/votes" --base-url /archive/ --quiet

cd "$here"
# Screenshots, the printed PDF and Lighthouse reports, for a person to look at.
shots="$root/target/screenshots"
rm -rf "$shots"
mkdir -p "$shots"
BROWSER_SITE="$out/site" BROKEN_SITE="$out/broken" VOTES_SITE="$out/votes" SCREENSHOTS="$shots" PLENARY="$plenary" SITE_ROOT="$root" \
  node --test --test-concurrency=1 --test-reporter=spec
