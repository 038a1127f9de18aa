// The seed archive as GitHub Pages would serve it under a project sub-path: every page,
// asset, feed entry and sitemap URL resolves, the 404 page works at any depth, and
// search finds documents in a real browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { servedSite } from "./browser.mjs";

const SITE = process.env.BROWSER_SITE;
const PUBLISHED = "https://example.org/archive/";

const served = servedSite(SITE);

/** A published URL or a root-relative link, as a URL of the local server. */
const local = (url) => (url.startsWith(PUBLISHED) ? served.site.url + url.slice(PUBLISHED.length) : new URL(url, served.site.url).href);

const linksIn = (html) =>
  [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1].replaceAll("&amp;", "&"))
    .filter((link) => !/^(https?:|mailto:|#)/.test(link) || link.startsWith(PUBLISHED));

async function status(url) {
  const response = await fetch(local(url));
  await response.arrayBuffer();
  return response.status;
}

test("every page and asset reachable from the home page resolves", async () => {
  const seen = new Set();
  const queue = ["/archive/"];
  const broken = [];
  while (queue.length > 0) {
    const url = queue.shift();
    const path = new URL(local(url)).pathname;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await fetch(local(url));
    if (response.status !== 200) {
      broken.push(`${url}: ${response.status}`);
      continue;
    }
    if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
      for (const link of linksIn(await response.text())) queue.push(link.split("#")[0]);
    } else {
      await response.arrayBuffer();
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(seen.size > 100, `crawled ${seen.size} URLs`);
});

test("every sitemap URL and feed entry resolves, and the sitemap lists each page once", async () => {
  const sitemap = await readFile(join(SITE, "sitemap.xml"), "utf8");
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.equal(new Set(urls).size, urls.length);
  assert.ok(urls.every((url) => url.startsWith(PUBLISHED)));
  for (const url of urls) assert.equal(await status(url), 200, url);

  for (const feed of ["atom.xml", "sessions/hrc43.xml"]) {
    const xml = await readFile(join(SITE, feed), "utf8");
    const links = [...xml.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(links.length > 2, feed);
    for (const url of links) assert.equal(await status(url), 200, `${feed}: ${url}`);
  }
});

test("the 404 page is served for any missing path and its links work from any depth", async () => {
  for (const missing of ["/archive/nope/", "/archive/letters/no/such/page/"]) {
    const response = await fetch(served.site.url.replace(/\/archive\/$/, "") + missing);
    assert.equal(response.status, 404);
    const html = await response.text();
    assert.match(html, /Page not found/);
    for (const link of linksIn(html)) assert.equal(await status(link.split("#")[0]), 200, link);
  }
});

test("searching for reprisals finds the HRC48 letter, and filters narrow it", async () => {
  const page = await served.browser.newPage();
  await page.goto(served.site.url + "search/");
  await page.getByLabel("Search terms").fill("reprisals");
  const result = page.locator(".search-results a", { hasText: "HRC48" });
  await result.first().waitFor({ timeout: 10000 });
  assert.equal(await result.first().getAttribute("href"), "/archive/letters/hrc48-cooperation-with-the-un.html");
  assert.match(await page.locator(".search-status").innerText(), /documents? found/);
  // Filters by kind, session and signatory come from the index.
  await page.getByLabel("Session").selectOption("HRC37");
  await page.waitForFunction(() => {
    const titles = [...document.querySelectorAll(".search-results a")].map((a) => a.textContent);
    return titles.length > 0 && titles.every((title) => !title.includes("HRC48"));
  }, null, { timeout: 10000 });
  assert.match(await page.locator(".search-results").innerText(), /37th UN Human Rights Council session/);
  const signatories = await page.getByLabel("Signatory").locator("option").allInnerTexts();
  assert.ok(signatories.includes("International Federation for Human Rights (FIDH)"), signatories.join(", "));
  await page.close();
});
