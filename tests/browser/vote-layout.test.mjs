// Every page that shows votes, at a phone's, a tablet's and a desk's width: the vote
// component reads like the UN's sheet (the outcome and tally, then the states by
// position side by side, one list under another on a phone), and no table hides a
// column. On the seed archive and on a fixture with a titled motion, absent members, a
// vote two documents disagree on and a partial record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { servedSites, openPage, axeViolations } from "./browser.mjs";

const SEED = process.env.BROWSER_SITE;
const VOTES = process.env.VOTES_SITE;
const SHOTS = process.env.SCREENSHOTS;
if (!SEED || !VOTES || !SHOTS) throw new Error("run through tests/browser/run.sh, which builds the sites");

const WIDTHS = [375, 768, 1280];
/** Each vote page type, on the site that has it: [site, name, path]. */
const PAGES = [
  ["seed", "vote sheet", "news/hrc43-vote-mutually-beneficial-cooperation.html"],
  ["seed", "announced result", "annexes/hrc43-annex-mutually-beneficial-cooperation.html"],
  ["seed", "votes index", "votes/"],
  ["seed", "symbol", "symbols/a-hrc-res-37-23.html"],
  ["seed", "state", "states/cod.html"],
  ["votes", "titled motion", "news/hrc99-urgent-debate-motion.html"],
  ["votes", "disputed vote", "news/hrc99-l7-press.html"],
  ["votes", "disputed record", "votes/hrc99-l7-record.html"],
  ["votes", "concerning letter", "letters/hrc99-l7-joint-letter.html"],
  ["votes", "partial record", "votes/ga-partial.html"],
  ["votes", "votes index", "votes/"],
  ["votes", "symbol", "symbols/a-hrc-99-l-7.html"],
  ["votes", "state", "states/gmb.html"],
  ["votes", "absent state", "states/gha.html"],
];

const served = servedSites({ seed: SEED, votes: VOTES });
const sites = served.sites;
const open = (site, path, options) => openPage(served.browser, sites[site].url + path, options);

/**
 * What a reader can see of the vote tables and components at this width: every cell of
 * the votes index and state histories, and every state of every list, must lie inside
 * the viewport and inside whatever box scrolls or clips it.
 */
function layout() {
  const width = document.documentElement.clientWidth;
  const hidden = [];
  const inView = (el, box) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left >= Math.max(0, box.left) - 1 && r.right <= Math.min(width, box.right) + 1;
  };
  for (const wrapper of document.querySelectorAll(".table-scroll")) {
    const box = wrapper.getBoundingClientRect();
    if (wrapper.scrollWidth > wrapper.clientWidth + 1) hidden.push(`${wrapper.querySelector("caption").textContent} scrolls`);
    for (const cell of wrapper.querySelectorAll("tbody tr > *")) {
      if (!inView(cell, box)) hidden.push(`${cell.dataset.label}: ${cell.textContent.trim().slice(0, 40)}`);
    }
  }
  const votes = [...document.querySelectorAll(".vote")].map((vote) => {
    const box = vote.getBoundingClientRect();
    for (const item of vote.querySelectorAll(".vote-list li, .vote-list .not-named")) {
      if (!inView(item, box)) hidden.push(`list item ${item.textContent.trim().slice(0, 40)}`);
    }
    const at = (selector) => vote.querySelector(selector)?.getBoundingClientRect().top ?? null;
    const lists = [...vote.querySelectorAll(".vote-list")].map((list) => {
      const r = list.getBoundingClientRect();
      return { key: list.className.replace(/.*vote-list-/, ""), left: Math.round(r.left), top: Math.round(r.top) };
    });
    const block = vote.querySelector(".vote-lists")?.getBoundingClientRect();
    return { outcome: at(".vote-outcome"), tally: at(".tally"), lists, listsTop: block?.top ?? null, listsHeight: block?.height ?? 0 };
  });
  return { overflow: document.documentElement.scrollWidth - width, hidden, votes };
}

for (const [site, name, path] of PAGES) {
  test(`the ${name} page (${site}) shows every vote and column at 375, 768 and 1280 pixels`, async () => {
    for (const width of WIDTHS) {
      const { page, context } = await open(site, path, { viewport: { width, height: 900 } });
      const seen = await page.evaluate(layout);
      await page.screenshot({ path: join(SHOTS, `vote-layout-${site}-${name.replaceAll(" ", "-")}-${width}.png`), fullPage: true });
      const where = `${name} (${site}) at ${width}px`;
      assert.equal(seen.overflow, 0, `${where} scrolls sideways`);
      assert.deepEqual(seen.hidden, [], `${where}: out of sight`);
      for (const vote of seen.votes.filter((vote) => vote.lists.length > 0)) {
        assert.ok(vote.outcome < vote.tally && vote.tally < vote.listsTop, `${where}: the outcome and tally come first`);
        const [first, ...rest] = vote.lists;
        if (width === 375) {
          assert.ok(rest.every((list) => list.left === first.left), `${where}: the lists are stacked`);
          assert.ok(rest.every((list, i) => list.top > vote.lists[i].top), `${where}: the lists are stacked`);
          // The 47 states of a Council vote were one column about 1,600 px tall.
          assert.ok(vote.listsHeight < 1100, `${where}: the lists are ${vote.listsHeight}px tall`);
        } else {
          // Side by side: the first four positions on one row (a fifth may start the
          // next; the disputed states have a row of their own).
          const row = vote.lists.filter((list) => list.key !== "disputed").slice(0, 4);
          assert.ok(row.every((list) => list.top === first.top), `${where}: ${JSON.stringify(row)} not side by side`);
          assert.ok(row.every((list, i) => i === 0 || list.left > row[i - 1].left), `${where}: not side by side`);
        }
      }
      // Unfolded, the table of states fits its vote too.
      const unfolded = await page.evaluate(() => {
        document.querySelectorAll(".vote-all").forEach((details) => (details.open = true));
        const outside = [...document.querySelectorAll(".vote-table tr > *")].filter((cell) => {
          const box = cell.closest(".vote").getBoundingClientRect();
          const r = cell.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        });
        return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, outside: outside.map((cell) => cell.textContent.trim()) };
      });
      assert.deepEqual(unfolded, { overflow: 0, outside: [] }, `${where}, the table unfolded`);
      assert.deepEqual(await axeViolations(page), [], where);
      await context.close();
    }
  });
}

test("each row of the votes index shows its figures against at a phone's width", async () => {
  for (const site of ["seed", "votes"]) {
    const { page, context } = await open(site, "votes/", { viewport: { width: 375, height: 900 } });
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll(".votes-index tbody tr")].map((row) => {
        const cell = row.querySelector("[data-label='Against']");
        const r = cell.getBoundingClientRect();
        const label = getComputedStyle(cell, "::before").content;
        return { against: cell.textContent.trim(), label, visible: r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth };
      }),
    );
    assert.ok(rows.length >= 2, site);
    for (const row of rows) {
      assert.ok(row.visible, `${site}: ${JSON.stringify(row)}`);
      assert.equal(row.label, '"Against"', `${site}: the figure is named`);
    }
    await context.close();
  }
});

test("the lists say what a partial record and a disagreement leave open", async () => {
  const { page, context } = await open("votes", "votes/ga-partial.html", { viewport: { width: 375, height: 900 } });
  const partial = await page.locator(".vote-list").allInnerTexts();
  assert.deepEqual(
    partial.map((text) => text.replace(/\s+/g, " ").trim()),
    ["In favour (131) 131 not named", "Against (4) Burundi Eritrea Kyrgyzstan Viet Nam", "Abstained (42) 42 not named"],
  );
  await page.goto(sites.votes.url + "news/hrc99-l7-press.html");
  const disputed = (await page.locator(".vote-list-disputed li").innerText()).replace(/\s+/g, " ");
  assert.match(disputed, /^Gambia: In favour in Recorded vote on A\/HRC\/99\/L\.7.*; Abstained in HRC99 \| Council adopts/);
  await page.goto(sites.votes.url + "news/hrc99-urgent-debate-motion.html");
  assert.deepEqual(await page.locator(".vote-list-absent li").allInnerTexts(), ["Ghana", "Kenya"]);
  const links = await page.locator(".vote-list li a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.equal(links.length, 47);
  assert.ok(links.every((path) => /^\/archive\/states\/[a-z]{3}\.html$/.test(path)), "each state links to its page");
  await context.close();
});

test("the table built from the lists gives a disputed state a row at each position a source gives it", async () => {
  const { page, context } = await open("votes", "news/hrc99-l7-press.html", { viewport: { width: 1280, height: 900 } });
  const seen = await page.evaluate(() => ({
    lists: [...document.querySelectorAll(".vote-lists ul")].map((ul) => [...ul.children].map((li) => `vote-${ul.dataset.position} ${li.textContent.trim()}`)),
    rows: [...document.querySelectorAll(".vote-table tbody tr")].map((tr) => `${tr.cells[1].className} ${tr.cells[0].textContent.trim()}`),
    gambia: [...document.querySelectorAll(".vote-table tbody tr")]
      .filter((tr) => tr.cells[0].textContent.trim() === "Gambia")
      .map((tr) => ({ vote: tr.cells[1].textContent.replace(/\s+/g, " "), links: [...tr.querySelectorAll("a")].map((a) => new URL(a.href).pathname + new URL(a.href).hash) })),
  }));
  // Among the states in favour and those abstaining, where its name falls.
  const [yes, no, abstain] = seen.lists;
  const after = (list, name) => list.flatMap((item) => (item.endsWith(` ${name}`) ? [item, item.split(" ")[0] + " Gambia"] : [item]));
  assert.deepEqual(seen.rows, [...after(yes, "France"), ...no, ...after(abstain, "Bangladesh")]);
  assert.equal(seen.gambia.length, 2);
  assert.match(seen.gambia[0].vote, /^In favour \(in Recorded vote on A\/HRC\/99\/L\.7, [^)]*\)$/);
  assert.match(seen.gambia[1].vote, /^Abstained \(in HRC99 \| Council adopts [^)]*\)$/);
  assert.deepEqual(seen.gambia.map((row) => row.links), [
    ["/archive/states/gmb.html", "/archive/votes/hrc99-l7-record.html#vote-a-hrc-99-l-7"],
    ["/archive/states/gmb.html", "/archive/news/hrc99-l7-press.html#vote-a-hrc-99-l-7"],
  ]);
  await context.close();
});

test("dark mode keeps the vote pages legible", async () => {
  for (const [site, name, path] of PAGES.filter(([site]) => site === "votes")) {
    for (const width of [375, 1280]) {
      const { page, context } = await open(site, path, { colorScheme: "dark", viewport: { width, height: 900 } });
      assert.deepEqual(await axeViolations(page), [], `${name} in dark mode at ${width}px`);
      if (name === "disputed vote") await page.screenshot({ path: join(SHOTS, `vote-layout-dark-${width}.png`), fullPage: true });
      await context.close();
    }
  }
});

test("printed, a vote shows its lists and no sort buttons", async () => {
  const { page, context } = await open("seed", PAGES[0][2], { viewport: { width: 1280, height: 900 } });
  // A reader who opened the table and sorted it, then printed.
  await page.locator(".vote-all summary").click();
  await page.locator(".vote-table .sort-button").first().click();
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => ({
    buttons: [...document.querySelectorAll(".sort-button")].filter((b) => b.getClientRects().length > 0).length,
    lists: [...document.querySelectorAll(".vote-list")].filter((l) => l.getClientRects().length > 0).length,
    item: getComputedStyle(document.querySelector(".vote-list li")).breakInside,
  }));
  assert.equal(printed.buttons, 0);
  assert.equal(printed.lists, 4);
  assert.equal(printed.item, "avoid");
  await page.pdf({ path: join(SHOTS, "vote-layout-printed.pdf"), format: "A4" });
  await context.close();
});

test("every page of the vote fixture passes the W3C Nu HTML checker", () => {
  const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
  const result = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", VOTES], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
});

test("each cell of a state's history and record is named by its column at a phone's width", async () => {
  for (const [site, path] of [["seed", "states/cod.html"], ["votes", "states/bdi.html"]]) {
    const { page, context } = await open(site, path, { viewport: { width: 375, height: 900 } });
    const tables = await page.evaluate(() =>
      [".state-history", ".record-table"].map((selector) => {
        const table = document.querySelector(selector);
        const columns = [...table.querySelectorAll("thead th")].map((th) => JSON.stringify(th.textContent));
        const rows = [...table.querySelectorAll("tbody tr, tfoot tr")].map((row) =>
          [...row.children].map((cell) => getComputedStyle(cell, "::before").content),
        );
        return { selector, columns, rows };
      }),
    );
    const [history, record] = tables;
    assert.ok(history.rows.length > 0 && record.rows.length > 0, `${site} ${path} has a history and a record`);
    for (const row of history.rows) assert.deepEqual(row, history.columns, `${site} ${path}`);
    // A record's row is its session, then each figure after its column's name.
    const named = record.columns.slice(1).map((column) => JSON.stringify(`${JSON.parse(column)} `));
    for (const row of record.rows) assert.deepEqual(row.slice(1), named, `${site} ${path}`);
    await context.close();
  }
});
