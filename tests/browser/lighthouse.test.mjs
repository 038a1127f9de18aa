// Lighthouse on the home page, a document, the long report with its contents, a state
// and the votes page: performance, accessibility, best practices and SEO must each
// score at least 95.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "./serve.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const MINIMUM = 0.95;
const PAGES = {
  home: "",
  document: "annexes/hrc43-annex-mutually-beneficial-cooperation.html",
  report: "reports/hrc31-enhancement-of-international-cooperation.html",
  state: "states/cod.html",
  votes: "votes/",
};

let site, chrome;
before(async () => {
  // Served first, built second: the site is built for the very address it is audited at,
  // so its canonical links are the page's own.
  const dir = join(mkdtempSync(join(tmpdir(), "plenary-lighthouse-")), "site");
  site = await serve(dir);
  const build = spawnSync(process.env.PLENARY, ["build", "--root", process.env.SITE_ROOT, "--output", dir, "--base-url", site.url, "--quiet"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => {
  await chrome?.kill();
  site?.close();
});

for (const [type, path] of Object.entries(PAGES)) {
  test(`Lighthouse scores the ${type} page at least 95 in every category`, async () => {
    const result = await lighthouse(site.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    writeFileSync(join(process.env.SCREENSHOTS, `lighthouse-${type}.json`), result.report);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, result.lhr.categories[c].score]));
    const failing = Object.entries(result.lhr.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map(([id]) => id);
    for (const category of CATEGORIES) {
      assert.ok(scores[category] >= MINIMUM, `${type}: ${category} ${scores[category]} (failing audits: ${failing.join(", ")})`);
    }
  });
}
