// Debian's Chromium driven by playwright-core, with axe-core injected into pages.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { serve } from "./serve.mjs";

const require = createRequire(import.meta.url);
export const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Runs axe-core on the open page; returns its violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Serves the built site in `dir` under /archive/ and opens Chromium, for the tests of
 * one file: `served.site` and `served.browser` are there once the tests run.
 */
export function servedSite(dir) {
  const served = {};
  before(async () => {
    [served.site, served.browser] = await Promise.all([serve(dir), launch()]);
  });
  after(async () => {
    await served.browser?.close();
    served.site?.close();
  });
  return served;
}

/**
 * As `servedSite`, for several built sites by name: `served.sites[name]` and
 * `served.browser` are there once the tests run.
 */
export function servedSites(dirs) {
  const served = { sites: {} };
  before(async () => {
    const names = Object.keys(dirs);
    const [browser, ...sites] = await Promise.all([launch(), ...names.map((name) => serve(dirs[name]))]);
    served.browser = browser;
    names.forEach((name, index) => (served.sites[name] = sites[index]));
  });
  after(async () => {
    await served.browser?.close();
    for (const site of Object.values(served.sites)) site.close();
  });
  return served;
}

/** Opens `url` in a new context of `browser` made with `options`; it must answer 200. */
export async function openPage(browser, url, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: "networkidle" });
  assert.equal(response.status(), 200, url);
  return { page, context };
}

/** Run in a page, so that names compare as its browser compares them: the lines of a
 * vote's table ("Position: State …") sorted by state, and by vote (the positions in the
 * order the lines give them, each position's states by name). A line's name ends at
 * `end` when the line says more after it. */
export function voteTableOrders([lines, end]) {
  const name = (line) => line.slice(line.indexOf(": ") + 2, end ? line.lastIndexOf(end) : undefined);
  const positions = [...new Set(lines.map((line) => line.slice(0, line.indexOf(": "))))];
  const position = (line) => positions.indexOf(line.slice(0, line.indexOf(": ")));
  return [
    [...lines].sort((a, b) => name(a).localeCompare(name(b))),
    [...lines].sort((a, b) => position(a) - position(b) || name(a).localeCompare(name(b))),
  ];
}
