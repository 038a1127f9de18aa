// The editor's loop in a real browser: `plenary serve` on a copy of the seed archive,
// pages open in Chromium, files edited as an editor saves them. Every reload the
// editor relies on, and the error overlay over the last good page, are checked where
// they happen: in the page, not in the event stream's bytes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AXE_SOURCE, launch } from "./browser.mjs";

const ROOT = process.env.SITE_ROOT;
const PLENARY = process.env.PLENARY;
const SHOTS = process.env.SCREENSHOTS;
/** An edit must be on the open page within this long. */
const WITHIN = 2000;

const LETTER = "content/letters/hrc48-cooperation-with-the-un.md";
const LETTER_PAGE = "letters/hrc48-cooperation-with-the-un.html";

let archive, server, base, browser;

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(async () => {
  archive = await mkdtemp(join(tmpdir(), "plenary-serve-loop-"));
  for (const part of ["content", "data", "themes", "site.yaml"]) {
    await cp(join(ROOT, part), join(archive, part), { recursive: true });
  }
  server = spawn(PLENARY, ["serve", "--root", archive, "--port", String(await freePort())], { stdio: ["ignore", "pipe", "pipe"] });
  server.printed = "";
  server.stderr.on("data", (chunk) => (server.printed += chunk));
  base = await new Promise((resolve, reject) => {
    let seen = "";
    server.stdout.on("data", (chunk) => {
      seen += chunk;
      server.printed += chunk;
      const found = seen.match(/Serving (http:\/\/\S+\/) /);
      if (found) resolve(found[1]);
    });
    server.on("exit", (code) => reject(new Error(`serve stopped with ${code}: ${server.printed}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
  await rm(archive, { recursive: true, force: true });
});

/** Edits a file of the archive copy the way an editor's save does: the whole file rewritten. */
async function edit(path, change) {
  const file = join(archive, path);
  await writeFile(file, change(await readFile(file, "utf8")));
}

/** A browser context whose pages keep their event sources where the test can see them. */
async function newContext(options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const Native = globalThis.EventSource;
    globalThis.__eventSources = [];
    globalThis.EventSource = class extends Native {
      constructor(...args) {
        super(...args);
        globalThis.__eventSources.push(this);
      }
    };
  });
  return context;
}

async function open(path, options = {}) {
  const context = await newContext(options);
  const page = await context.newPage();
  await page.goto(base + path);
  await waitForLiveReload(page);
  return { page, context };
}

/**
 * An edit to data/ or themes/ rebuilds the whole site, which a busy CI machine may take
 * longer than a document edit over; the reload still has to come by itself.
 */
const WHOLE_SITE = 10_000;

/** The live-reload script has connected: only then is a save seen by the page. */
async function waitForLiveReload(page) {
  await page.waitForFunction(() => globalThis.__eventSources.some((source) => source.readyState === EventSource.OPEN), null, { timeout: WITHIN });
}

/**
 * Runs `change` and waits until every page in `pages` has reloaded (a new document,
 * not the one that was open) within the limit.
 */
async function reloadsAfter(pages, change, timeout = WITHIN) {
  for (const page of pages) await page.evaluate(() => (globalThis.__beforeEdit = true));
  const reloads = pages.map((page) => page.waitForEvent("load", { timeout }));
  await change();
  await Promise.all(reloads);
  for (const page of pages) {
    assert.equal(await page.evaluate(() => globalThis.__beforeEdit), undefined, "the page was reloaded");
    await waitForLiveReload(page);
  }
}

const overlay = (page) => page.getByRole("alert");

test("a text edit reloads the open page with the edit", async () => {
  const { page, context } = await open(LETTER_PAGE);
  await reloadsAfter([page], () =>
    edit(LETTER, (text) => text.replace("\nSincerely,", "\nWe thank the core group for carrying this text to a vote.\n\nSincerely,")),
  );
  assert.match(await page.locator("main").innerText(), /We thank the core group for carrying this text to a vote\./);
  await context.close();
});

test("a title edit reloads the page and a list page open in another tab", async () => {
  const context = await newContext();
  const [letter, list] = [await context.newPage(), await context.newPage()];
  await letter.goto(base + LETTER_PAGE);
  await list.goto(base + "letters/");
  await Promise.all([waitForLiveReload(letter), waitForLiveReload(list)]);
  await reloadsAfter([letter, list], () =>
    edit(LETTER, (text) => text.replace(/^title: .*$/m, 'title: "HRC48: Support the resolution on cooperation with the UN (edited)"')),
  );
  assert.equal(await letter.locator("h1").innerText(), "HRC48: Support the resolution on cooperation with the UN (edited)");
  assert.match(await list.locator("main").innerText(), /cooperation with the UN \(edited\)/);
  await context.close();
});

test("a broken front matter shows file, line and message over the last good page; the fix reloads", async () => {
  const { page, context } = await open(LETTER_PAGE);
  const before = await page.locator("main").innerText();
  // Line 5 is `session: HRC48`; the quote opened there is never closed.
  await edit(LETTER, (text) => text.replace("\nsession: HRC48\n", '\nsession: "HRC48\n'));
  await overlay(page).waitFor({ timeout: WITHIN });
  const shown = await overlay(page).innerText();
  assert.match(shown, /content\/letters\/hrc48-cooperation-with-the-un\.md:5:/);
  assert.match(shown, /not closed/);
  assert.equal(await page.locator("main").innerText(), before, "the last good page stays under the overlay");

  await reloadsAfter([page], () =>
    edit(LETTER, (text) => text.replace('\nsession: "HRC48\n', "\nsession: HRC48\n").replace("\nSincerely,", "\nWe count on your support.\n\nSincerely,")),
  );
  assert.equal(await overlay(page).count(), 0, "the overlay goes with the fix");
  assert.match(await page.locator("main").innerText(), /We count on your support\./);
  await context.close();
});

test("the overlay is legible in light and dark, small on a phone, dismissed by button and Escape, and back on the next error", async () => {
  const pages = [];
  for (const colorScheme of ["light", "dark"]) {
    pages.push(await open(LETTER_PAGE, { colorScheme, viewport: { width: 375, height: 667 } }));
  }
  const breakIt = () => edit(LETTER, (text) => text.replace(/^date: .*$/m, "date: the fifth of October"));
  await breakIt();
  for (const { page } of pages) {
    await overlay(page).waitFor({ timeout: WITHIN });
    // The whole page, so that axe looks at the overlay as it is laid over the page.
    await page.addScriptTag({ path: AXE_SOURCE });
    const results = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ["color-contrast"] }));
    const scheme = await page.evaluate(() => (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"));
    const violations = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`));
    assert.deepEqual(violations, [], scheme);
    const checked = results.passes.flatMap((v) => v.nodes.map((n) => JSON.stringify(n.target)));
    assert.ok(checked.some((target) => target.includes("plenary-build-error")), `axe checked the overlay in ${scheme}`);
    const share = await overlay(page).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const [width, height] = [Math.min(box.right, innerWidth) - Math.max(box.left, 0), Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)];
      return (width * height) / (innerWidth * innerHeight);
    });
    assert.ok(share <= 0.4, `the overlay covers ${Math.round(share * 100)}% of a 375 px screen`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `serve-error-overlay-375-${scheme}.png`) });
  }

  const { page } = pages[0];
  await page.getByRole("button", { name: /dismiss/i }).click();
  assert.equal(await overlay(page).count(), 0, "dismissed by its button");
  await breakIt(); // the same error saved again is the next error
  await overlay(page).waitFor({ timeout: WITHIN });
  await page.keyboard.press("Escape");
  assert.equal(await overlay(page).count(), 0, "dismissed by Escape");
  await edit(LETTER, (text) => text.replace(/^date: .*$/m, "date: the sixth of October"));
  await overlay(page).waitFor({ timeout: WITHIN });

  await reloadsAfter([page], () => edit(LETTER, (text) => text.replace(/^date: .*$/m, 'date: "2021-10-05"')));
  for (const { context } of pages) await context.close();
});

test("adding and deleting a document reload the open pages", async () => {
  const { page: list, context } = await open("letters/");
  const added = "content/letters/hrc55-reprisals-follow-up.md";
  await reloadsAfter([list], () =>
    writeFile(
      join(archive, added),
      "---\ntitle: Follow-up letter on reprisals\nkind: letter\ndate: 2024-03-01\nsignatories: [Amnesty International]\n---\nThe signatories ask the Council to follow up on\nthe cases listed in the annex.\n",
    ),
  );
  assert.match(await list.locator("main").innerText(), /Follow-up letter on reprisals/);

  const { page: letter } = await open("letters/hrc55-reprisals-follow-up.html");
  await reloadsAfter([list, letter], () => rm(join(archive, added)));
  assert.doesNotMatch(await list.locator("main").innerText(), /Follow-up letter on reprisals/);
  assert.match(await letter.locator("main").innerText(), /not found/i, "the deleted document's page is gone");
  await context.close();
  await letter.context().close();
});

test("editing data/ or themes/ reloads the open page", async () => {
  const { page, context } = await open("signatories/defenddefenders.html");
  await reloadsAfter([page], () =>
    edit("data/organisations.yaml", (text) =>
      text.replace("- name: DefendDefenders (East and Horn of Africa Human Rights Defenders Project)", "- name: DefendDefenders (renamed while serving)"),
    ),
    WHOLE_SITE,
  );
  assert.match(await page.locator("h1").innerText(), /DefendDefenders \(renamed while serving\)/);
  await reloadsAfter([page], () =>
    edit("themes/default/templates/base.html", (text) => text.replace('<footer class="site-footer">\n<div class="wrap">', '<footer class="site-footer">\n<div class="wrap">\n<p>Theme edited while serving.</p>')),
    WHOLE_SITE,
  );
  assert.match(await page.locator("footer").innerText(), /Theme edited while serving\./);
  await reloadsAfter([page], () => edit("themes/default/static/style.css", (text) => `${text}\n.site-footer { border-top-width: 3px; }\n`), WHOLE_SITE);
  await context.close();
});
