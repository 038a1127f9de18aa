// The search page cuts a query into words exactly as the build cut the documents: the
// cases of tests/search_words.json, which `cargo test` asserts of src/search/words.rs,
// run in Chromium on the search-words.js and Snowball stemmers the built site ships.
// Then a French and a Chinese archive, built here, are searched as a reader would.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { servedSite } from "./browser.mjs";
import { serve } from "./serve.mjs";

const SITE = process.env.BROWSER_SITE;
const PLENARY = process.env.PLENARY;
if (!SITE || !PLENARY) throw new Error("run through tests/browser/run.sh, which builds the sites");
const shared = JSON.parse(await readFile(new URL("../search_words.json", import.meta.url), "utf8"));

const served = servedSite(SITE);

test("the search page cuts every shared case into the words the index stores", async () => {
  const page = await served.browser.newPage();
  const loaded = [];
  page.on("response", (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto(served.site.url + "search/", { waitUntil: "networkidle" });
  assert.ok(loaded.includes("/archive/search-words.js"), `the search page runs the tested rules: ${loaded.join(", ")}`);
  assert.ok(loaded.includes("/archive/snowball/english-stemmer.js"), `an English index loads the English stemmer: ${loaded.join(", ")}`);
  assert.ok(!loaded.includes("/archive/snowball/french-stemmer.js"), "and no other");

  const cut = await page.evaluate(
    async ({ cases, shards }) => {
      const { surfaceWords, termRule, shardName } = await import(new URL("../search-words.js", location.href).href);
      const found = [];
      for (const { text, words } of cases) {
        const byLanguage = {};
        for (const language of Object.keys(words)) byLanguage[language] = surfaceWords(text).map(await termRule(language));
        found.push(byLanguage);
      }
      return { cases: found, shards: shards.map(([word]) => shardName(word)) };
    },
    { cases: shared.cases, shards: shared.shards },
  );
  const wrong = [];
  const check = (what, found, expected) => {
    if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${what}:\n  ${JSON.stringify(found)}\n  expected ${JSON.stringify(expected)}`);
  };
  shared.cases.forEach(({ about, words }, i) => {
    for (const [language, expected] of Object.entries(words)) check(`${about} (${language})`, cut.cases[i][language], expected);
  });
  shared.shards.forEach(([word, shard], i) => check(`shard of ${word}`, cut.shards[i], shard));
  assert.ok(wrong.length === 0, wrong.join("\n"));
  await page.close();
});

// An archive in `language` with one letter per [slug, title, body], built and served.
const built = [];
async function archive(language, letters) {
  const root = await mkdtemp(join(tmpdir(), `plenary-search-${language}-`));
  built.push(root);
  await writeFile(join(root, "site.yaml"), `title: Archive\nbase_url: /archive/\nlanguage: ${language}\n`);
  await mkdir(join(root, "content/letters"), { recursive: true });
  for (const [slug, title, body] of letters) {
    await writeFile(join(root, `content/letters/${slug}.md`), `---\ntitle: "${title}"\nkind: letter\ndate: 2021-03\nsignatories: [Réseau X]\n---\n\n${body}\n`);
  }
  const output = join(root, "output");
  const build = spawnSync(PLENARY, ["build", "--root", root, "--output", output, "--quiet"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  return serve(output);
}
after(() => Promise.all(built.map((root) => rm(root, { recursive: true, force: true }))));

// The titles of what the search page finds for `query` on the site at `url`.
async function titlesFound(browser, url, query) {
  const page = await browser.newPage();
  await page.goto(url + "search/");
  await page.getByLabel("Search terms").fill(query);
  await page.locator(".search-status").filter({ hasText: /found/ }).waitFor({ timeout: 10000 });
  const titles = await page.locator(".search-results a").allInnerTexts();
  await page.close();
  return titles;
}

test("a French query finds a French document by another form of its word", async () => {
  const site = await archive("fr", [
    ["cooperation", "Lettre sur la coopération", "Les États membres saluent la coopération technique avec le Haut-Commissariat."],
    ["represailles", "Lettre sur les représailles", "Les défenseurs des droits humains subissent des représailles."],
  ]);
  try {
    assert.deepEqual(await titlesFound(served.browser, site.url, "coopérations"), ["Lettre sur la coopération"]);
    assert.deepEqual(await titlesFound(served.browser, site.url, "défenseur"), ["Lettre sur les représailles"]);
  } finally {
    site.close();
  }
});

test("a Chinese query finds a Chinese document by a two-character word", async () => {
  const site = await archive("zh", [
    ["council", "关于人权理事会的联名信", "我们呼吁人权理事会第四十六届会议通过决议。"],
    ["assembly", "致大会的信", "联合国大会审议了报告。"],
  ]);
  try {
    assert.deepEqual(await titlesFound(served.browser, site.url, "理事"), ["关于人权理事会的联名信"]);
    assert.deepEqual(await titlesFound(served.browser, site.url, "大会"), ["致大会的信"]);
    assert.deepEqual(await titlesFound(served.browser, site.url, "人权理事会"), ["关于人权理事会的联名信"], "every pair of a longer word");
  } finally {
    site.close();
  }
});
