// Every page type of the built seed archive, checked as a reader's browser sees it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { serve } from "./serve.mjs";
import { launch, axeViolations, voteTableOrders } from "./browser.mjs";

const SITE = process.env.BROWSER_SITE;
const BROKEN = process.env.BROKEN_SITE;
if (!SITE || !BROKEN) throw new Error("run through tests/browser/run.sh, which builds the sites");

/** One page of each type, below the site's base path. */
const PAGES = {
  home: "",
  document: "annexes/hrc43-annex-mutually-beneficial-cooperation.html",
  "document with a vote sheet": "news/hrc43-vote-mutually-beneficial-cooperation.html",
  report: "reports/hrc31-enhancement-of-international-cooperation.html",
  "kind list": "letters/",
  sessions: "sessions/",
  session: "sessions/hrc43.html",
  signatories: "signatories/",
  signatory: "signatories/defenddefenders.html",
  tags: "tags/",
  tag: "tags/china.html",
  votes: "votes/",
  states: "states/",
  state: "states/cod.html",
  symbols: "symbols/",
  symbol: "symbols/a-hrc-res-37-23.html",
  search: "search/",
  "404": "no-such-page/",
};

let site, broken, browser;
before(async () => {
  [site, broken, browser] = await Promise.all([serve(SITE), serve(BROKEN), launch()]);
});
after(async () => {
  await browser?.close();
  site?.close();
  broken?.close();
});

function nuChecker(dir) {
  const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
  return spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", dir], { encoding: "utf8" });
}

test("every built page passes the W3C Nu HTML checker", () => {
  const result = nuChecker(SITE);
  assert.equal(result.status, 0, result.stderr);
});

for (const [type, path] of Object.entries(PAGES)) {
  test(`axe-core finds no violation on the ${type} page`, async () => {
    const page = await browser.newPage();
    const response = await page.goto(site.url + path);
    assert.equal(response.status(), type === "404" ? 404 : 200);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}

/**
 * The vote's lists by position and the table of all states, each as "position: state
 * <its link>" lines, and what shows of the table's disclosure.
 */
function listsAndTable() {
  const line = (position, cell) => `${position}: ${cell.textContent.trim()} <${cell.querySelector("a")?.getAttribute("href")}>`;
  const details = document.querySelector(".vote-all");
  return {
    lists: [...document.querySelectorAll(".vote-lists ul")].flatMap((ul) => [...ul.children].map((li) => line(ul.dataset.label, li))),
    rows: [...document.querySelectorAll(".vote-table tbody tr")].map((tr) => line(tr.cells[1].textContent.trim(), tr.cells[0])),
    shown: details.checkVisibility(),
    caption: details.querySelector("caption")?.textContent,
    headings: [...details.querySelectorAll("thead th")].map((th) => `${th.scope} ${th.textContent}`),
  };
}

test("the vote table is built from the lists: every state, in their order, and nothing else", async () => {
  const page = await browser.newPage();
  await page.goto(site.url + PAGES["document with a vote sheet"]);
  const seen = await page.evaluate(listsAndTable);
  assert.equal(seen.lists.length, 47);
  assert.deepEqual(seen.rows, seen.lists);
  assert.equal(seen.shown, true, "the script reveals the table's disclosure");
  assert.equal(seen.caption, "How each state voted on A/HRC/43/L.13/Rev.1");
  assert.deepEqual(seen.headings, ["col State", "col Vote"]);
  // Sorted by state, the rows go by name as the browser compares names; by vote, by
  // position in the lists' order, each position's states by name again.
  const [alphabetical, byVote] = await page.evaluate(voteTableOrders, [seen.lists, " <"]);
  await page.locator(".vote-all summary").click();
  await page.locator(".vote-table .sort-button", { hasText: "State" }).click();
  assert.deepEqual((await page.evaluate(listsAndTable)).rows, alphabetical);
  await page.locator(".vote-table .sort-button", { hasText: "Vote" }).click();
  assert.deepEqual((await page.evaluate(listsAndTable)).rows, byVote);
  assert.deepEqual(await axeViolations(page), [], "the unfolded table");
  await page.close();
});

test("the vote table sorts by keyboard and says how it is sorted", async () => {
  const page = await browser.newPage();
  await page.goto(site.url + PAGES["document with a vote sheet"]);
  const firstState = async () => (await page.locator(".vote-table tbody th").first().textContent()).trim();
  const sortOf = (column) => page.locator(`.vote-table th[data-sort=${column}]`).getAttribute("aria-sort");
  assert.equal(await sortOf("vote"), "ascending", "the table arrives grouped by vote");
  assert.equal(await firstState(), "Angola");

  // Unfold the table and reach the State button with Tab, as a keyboard user would.
  let focused = "";
  for (let presses = 0; presses < 300 && focused !== "State"; presses++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active.matches(".vote-all > summary") ? "summary" : active.matches(".sort-button") ? active.textContent : "";
    });
    if (focused === "summary") await page.keyboard.press("Enter");
  }
  assert.equal(focused, "State", "the sort button is reachable with Tab");
  await page.keyboard.press("Enter");
  assert.equal(await sortOf("state"), "ascending");
  assert.equal(await sortOf("vote"), null);
  assert.equal(await firstState(), "Afghanistan");
  await page.keyboard.press("Enter");
  assert.equal(await sortOf("state"), "descending");
  assert.equal(await firstState(), "Venezuela (Bolivarian Republic of)");
  await page.close();
});

test("without script the lists are the record, and no empty table or disclosure shows", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url + PAGES["document with a vote sheet"]);
  const items = page.locator(".vote-list li");
  assert.equal(await items.count(), 47);
  assert.ok(await items.first().isVisible() && (await items.last().isVisible()), "the lists show");
  assert.equal(await page.locator(".vote-all").isVisible(), false, "no disclosure of nothing");
  assert.equal(await page.locator(".vote-all summary").isVisible(), false);
  assert.equal(await page.locator(".vote-table").count(), 0, "no empty table");
  assert.equal(await page.locator(".sort-button").count(), 0, "no dead buttons without script");
  await context.close();
});

test("the checks bite: a page with faults fails both", async () => {
  assert.notEqual(nuChecker(BROKEN).status, 0, "the Nu checker must reject an img without alt");
  const page = await browser.newPage();
  await page.goto(broken.url + "news/faults.html");
  const ids = (await axeViolations(page)).map((v) => v.split(" ")[0]);
  assert.ok(ids.includes("image-alt"), ids.join(", "));
  assert.ok(ids.includes("button-name"), ids.join(", "));
  await page.close();
});
