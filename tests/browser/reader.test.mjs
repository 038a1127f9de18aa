// The reader's experience: every page type at phone, tablet and desktop widths, by
// keyboard, in dark mode and in print; its weight; and that nothing loads from elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { axeViolations, servedSite } from "./browser.mjs";

const SITE = process.env.BROWSER_SITE;
const SHOTS = process.env.SCREENSHOTS;
mkdirSync(SHOTS, { recursive: true });

const PAGES = {
  home: "",
  document: "annexes/hrc43-annex-mutually-beneficial-cooperation.html",
  vote: "news/hrc43-vote-mutually-beneficial-cooperation.html",
  report: "reports/hrc31-enhancement-of-international-cooperation.html",
  list: "letters/",
  session: "sessions/hrc43.html",
  signatory: "signatories/defenddefenders.html",
  tag: "tags/china.html",
  symbol: "symbols/a-hrc-res-37-23.html",
  state: "states/cod.html",
  votes: "votes/",
  search: "search/",
  "404": "no-such-page/",
};
const WIDTHS = [375, 768, 1280];

const served = servedSite(SITE);

/** A page that fails the test on any request that leaves the site. */
async function open(path, options = {}) {
  const context = await served.browser.newContext(options);
  const page = await context.newPage();
  const outside = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(served.site.url).origin)) outside.push(request.url());
  });
  await page.goto(served.site.url + path, { waitUntil: "networkidle" });
  return { page, context, outside };
}

for (const [type, path] of Object.entries(PAGES)) {
  test(`the ${type} page fits 375, 768 and 1280 pixels, loading nothing from elsewhere`, async () => {
    for (const width of WIDTHS) {
      const { page, context, outside } = await open(path, { viewport: { width, height: 900 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${type} scrolls sideways at ${width}px`);
      await page.screenshot({ path: join(SHOTS, `${type}-${width}.png`), fullPage: true });
      assert.deepEqual(outside, [], `${type} requested other sites`);
      await context.close();
    }
  });
}

test("dark mode keeps every page type legible (axe contrast and all)", async () => {
  for (const type of ["home", "document", "vote", "state", "search"]) {
    const { page, context } = await open(PAGES[type], { colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    assert.deepEqual(await axeViolations(page), [], type);
    await page.screenshot({ path: join(SHOTS, `${type}-1280-dark.png`), fullPage: true });
    await context.close();
  }
});

test("the skip link is the first stop and moves focus to the content", async () => {
  const { page, context } = await open(PAGES.document);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, top: document.activeElement.getBoundingClientRect().top }));
  assert.equal(first.text, "Skip to content");
  assert.ok(first.top >= 0, "the skip link is visible when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  await context.close();
});

test("every interactive element is reached by Tab and visibly focused", async () => {
  for (const type of ["vote", "search", "report"]) {
    const { page, context } = await open(PAGES[type]);
    // Number every interactive element a reader can see, then Tab through the page.
    const expected = await page.evaluate(() => {
      const all = [...document.querySelectorAll("a[href], button, input, select, [tabindex='0']")];
      // checkVisibility: what a closed <details> holds has boxes, but no reader sees it.
      const shown = all.filter((el) => el.checkVisibility({ visibilityProperty: true }));
      shown.forEach((el, i) => el.setAttribute("data-tab-probe", String(i)));
      return shown.map((el) => el.outerHTML.slice(0, 100));
    });
    const reached = new Set();
    for (let presses = 0; presses < expected.length + 5; presses++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        return { probe: el.getAttribute("data-tab-probe"), html: el.outerHTML.slice(0, 100), visible };
      });
      if (focus.probe === null) continue;
      assert.ok(focus.visible, `${type}: no visible focus on ${focus.html}`);
      reached.add(Number(focus.probe));
    }
    const missed = expected.filter((_, i) => !reached.has(i));
    assert.deepEqual(missed, [], `${type}: not reached by Tab`);
    await context.close();
  }
});

test("print: no navigation, external addresses shown, the states of a vote kept whole, a PDF", async () => {
  const { page, context } = await open(PAGES.vote);
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector(".site-header")).display,
    external: getComputedStyle(document.querySelector(".body a[href^='http']"), "::after").content,
    state: getComputedStyle(document.querySelector(".vote-list li")).breakInside,
  }));
  assert.equal(printed.nav, "none");
  assert.match(printed.external, /twitter\.com/);
  assert.equal(printed.state, "avoid");
  const pdf = await page.pdf({ path: join(SHOTS, "vote-document.pdf"), format: "A4" });
  assert.ok(pdf.length > 10000, "a real PDF");
  await page.screenshot({ path: join(SHOTS, "vote-print.png"), fullPage: true });
  await context.close();
});

test("a document page weighs under 60 KB compressed", async () => {
  for (const type of ["document", "vote", "report"]) {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on("response", async (response) => {
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(served.site.url + PAGES[type], { waitUntil: "networkidle" });
    const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
    assert.ok(total < 60 * 1024, `${type} weighs ${total} bytes compressed`);
    await context.close();
  }
});
