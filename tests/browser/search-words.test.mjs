// The search page cuts a query into words exactly as the build cut the documents: the
// cases of tests/search_words.json, which `cargo test` asserts of src/search/words.rs,
// run in Chromium on the search-words.js the built site ships.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { servedSite } from "./browser.mjs";

const SITE = process.env.BROWSER_SITE;
if (!SITE) throw new Error("run through tests/browser/run.sh, which builds the sites");
const shared = JSON.parse(await readFile(new URL("../search_words.json", import.meta.url), "utf8"));

const served = servedSite(SITE);

test("the search page cuts every shared case into the words the index stores", async () => {
  const page = await served.browser.newPage();
  const loaded = [];
  page.on("response", (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto(served.site.url + "search/", { waitUntil: "networkidle" });
  assert.ok(loaded.includes("/archive/search-words.js"), `the search page runs the tested rules: ${loaded.join(", ")}`);

  const cut = await page.evaluate(
    async ({ cases, shards }) => {
      const { words, shardName } = await import(new URL("../search-words.js", location.href).href);
      return {
        cases: cases.map(({ text }) => ({ words: words(text, false), singular: words(text, true) })),
        shards: shards.map(([word]) => shardName(word)),
      };
    },
    { cases: shared.cases, shards: shared.shards },
  );
  const wrong = [];
  const check = (what, found, expected) => {
    if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${what}:\n  ${JSON.stringify(found)}\n  expected ${JSON.stringify(expected)}`);
  };
  shared.cases.forEach(({ about, words, singular }, i) => {
    check(`${about} (plurals folded: false)`, cut.cases[i].words, words);
    check(`${about} (plurals folded: true)`, cut.cases[i].singular, singular ?? words);
  });
  shared.shards.forEach(([word, shard], i) => check(`shard of ${word}`, cut.shards[i], shard));
  assert.ok(wrong.length === 0, wrong.join("\n"));
  await page.close();
});
