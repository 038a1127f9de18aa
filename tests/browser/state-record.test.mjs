// A state's record at a glance, in a browser: the states index as a grid by regional
// group, a state page's chart of its positions by session with the same figures in a
// table, the states it votes most and least like, the votes index's tally bars, at a
// phone's, a tablet's and a desk's width, light and dark, right to left, and in print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { servedSites, openPage, axeViolations } from "./browser.mjs";

const SEED = process.env.BROWSER_SITE;
const VOTES = process.env.VOTES_SITE;
const SHOTS = process.env.SCREENSHOTS;
if (!SEED || !VOTES || !SHOTS) throw new Error("run through tests/browser/run.sh, which builds the sites");

const WIDTHS = [375, 768, 1280];
const SCHEMES = ["light", "dark"];

const served = servedSites({ seed: SEED, votes: VOTES });
const sites = served.sites;
const open = (site, path, options) => openPage(served.browser, sites[site].url + path, options);

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

test("the states index is a grid of short entries by regional group, with no sideways scroll", async () => {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const { page, context } = await open("votes", "states/", { viewport: { width, height: 900 }, colorScheme });
      const where = `states index at ${width}px, ${colorScheme}`;
      assert.equal(await page.evaluate(overflow), 0, `${where} scrolls sideways`);
      const seen = await page.evaluate(() => ({
        groups: [...document.querySelectorAll(".state-group h2")].map((h) => h.firstChild.textContent.trim()),
        // How many entries share the first row of the largest group: a grid, not a column.
        columns: (() => {
          const lists = [...document.querySelectorAll(".state-list")].sort((a, b) => b.children.length - a.children.length);
          const items = [...lists[0].children].map((li) => Math.round(li.getBoundingClientRect().top));
          return items.filter((top) => top === items[0]).length;
        })(),
        heights: [...document.querySelectorAll(".state-list li")].map((li) => li.getBoundingClientRect().height).sort((a, b) => a - b),
      }));
      assert.deepEqual(seen.groups, [
        "African States",
        "Asia-Pacific States",
        "Eastern European States",
        "Latin American and Caribbean States",
        "Western European and other States",
        "Not in a regional group",
      ]);
      assert.ok(seen.columns >= (width >= 1280 ? 3 : width >= 768 ? 2 : 1), `${where}: ${seen.columns} entries a row`);
      // Short entries: most a name and its count on one line; a long name ("Bolivia
      // (Plurinational State of)") puts its count on a second line; the longest take three.
      const median = seen.heights[Math.floor(seen.heights.length / 2)];
      assert.ok(median < 45, `${where}: an entry is ${median}px tall`);
      assert.ok(seen.heights.at(-1) < 120, `${where}: the tallest entry is ${seen.heights.at(-1)}px`);
      await page.screenshot({ path: join(SHOTS, `state-record-index-${width}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], where);
      await context.close();
    }
  }
});

/** The chart and the table of a state page, as a reader sees them. */
function record() {
  const visible = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const bars = [...document.querySelectorAll(".record-bar")].map((svg) => {
    const r = svg.getBoundingClientRect();
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      filled: [...svg.querySelectorAll("rect")].reduce((sum, rect) => sum + rect.getBoundingClientRect().width, 0),
      // Where the first position's part starts: at the line's start, left or right.
      start: Math.round(svg.querySelector("rect").getBoundingClientRect()[document.dir === "rtl" ? "right" : "left"]),
      edge: Math.round(r[document.dir === "rtl" ? "right" : "left"]),
      fill: getComputedStyle(svg.querySelector("rect")).fill,
    };
  });
  const chart = document.querySelector(".record-chart");
  const table = document.querySelector(".record-table");
  return {
    chart: visible(chart),
    bars,
    legend: [...document.querySelectorAll(".record-legend li")].map((li) => li.textContent.trim()),
    patterned: [...document.querySelectorAll(".record-bar rect")].map((rect) => getComputedStyle(rect).fill).filter((fill) => fill.startsWith("url(")).length,
    table: visible(table) && table.querySelector("caption").textContent.trim(),
    rows: [...document.querySelectorAll(".record-table tbody tr")].length,
    scrolls: (({ scrollWidth, clientWidth }) => scrollWidth > clientWidth + 1)(table.closest(".table-scroll")),
    likeness: [...document.querySelectorAll(".agreement-list li")].map((li) => li.textContent.replace(/\s+/g, " ").trim()),
  };
}

test("a state page opens with a chart of its record, sized to the page, and the same figures in a table", async () => {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const { page, context } = await open("votes", "states/gmb.html", { viewport: { width, height: 900 }, colorScheme });
      const where = `Gambia's page at ${width}px, ${colorScheme}`;
      assert.equal(await page.evaluate(overflow), 0, `${where} scrolls sideways`);
      const seen = await page.evaluate(record);
      assert.ok(seen.chart, `${where}: no chart`);
      assert.equal(seen.bars.length, 2, `${where}: a bar per session`);
      for (const bar of seen.bars) {
        assert.ok(bar.width > 120 && bar.height === 18, `${where}: bar ${JSON.stringify(bar)}`);
        assert.ok(bar.filled > 0 && bar.filled <= bar.width + 1, `${where}: bar ${JSON.stringify(bar)}`);
        assert.ok(Math.abs(bar.start - bar.edge) <= 1, `${where}: the bar starts at the line's start`);
      }
      // HRC98 has the most votes: its bar is full; HRC99's is drawn to the same scale.
      assert.ok(Math.abs(seen.bars[1].filled - seen.bars[1].width) <= 1, `${where}: ${JSON.stringify(seen.bars)}`);
      assert.ok(seen.bars[0].filled < seen.bars[1].filled, `${where}: ${JSON.stringify(seen.bars)}`);
      assert.ok(seen.patterned > 0, `${where}: colour is the only cue`);
      assert.equal(seen.legend[0], "In favour");
      assert.equal(seen.table, "Positions of Gambia by session");
      assert.equal(seen.rows, 2);
      assert.equal(seen.scrolls, false, `${where}: the table scrolls`);
      assert.equal(seen.likeness.length, 10, `${where}: ${seen.likeness}`);
      assert.match(seen.likeness[0], /^[A-Z].* \d+% of \d+ shared votes$/);
      await page.screenshot({ path: join(SHOTS, `state-record-state-${width}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], where);
      await context.close();
    }
  }
});

test("the seed archive's state pages and votes index stay clean", async () => {
  for (const [path, name] of [["states/", "states"], ["states/cod.html", "state"], ["votes/", "votes"]]) {
    for (const width of [375, 1280]) {
      const { page, context } = await open("seed", path, { viewport: { width, height: 900 } });
      assert.equal(await page.evaluate(overflow), 0, `${name} at ${width}px scrolls sideways`);
      await page.screenshot({ path: join(SHOTS, `state-record-seed-${name}-${width}.png`), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], `${name} at ${width}px`);
      await context.close();
    }
  }
});

test("the votes index shows a small tally bar beside each result, from the line's start", async () => {
  for (const width of [375, 1280]) {
    const { page, context } = await open("votes", "votes/", { viewport: { width, height: 900 } });
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll(".votes-index tbody tr")].map((row) => {
        const bar = row.querySelector(".tally-bar");
        if (!bar) return null;
        const r = bar.getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height), hidden: bar.getAttribute("aria-hidden"), image: getComputedStyle(bar).backgroundImage };
      }),
    );
    assert.ok(bars.filter(Boolean).length >= 5, JSON.stringify(bars));
    for (const bar of bars.filter(Boolean)) {
      assert.ok(bar.width >= 60 && bar.width <= 130 && bar.height >= 6, `${width}px: ${JSON.stringify(bar)}`);
      assert.equal(bar.hidden, "true");
      assert.match(bar.image, /linear-gradient/);
    }
    await page.screenshot({ path: join(SHOTS, `state-record-votes-${width}.png`), fullPage: false });
    await context.close();
  }
});

test("right to left, the bars start at the right", async () => {
  const { page, context } = await open("votes", "states/gmb.html", { viewport: { width: 768, height: 900 } });
  await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
  const seen = await page.evaluate(record);
  for (const bar of seen.bars) assert.ok(Math.abs(bar.start - bar.edge) <= 1, `the bar starts at the right: ${JSON.stringify(bar)}`);
  await page.screenshot({ path: join(SHOTS, "state-record-state-rtl.png"), fullPage: false });
  await context.close();
});

test("printed, a state page keeps its chart", async () => {
  const { page, context } = await open("votes", "states/gmb.html", { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media: "print" });
  const seen = await page.evaluate(record);
  assert.ok(seen.chart, "the chart is printed");
  assert.ok(seen.bars.every((bar) => bar.width > 300 && bar.filled > 0), JSON.stringify(seen.bars));
  assert.ok(seen.patterned > 0);
  const adjust = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector(".record-chart"));
    return style.printColorAdjust ?? style.webkitPrintColorAdjust;
  });
  assert.equal(adjust, "exact", "the bars print in their colours");
  await page.screenshot({ path: join(SHOTS, "state-record-printed.png"), fullPage: true });
  await page.pdf({ path: join(SHOTS, "state-record-printed.pdf"), format: "A4" });
  await context.close();
});
