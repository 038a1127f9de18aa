// A long list as a reader pages through it: the seed archive built with two entries to a
// page, so the signatories index runs to many pages and a tag's list to two. The reader
// clicks Next, Last, Previous and First, and lands on each page's own address, at a
// phone's width and a desktop's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, openPage, axeViolations } from "./browser.mjs";

const PLENARY = process.env.PLENARY;
const ROOT = process.env.SITE_ROOT;
if (!PLENARY || !ROOT) throw new Error("run through tests/browser/run.sh, which builds plenary");

const work = mkdtempSync(join(tmpdir(), "plenary-pagination-"));
let site;
let browser;

before(async () => {
  const root = join(work, "site");
  for (const part of ["content", "data", "site.yaml"]) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  writeFileSync(join(root, "site.yaml"), `${readFileSync(join(root, "site.yaml"), "utf8")}\npage_size: 2\n`);
  const output = join(work, "output");
  const run = spawnSync(PLENARY, ["build", "--root", root, "--output", output, "--base-url", "/archive/", "--quiet"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  [site, browser] = await Promise.all([serve(output), launch()]);
});
after(async () => {
  await browser?.close();
  site?.close();
  rmSync(work, { recursive: true, force: true });
});

const pageOf = (page) => page.locator(".pagination p").innerText();
const follow = async (page, name) => {
  const from = page.url();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name, exact: true }).click();
  await page.waitForURL((url) => url.href !== from);
};
const path = (page) => new URL(page.url()).pathname;

for (const width of [375, 1280]) {
  test(`at ${width} px a reader pages through the signatories and back`, async () => {
    const { page, context } = await openPage(browser, `${site.url}signatories/`, { viewport: { width, height: 900 } });
    const of = Number((await pageOf(page)).match(/^Page 1 of (\d+)$/)?.[1]);
    assert.ok(of > 3, `the seed's signatories make many pages of two, not ${of}`);
    assert.match(await page.locator("main").innerText(), /\d+ in all/, "the first page counts the whole list");
    assert.equal(await page.locator(".term-list > li").count(), 2);

    await follow(page, "Next");
    assert.equal(path(page), "/archive/signatories/page/2.html");
    assert.equal(await pageOf(page), `Page 2 of ${of}`);
    await follow(page, "Last");
    assert.equal(path(page), `/archive/signatories/page/${of}.html`);
    assert.equal(await page.getByRole("link", { name: "Next", exact: true }).count(), 0, "nothing after the last");
    await follow(page, "Previous");
    assert.equal(path(page), `/archive/signatories/page/${of - 1}.html`);
    await follow(page, "First");
    assert.equal(path(page), "/archive/signatories/");
    assert.equal(await page.getByRole("link", { name: "Previous", exact: true }).count(), 0, "nothing before the first");

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "no sideways scroll");
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test("a list that is a page of one thing continues below its own name", async () => {
  const { page, context } = await openPage(browser, `${site.url}tags/china.html`, { viewport: { width: 1280, height: 900 } });
  assert.equal(await pageOf(page), "Page 1 of 2");
  const first = await page.locator(".doc-list > li > a").allInnerTexts();
  await follow(page, "Next");
  assert.equal(path(page), "/archive/tags/china/page/2.html");
  const second = await page.locator(".doc-list > li > a").allInnerTexts();
  assert.equal(first.length + second.length, 3, "the tag's three documents, each once");
  assert.ok(second.every((title) => !first.includes(title)), "no document on both pages");
  await follow(page, "First");
  assert.equal(path(page), "/archive/tags/china.html");
  await context.close();
});
