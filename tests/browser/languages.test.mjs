// The archive in other languages, as a reader's browser shows it: the two fixture sites
// of tests/sites (a French archive, and an English one with French, Spanish and Arabic
// documents) built under a sub-path; an Arabic page read right to left, its layout
// mirrored, fitting a phone and a desktop without scrolling sideways.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, openPage, axeViolations, voteTableOrders } from "./browser.mjs";

const PLENARY = process.env.PLENARY;
const ROOT = process.env.SITE_ROOT;
const SHOTS = process.env.SCREENSHOTS;
if (!PLENARY || !ROOT || !SHOTS) throw new Error("run through tests/browser/run.sh, which builds plenary");
mkdirSync(SHOTS, { recursive: true });

const ARABIC = "ar/news/hrc99-l7-summary.html";
const work = mkdtempSync(join(tmpdir(), "plenary-languages-"));
const sites = {};
let browser;

function build(name) {
  const output = join(work, name);
  const run = spawnSync(PLENARY, ["build", "--root", join(ROOT, "tests/sites", name), "--output", output, "--base-url", "/archive/", "--quiet"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  return output;
}

before(async () => {
  const built = { french: build("french-default"), multilingual: build("multilingual") };
  [sites.french, sites.multilingual, browser] = await Promise.all([serve(built.french), serve(built.multilingual), launch()]);
});
after(async () => {
  await browser?.close();
  sites.french?.close();
  sites.multilingual?.close();
  rmSync(work, { recursive: true, force: true });
});

const open = (site, path, width) => openPage(browser, site.url + path, { viewport: { width, height: 900 } });

for (const width of [375, 1280]) {
  test(`the Arabic page reads right to left and fits ${width} pixels`, async () => {
    const { page, context } = await open(sites.multilingual, ARABIC, width);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `the Arabic page scrolls sideways at ${width}px`);
    // Mirrored: the metadata's rule, the paragraph links and the vote table start on the right.
    const layout = await page.evaluate(() => {
      const meta = getComputedStyle(document.querySelector(".meta"));
      const item = document.querySelector(".body li[id^=p]").getBoundingClientRect();
      const link = document.querySelector(".para-link").getBoundingClientRect();
      const table = document.querySelector(".vote-table");
      const firstColumn = table.querySelector("th").getBoundingClientRect();
      const lastColumn = table.querySelector("thead th:last-child").getBoundingClientRect();
      return {
        rule: meta.borderRightWidth,
        linkOnTheRight: link.left >= item.right - 1,
        stateColumnOnTheRight: firstColumn.left > lastColumn.left,
      };
    });
    assert.deepEqual(layout, { rule: "4px", linkOnTheRight: true, stateColumnOnTheRight: true });
    await page.screenshot({ path: join(SHOTS, `arabic-${width}.png`), fullPage: true });
    await context.close();
  });
}

test("the Arabic page builds its table of states from the lists, and sorts it", async () => {
  const { page, context } = await open(sites.multilingual, ARABIC, 1280);
  const seen = () =>
    page.evaluate(() => ({
      lists: [...document.querySelectorAll(".vote-lists ul")].flatMap((ul) => [...ul.children].map((li) => `${ul.dataset.label}: ${li.textContent.trim()}`)),
      rows: [...document.querySelectorAll(".vote-table tbody tr")].map((tr) => `${tr.cells[1].textContent.trim()}: ${tr.cells[0].textContent.trim()}`),
      headings: [...document.querySelectorAll(".vote-table thead th")].map((th) => th.textContent),
      caption: document.querySelector(".vote-table caption")?.textContent,
    }));
  const built = await seen();
  assert.equal(built.lists.length, 10);
  assert.deepEqual(built.rows, built.lists);
  assert.deepEqual(built.headings, ["الدولة", "التصويت"]);
  assert.match(built.caption, /A\/HRC\/99\/L\.7/);
  await page.locator(".vote-all summary").click();
  await page.locator(".vote-table .sort-button").first().click();
  // By name as the browser compares names; by vote, the positions in the lists' order
  // and each position's states by name again.
  const [alphabetical, byVote] = await page.evaluate(voteTableOrders, [built.lists, null]);
  assert.deepEqual((await seen()).rows, alphabetical);
  await page.locator(".vote-table .sort-button").last().click();
  assert.deepEqual((await seen()).rows, byVote);
  assert.deepEqual(await axeViolations(page), [], "the unfolded table");
  await context.close();

  // Without script: the lists, and neither an empty table nor its disclosure.
  const still = await openPage(browser, sites.multilingual.url + ARABIC, { javaScriptEnabled: false });
  assert.equal(await still.page.locator(".vote-list li").count(), 10);
  assert.ok(await still.page.locator(".vote-list li").first().isVisible());
  assert.equal(await still.page.locator(".vote-all").isVisible(), false);
  assert.equal(await still.page.locator(".vote-table").count(), 0);
  await still.context.close();
});

test("axe-core finds no violation on pages in Arabic, French and Spanish", async () => {
  for (const [site, path] of [
    [sites.multilingual, ARABIC],
    [sites.multilingual, "es/letters/hrc99-civic-space.html"],
    [sites.french, ""],
    [sites.french, "letters/lettre-conjointe.html"],
    [sites.french, "en/letters/lettre-conjointe.html"],
  ]) {
    const { page, context } = await open(site, path, 1280);
    assert.deepEqual(await axeViolations(page), [], path);
    await context.close();
  }
});

test("the French site's pages fit a phone", async () => {
  for (const path of ["", "letters/lettre-conjointe.html", "states/", "votes/"]) {
    const { page, context } = await open(sites.french, path, 375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${path} scrolls sideways at 375px`);
    await context.close();
  }
});

// The search page's results, once its count is said: each result's kind and date.
async function resultMeta(page) {
  await page.locator(".search-status").filter({ hasText: /\d/ }).waitFor({ timeout: 10000 });
  // Their text, not as the stylesheet capitalises the kind.
  const metas = await page.locator(".search-results .doc-meta").allTextContents();
  return metas.map((meta) => meta.replace(/\s+/g, " ").trim());
}

test("search results give each document's kind and date in its language, and the kind menu is the page's", async () => {
  const { page, context } = await open(sites.french, "search/", 1280);
  const kinds = await page.locator("#filter-kind option").allInnerTexts();
  assert.deepEqual(kinds, ["Tous les types", "Déclaration", "Lettre", "Rapport", "Vote"]);
  await page.selectOption("#filter-kind", { label: "Lettre" });
  // The French letter reads as its page does; its English translation as its own.
  assert.deepEqual((await resultMeta(page)).sort(), ["Letter · 26 September 2014", "Lettre · 26 septembre 2014"]);
  assert.match(page.url(), /\?kind=Letter$/, "the address names the kind as every language's page does");
  await page.getByRole("searchbox").fill("déclaration orale");
  await page.selectOption("#filter-kind", { label: "Tous les types" });
  await page.waitForFunction(() => document.querySelectorAll(".search-results li").length === 1, null, { timeout: 10000 });
  assert.deepEqual(await resultMeta(page), ["Déclaration · septembre 2014"]);
  await context.close();

  // An English archive's search page: each document's result in its own language.
  const english = await open(sites.multilingual, "search/?kind=Statement", 1280);
  assert.deepEqual(await resultMeta(english.page), ["Declaración · marzo de 2031"]);
  assert.equal(await english.page.locator("#filter-kind option:checked").innerText(), "Statement");
  await english.context.close();
});
