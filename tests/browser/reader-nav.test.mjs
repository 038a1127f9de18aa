// Finding one's way: the navigation on one line on a desk and behind a menu that opens
// without script on a phone, a long document's contents beside or above its text with the
// section read marked, the search box and every index on the home and 404 pages, the
// details box on a phone, and print without buttons or navigation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, servedSite } from "./browser.mjs";

const SITE = process.env.BROWSER_SITE;
const SHOTS = process.env.SCREENSHOTS;
mkdirSync(SHOTS, { recursive: true });

const REPORT = "reports/hrc31-enhancement-of-international-cooperation.html";
const LETTER = "letters/hrc48-cooperation-with-the-un.html";
const VOTE = "news/hrc43-vote-mutually-beneficial-cooperation.html";
const PAGES = { home: "", report: REPORT, letter: LETTER, vote: VOTE, votes: "votes/", state: "states/cod.html", search: "search/", "404": "no-such-page/" };
const WIDTHS = [375, 768, 1280];
const SCHEMES = ["light", "dark"];

const served = servedSite(SITE);

async function open(path, { width = 1280, height = 900, scheme = "light", script = true } = {}) {
  const context = await served.browser.newContext({ viewport: { width, height }, colorScheme: scheme, javaScriptEnabled: script });
  const page = await context.newPage();
  const response = await page.goto(served.site.url + path, { waitUntil: "networkidle" });
  return { page, context, response };
}

/** The boxes of the main navigation's links, as a reader sees them. */
function navLinks(page) {
  return page.$$eval(".site-nav a", (links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      return { text: a.textContent, href: a.href, top: Math.round(box.top), bottom: box.bottom, left: box.left, right: box.right, shown: a.checkVisibility({ visibilityProperty: true }) };
    }),
  );
}

test("at 1280 pixels every page's navigation is one line, every link in sight", async () => {
  for (const [type, path] of Object.entries(PAGES)) {
    const { page, context } = await open(path);
    const links = await navLinks(page);
    assert.ok(links.length >= 10, `${type}: ${links.length} links`);
    assert.ok(links.every((l) => l.shown), `${type}: hidden links ${JSON.stringify(links.filter((l) => !l.shown))}`);
    const tops = new Set(links.map((l) => l.top));
    assert.equal(tops.size, 1, `${type}: the links sit on ${tops.size} lines: ${JSON.stringify(links.map((l) => [l.text, l.top]))}`);
    assert.ok(links.every((l) => l.right <= 1280), `${type}: a link runs off the screen`);
    assert.equal(await page.locator(".nav-menu > summary").isVisible(), false, `${type}: the menu button shows on a desk`);
    await context.close();
  }
});

test("on a phone the navigation is one menu button that opens to every link, without script", async () => {
  for (const scheme of SCHEMES) {
    const { page, context } = await open(REPORT, { width: 375, script: false, scheme });
    const summary = page.locator(".nav-menu > summary");
    assert.ok(await summary.isVisible(), "a menu button");
    // The button sits beside the site's title, adding no line of its own.
    const [title, button] = await Promise.all([".site-title", ".nav-menu > summary"].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())));
    assert.ok(button.top >= title.top - 8 && button.bottom <= title.bottom + 8, `the menu button beside the title: ${JSON.stringify({ title, button })}`);
    assert.ok(button.right <= 375 && button.left > title.right, "on the title's row, after it");
    assert.ok((await navLinks(page)).every((l) => !l.shown), "links hidden until the menu opens");
    // By keyboard: the skip link, the site's title, then the menu.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "SUMMARY");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(ring, "none", "the menu button shows its focus");
    await page.keyboard.press("Enter");
    const links = await navLinks(page);
    assert.ok(links.length >= 10);
    for (const link of links) {
      assert.ok(link.shown, `${link.text} shown once open`);
      assert.ok(link.left >= 0 && link.right <= 375 && link.top >= 0 && link.bottom <= 900, `${link.text} in sight: ${JSON.stringify(link)}`);
      assert.ok(link.bottom - link.top >= 40, `${link.text} is tall enough for a thumb`);
    }
    // Every link is reached by Tab, in order.
    const reached = [];
    for (let i = 0; i < links.length; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement.href));
    }
    assert.deepEqual(reached, links.map((l) => l.href));
    await context.close();
    // axe needs script to run: the same menu, opened by a tap.
    const scripted = await open(REPORT, { width: 375, scheme });
    await scripted.page.tap(".nav-menu > summary").catch(() => scripted.page.click(".nav-menu > summary"));
    assert.ok(await scripted.page.locator(".site-nav a").first().isVisible());
    assert.deepEqual(await axeViolations(scripted.page), [], `open menu, ${scheme}`);
    await scripted.page.screenshot({ path: join(SHOTS, `nav-menu-375-${scheme}.png`) });
    await scripted.context.close();
  }
});

/** Where the contents and the text are, and the contents' links. */
function layout(page) {
  return page.evaluate(() => {
    const toc = document.querySelector(".toc");
    const body = document.querySelector(".body").getBoundingClientRect();
    if (!toc) return { toc: null };
    const box = toc.getBoundingClientRect();
    const links = [...toc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    return {
      toc: { left: box.left, right: box.right, top: box.top + scrollY, bottom: box.bottom + scrollY },
      body: { left: body.left, right: body.right, top: body.top + scrollY },
      links,
      missing: links.filter((href) => !document.getElementById(href.slice(1))),
      heading: toc.querySelector("h2").textContent,
    };
  });
}

test("the long report has contents beside its text on a desk and above it on a phone", async () => {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const { page, context } = await open(REPORT, { width, scheme });
      const { toc, body, links, missing, heading } = await layout(page);
      assert.ok(toc, `contents at ${width}`);
      assert.equal(heading, "Contents");
      assert.equal(links.length, 16, "one entry a heading of the report");
      assert.deepEqual(missing, [], "every entry leads to its heading");
      if (width === 1280) {
        assert.ok(toc.left >= body.right, `beside the text: ${JSON.stringify({ toc, body })}`);
        assert.ok(Math.abs(toc.top - body.top) < 400, "beside its start");
        assert.ok(body.right - body.left >= 600, `the text keeps a reading width: ${body.right - body.left}`);
      } else {
        assert.ok(toc.bottom <= body.top, `above the text at ${width}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `no sideways scroll at ${width}`);
      assert.deepEqual(await axeViolations(page), [], `report at ${width}, ${scheme}`);
      // The top of the page: the report runs to 30,000 pixels on a phone.
      await page.screenshot({ path: join(SHOTS, `toc-report-${width}-${scheme}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: 1800 } });
      await context.close();
    }
  }
  const { page, context } = await open(LETTER);
  assert.equal((await layout(page)).toc, null, "a short letter has no contents");
  await context.close();
});

test("the contents mark the section read as the reader scrolls, and stay in sight on a desk", async () => {
  const { page, context } = await open(REPORT);
  const marked = () => page.evaluate(() => [...document.querySelectorAll(".toc a[aria-current]")].map((a) => a.getAttribute("href")));
  for (const id of ["bahrain", "b-keynote-speaker-and-panel-discussions", "v-conclusions-and-recommendations"]) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.waitForFunction((id) => document.querySelector(`.toc a[href="#${id}"]`).hasAttribute("aria-current"), id);
    assert.deepEqual(await marked(), [`#${id}`]);
    const toc = await page.$eval(".toc", (t) => t.getBoundingClientRect().toJSON());
    assert.ok(toc.top >= 0 && toc.top < 100, `the contents stay in sight: ${JSON.stringify(toc)}`);
    const current = await page.$eval(".toc a[aria-current]", (a) => {
      const link = a.getBoundingClientRect();
      const box = a.closest(".toc").getBoundingClientRect();
      return link.top >= box.top && link.bottom <= box.bottom;
    });
    assert.ok(current, `the mark for ${id} is in the contents' view`);
  }
  await page.screenshot({ path: join(SHOTS, "toc-report-1280-scrolled.png") });
  // Following a link of the contents goes to its section.
  await page.click(".toc a[href='#i-introduction']");
  await page.waitForFunction(() => document.querySelector(".toc a[href='#i-introduction']").hasAttribute("aria-current"));
  assert.equal(await page.evaluate(() => location.hash), "#i-introduction");
  // Right to left, the contents are on the other side of the text.
  await page.evaluate(() => (document.documentElement.dir = "rtl"));
  const { toc, body } = await layout(page);
  assert.ok(toc.right <= body.left, `right to left: ${JSON.stringify({ toc, body })}`);
  await context.close();

  const still = await open(REPORT, { script: false });
  await still.page.evaluate(() => document.getElementById("bahrain").scrollIntoView());
  assert.equal(await still.page.$$eval(".toc a", (links) => links.length), 16, "without script the list is all there");
  await still.context.close();
});

test("the home and 404 pages offer a search box and every index, and each resolves", async () => {
  for (const [type, path] of [["home", ""], ["404", "no-such-page/deeper/"]]) {
    const { page, context } = await open(path);
    const form = await page.$eval("form.find", (f) => ({ action: f.action, method: f.method, field: f.querySelector("input[type=search]").name, label: f.querySelector("label").textContent }));
    assert.equal(form.method, "get");
    assert.equal(form.field, "q");
    assert.equal(form.label, "Search the archive");
    assert.equal(new URL(form.action).pathname, "/archive/search/");
    const indexes = await page.$$eval(".index-list a", (links) => links.map((a) => [a.textContent, new URL(a.href).pathname]));
    const paths = indexes.map(([, p]) => p);
    for (const index of ["votes", "states", "symbols", "sessions", "signatories", "tags", "letters", "reports", "statements", "annexes", "news"]) {
      assert.ok(paths.includes(`/archive/${index}/`), `${type}: no link to ${index}: ${JSON.stringify(indexes)}`);
    }
    for (const path of [...paths, "/archive/search/"]) {
      const response = await page.request.get(new URL(path, served.site.url).href);
      assert.equal(response.status(), 200, `${type}: ${path}`);
    }
    // Searching from the box lands on the search page with the words in its address.
    await page.fill("form.find input", "cooperation");
    await Promise.all([page.waitForURL(/\/archive\/search\/\?q=cooperation$/), page.press("form.find input", "Enter")]);
    await context.close();
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const shot = await open(path, { width, scheme });
        assert.deepEqual(await axeViolations(shot.page), [], `${type} at ${width}, ${scheme}`);
        await shot.page.screenshot({ path: join(SHOTS, `find-${type}-${width}-${scheme}.png`), fullPage: true });
        await shot.context.close();
      }
    }
  }
});

test("a printed vote table has no sort buttons and no navigation", async () => {
  for (const path of [VOTE, "votes/", "states/cod.html"]) {
    const { page, context } = await open(path);
    // A reader who opened the table before printing.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const shown = (el) => el.checkVisibility({ visibilityProperty: true });
      const buttons = [...document.querySelectorAll("table button, .sort-button")].filter(shown).map((b) => {
        const style = getComputedStyle(b);
        return { text: b.textContent, decoration: style.textDecorationLine, color: style.color, after: getComputedStyle(b, "::after").content };
      });
      return {
        buttons,
        text: getComputedStyle(document.body).color,
        nav: [...document.querySelectorAll("nav, .site-header, .nav-menu, .toc, form")].filter(shown).map((n) => n.className || n.tagName),
        tables: [...document.querySelectorAll("table")].filter(shown).length,
      };
    });
    for (const button of printed.buttons) {
      assert.equal(button.decoration, "none", `${path}: ${button.text} prints as a link`);
      assert.equal(button.color, printed.text, `${path}: ${button.text} prints in the link colour`);
      assert.ok(button.after === "none" || button.after === "normal", `${path}: ${button.text} prints a sort arrow`);
    }
    assert.deepEqual(printed.nav, [], `${path}: navigation printed`);
    await page.screenshot({ path: join(SHOTS, `print-${path.split("/")[0]}.png`), fullPage: true });
    await context.close();
  }
  const { page, context } = await open(REPORT);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.$eval(".toc", (t) => getComputedStyle(t).display), "none", "the contents are not printed");
  await context.close();
});

test("at 375 pixels the details box wraps no label or value word by word", async () => {
  for (const path of [LETTER, REPORT, VOTE, "statements/hrc43-item10-joint-statement.html"]) {
    for (const scheme of SCHEMES) {
      const { page, context } = await open(path, { width: 375, scheme });
      const items = await page.$$eval(".meta dt, .meta dd", (cells) =>
        cells.map((cell) => {
          const style = getComputedStyle(cell);
          const range = document.createRange();
          range.selectNodeContents(cell);
          // Each line of text is one or more boxes at its own height.
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
          return { tag: cell.tagName, text: cell.textContent.trim(), words: cell.textContent.trim().split(/\s+/).length, lines, width: cell.getBoundingClientRect().width, lineHeight: parseFloat(style.lineHeight) };
        }),
      );
      assert.ok(items.length >= 4, `${path}: ${items.length} cells`);
      const box = await page.$eval(".meta", (m) => m.getBoundingClientRect().width);
      for (const item of items) {
        if (item.tag === "DT") assert.equal(item.lines, 1, `${path}: label ${item.text} on ${item.lines} lines`);
        // No line holds a lone word unless the value is one word or a long address.
        if (item.words > 1 && !/^https?:/.test(item.text)) {
          assert.ok(item.lines <= Math.ceil(item.words / 2), `${path}: "${item.text}" wraps word by word (${item.lines} lines for ${item.words} words)`);
        }
        if (item.tag === "DD") assert.ok(item.width >= box * 0.7, `${path}: "${item.text}" gets ${item.width}px of ${box}`);
      }
      if (path === LETTER) await page.screenshot({ path: join(SHOTS, `details-letter-375-${scheme}.png`) });
      await context.close();
    }
  }
});
