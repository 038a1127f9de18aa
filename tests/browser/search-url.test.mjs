// Search as a reader uses it on the search fixture: title and summary matches first, the
// query and filters in the address (reload, Back and a shared link give the same
// results), clean excerpts, and a filtered search with no result that says so and
// offers to clear the filters; axe clean in light and dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { axeViolations, servedSite } from "./browser.mjs";

const served = servedSite(process.env.SEARCH_SITE);
const SHOTS = process.env.SCREENSHOTS;
const LETTER = "HRC99: Support the resolution on ‘Cooperation with the United Nations";
const STATUS = { timeout: 10000 };

async function open(query = "", options = {}) {
  const context = await served.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(served.site.url + "search/" + query);
  return { page, context };
}

/** The titles of the results, once `count` are listed and the status gives a count. */
async function results(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll(".search-results li").length === n && /\d/.test(document.querySelector(".search-status").textContent), count, STATUS);
  return page.locator(".search-results h2").allInnerTexts();
}

/**
 * Waits until the first result's title starts with `prefix`, before the list is read:
 * the address changes as a search starts and the list only when it ends, so a list of
 * the same length may still be the last search's.
 */
async function firstTitle(page, prefix) {
  await page.waitForFunction((p) => document.querySelector(".search-results h2")?.textContent.startsWith(p), prefix, STATUS);
}

// The status as read, without the marks that keep the reader's words in their own direction.
const said = async (page) => (await page.locator(".search-status").innerText()).replace(/[\u2068\u2069]/g, "");
const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);

test("a title match ranks first, then a summary match, above text that repeats the word", async () => {
  const { page, context } = await open();
  await page.getByLabel("Search terms").fill("cooperation");
  const titles = await results(page, 4);
  assert.ok(titles[0].startsWith(LETTER), titles.join("\n"));
  assert.equal(titles[1], "Item 4: General Debate", "the summary names it");
  await context.close();
});

test("the address holds the query and filters; reload, Back and a shared link restore them", async () => {
  const { page, context } = await open();
  await page.getByLabel("Search terms").fill("cooperation");
  await results(page, 4);
  await page.getByLabel("Session").selectOption("HRC99");
  const before = await results(page, 3);
  await page.waitForFunction(() => location.search.includes("session=HRC99"), null, STATUS);
  assert.deepEqual(params(page), { q: "cooperation", session: "HRC99" });

  await page.reload();
  assert.deepEqual(await results(page, 3), before);
  assert.equal(await page.getByLabel("Search terms").inputValue(), "cooperation");
  assert.equal(await page.getByLabel("Session").inputValue(), "HRC99");

  await page.locator(".search-results a", { hasText: "Item 4" }).click();
  await page.waitForURL(/statements\/hrc99-item4-general-debate\.html$/);
  await page.goBack();
  const back = await results(page, 3);
  assert.ok(back[0].startsWith(LETTER), back.join("\n"));
  assert.equal(await page.getByLabel("Search terms").inputValue(), "cooperation");
  assert.equal(await page.getByLabel("Session").inputValue(), "HRC99");
  await context.close();

  // A shared link, and what a plain search box elsewhere sends (?q=… alone).
  const shared = await open("?q=cooperation&kind=Statement");
  assert.deepEqual(await results(shared.page, 2), ["Item 4: General Debate", "Item 10: General Debate"]);
  assert.equal(await shared.page.getByLabel("Kind").inputValue(), "Statement");
  await shared.context.close();
  const plain = await open("?q=reprisals");
  const found = await results(plain.page, 1);
  assert.ok(found[0].startsWith(LETTER), found.join("\n"));
  await plain.context.close();
});

test("submitting adds a step to the history, and Back returns to the search before", async () => {
  const { page, context } = await open("?q=machinery");
  await results(page, 1);
  await page.getByLabel("Search terms").fill("reprisals");
  await page.getByLabel("Search terms").press("Enter");
  await page.waitForFunction(() => location.search === "?q=reprisals", null, STATUS);
  await page.goBack();
  await page.waitForFunction(() => location.search === "?q=machinery", null, STATUS);
  assert.equal(await page.getByLabel("Search terms").inputValue(), "machinery");
  await firstTitle(page, "The human rights machinery and its working methods");
  assert.equal((await results(page, 1))[0], "The human rights machinery and its working methods");
  await context.close();
});

test("typing, waiting for the results and then submitting still leaves the search before one Back away", async () => {
  // A reader who reads the results while typing, then presses Enter, keeps the search
  // they came from: the first change after a search opens a step of its own.
  const { page, context } = await open("?q=machinery");
  await results(page, 1);
  // On a slow connection the address changes well before the new results come.
  await page.route("**/search/words/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByLabel("Search terms").fill("reprisals");
  await page.waitForFunction(() => location.search === "?q=reprisals", null, STATUS);
  await firstTitle(page, LETTER);
  assert.ok((await results(page, 1))[0].startsWith(LETTER));
  await page.getByLabel("Search terms").press("Enter");
  await page.goBack();
  await page.waitForFunction(() => location.search === "?q=machinery", null, STATUS);
  assert.equal(await page.getByLabel("Search terms").inputValue(), "machinery");
  await firstTitle(page, "The human rights machinery and its working methods");
  assert.equal((await results(page, 1))[0], "The human rights machinery and its working methods");
  await page.goForward();
  await page.waitForFunction(() => location.search === "?q=reprisals", null, STATUS);
  await context.close();
});

test("excerpts are the document's prose: no ¶, ↩, note numbers, cover-page or footer lines", async () => {
  // Each word first appears next to something that is not prose: after the cover page,
  // after a page footer, in a note before its back-link.
  for (const word of ["machinery", "standing", "universal", "cooperation"]) {
    const { page, context } = await open(`?q=${word}`);
    await results(page, word === "cooperation" ? 4 : 1);
    await page.waitForFunction(() => [...document.querySelectorAll(".search-results .doc-summary")].every((p) => p.textContent.trim()), null, STATUS);
    const excerpts = await page.locator(".search-results .doc-summary").allInnerTexts();
    for (const excerpt of excerpts) {
      // (The letter and the statement name "cooperation" in their title and summary only.)
      if (word !== "cooperation") assert.match(excerpt, new RegExp(word, "i"), excerpt);
      for (const furniture of ["¶", "↩", "Distr.", "Original: English", "GE.31", "Page 2", "Agenda items", "Ninety-ninth session", "A/HRC/99/12", "15 July 2031"]) {
        assert.ok(!excerpt.includes(furniture), `${word}: ${furniture} in “${excerpt}”`);
      }
    }
    await context.close();
  }
});

test("a filtered search with no result says the filters did it, and clearing them brings the results back", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await open("?q=cooperation&kind=Letter&session=HRC98", { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.waitForFunction(() => document.querySelector(".search-status").textContent.includes("without"), null, STATUS);
    assert.equal(await said(page), "No document matches ‘cooperation’ with the filters Kind: Letter and Session: HRC98; 4 documents match without them.");
    assert.equal(await page.locator(".search-results li").count(), 0);
    const clear = page.getByRole("button", { name: "Clear the filters" });
    assert.ok(await clear.isVisible());
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}, no result`);
    await page.screenshot({ path: join(SHOTS, `search-filtered-empty-1280-${colorScheme}.png`), fullPage: true });

    await clear.click();
    assert.equal((await results(page, 4)).length, 4);
    assert.equal(await said(page), "4 documents found.");
    assert.deepEqual(params(page), { q: "cooperation" });
    assert.equal(await page.getByLabel("Kind").inputValue(), "");
    assert.ok(!(await clear.isVisible()));
    assert.equal(await page.evaluate(() => document.activeElement.id), "search-terms");
    // Wait for the excerpts before axe reads the page.
    await page.waitForFunction(() => [...document.querySelectorAll(".search-results .doc-summary")].every((p) => p.textContent.trim()), null, STATUS);
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}, results`);
    await page.screenshot({ path: join(SHOTS, `search-results-1280-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
  // Filters alone that no document meets together.
  const { page, context } = await open("?kind=Report&session=HRC98", { viewport: { width: 375, height: 800 } });
  await page.waitForFunction(() => document.querySelector(".search-status").textContent.includes("filters"), null, STATUS);
  assert.equal(await said(page), "No document matches all of the filters Kind: Report and Session: HRC98.");
  assert.ok(await page.getByRole("button", { name: "Clear the filters" }).isVisible());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scroll at 375px");
  await page.screenshot({ path: join(SHOTS, "search-filtered-empty-375.png"), fullPage: true });
  await page.goto(served.site.url + "search/?q=cooperation");
  await results(page, 4);
  await page.screenshot({ path: join(SHOTS, "search-results-375.png"), fullPage: true });
  await context.close();
});
