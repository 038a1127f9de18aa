// Debian's Chromium driven by playwright-core, with axe-core injected into pages.
import { before, after } from "node:test";
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
