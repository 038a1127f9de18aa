// The search page. The index is static JSON written by the build (see src/search/):
// a manifest, then one small file per two-letter word start, fetched as a query needs it.
// Queries are cut into words by search-words.js, by the rules the index was made with:
// each document's words were stemmed by its own language's rules, so a query word is
// looked up, in each language of the index, as that language spells it, and counts
// only in documents of that language (docs/DESIGN.md, "Search in six languages").
import { WRITTEN_WORD, surfaceWords, termRule, shardName } from "./search-words.js";

const form = document.querySelector("form.search");
const status = document.querySelector(".search-status");
const clear = document.querySelector(".search-clear");
const list = document.querySelector(".search-results");
const input = form.querySelector("input");
const selects = [...form.querySelectorAll("select[data-filter]")];
const SHOWN = 30;
// The page's words for a count, as the theme's translation gives them for sample numbers:
// a count takes the form of the sample it equals, else of one in its CLDR plural category.
const messages = JSON.parse(status.dataset.messages || '{"found": [], "shown": [], "noneFiltered": [], "undated": "Undated"}');
const plural = new Intl.PluralRules(document.documentElement.lang);
function say(samples, n) {
  const sample =
    samples.find(([s]) => s === n) ?? samples.find(([s]) => plural.select(s) === plural.select(n)) ?? samples.at(-1);
  return sample ? sample[1].replaceAll("{count}", String(n)) : String(n);
}

const fetched = new Map();
const json = (name) => {
  if (!fetched.has(name)) {
    fetched.set(name, fetch(form.dataset.index + name).then((response) => {
      if (!response.ok) throw new Error(`${name}: ${response.status}`);
      return response.json();
    }));
  }
  return fetched.get(name);
};

const manifest = await json("index.json");
const shards = new Set(manifest.words);
// Each document's language, by id, from the runs of documents in one language.
const languageOf = manifest.languages.flatMap(([language, count]) => Array(count).fill(language));
const rules = new Map(await Promise.all([...new Set(languageOf)].map(async (language) => [language, await termRule(language)])));
// A kind is filed under its English name, and shown in the page's language.
const shownAs = (filter, value) => (filter === "kind" ? messages.kinds?.[value] ?? value : value);
for (const select of selects) {
  const filter = select.dataset.filter;
  const options = Object.keys(manifest.filters[filter] ?? {}).map((value) => new Option(shownAs(filter, value), value));
  options.sort((a, b) => a.text.localeCompare(b.text, document.documentElement.lang));
  select.append(...options);
}
form.hidden = false;

// A query word as each language of the index spells it: term → the languages that spell it so.
function spellings(word) {
  const found = new Map();
  for (const [language, rule] of rules) {
    const term = rule(word);
    found.set(term, [...(found.get(term) ?? []), language]);
  }
  return found;
}

// A word's postings as the build packs them (src/search/mod.rs, `pack`): numbers of
// five-bit digits, lowest first, a digit of the first half of DIGITS ending its number;
// each number an id gap × 256 + weight.
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT = new Map([...DIGITS].map((digit, value) => [digit.charCodeAt(0), value]));
function unpack(packed) {
  const numbers = [];
  let number = 0;
  let scale = 1;
  for (let i = 0; i < packed.length; i++) {
    const digit = DIGIT.get(packed.charCodeAt(i));
    number += (digit & 31) * scale;
    scale *= 32;
    if (digit < 32) {
      numbers.push(number);
      number = 0;
      scale = 1;
    }
  }
  return numbers;
}

// Documents holding a word that starts with `word` as their language spells it, with a
// score: BM25, where a word that only starts with the one typed counts half.
async function matches(word) {
  const scores = new Map();
  for (const [spelled, languages] of spellings(word)) {
    const everyLanguage = languages.length === rules.size;
    const name = shardName(spelled);
    // A one-letter start ("7") spans every file whose name starts with it.
    const names = [...spelled].length > 1 ? [name].filter((n) => shards.has(n)) : [...shards].filter((n) => n.startsWith(name));
    for (const postings of await Promise.all(names.map((n) => json(`words/${n}.json`)))) {
      for (const [term, packed] of Object.entries(postings)) {
        if (!term.startsWith(spelled)) continue;
        const list = unpack(packed);
        const idf = Math.log(1 + (manifest.documents - list.length + 0.5) / (list.length + 0.5));
        const factor = (term === spelled ? 1 : 0.5) * idf / 255;
        let id = 0;
        for (const number of list) {
          id += Math.floor(number / 256);
          if (!everyLanguage && !languages.includes(languageOf[id])) continue;
          const score = (number % 256) * factor;
          if (score > (scores.get(id) ?? 0)) scores.set(id, score);
        }
      }
    }
  }
  return scores;
}

async function filtered(filters) {
  const all = await json("filters.json");
  let kept = null;
  for (const [filter, value] of filters) {
    let id = 0;
    const ids = new Set((all[filter]?.[value] ?? []).map((gap) => (id += gap)));
    kept = kept === null ? ids : new Set([...kept].filter((x) => ids.has(x)));
  }
  return kept;
}

// Document ids, best first.
async function search(query, filters) {
  const allowed = filters.length ? await filtered(filters) : null;
  const wanted = [...new Set(surfaceWords(query))];
  if (wanted.length === 0) return allowed === null ? [] : [...allowed].sort((a, b) => a - b);
  let total = null;
  for (const scores of await Promise.all(wanted.map(matches))) {
    if (total === null) {
      total = scores;
      continue;
    }
    const both = new Map();
    for (const [id, score] of scores) if (total.has(id)) both.set(id, total.get(id) + score);
    total = both;
  }
  return [...total].filter(([id]) => allowed === null || allowed.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

async function documentOf(id) {
  const block = await json(`docs-${Math.floor(id / manifest.block)}.json`);
  const [path, title, kind, date] = block[id % manifest.block];
  return { url: form.dataset.base + path, title, kind, date, language: languageOf[id] };
}

const escape = (value) => {
  const span = document.createElement("span");
  span.textContent = value;
  return span.innerHTML;
};

const NOT_PROSE = "[data-search-ignore], .document-header, .doc-side, .related, .cited-by, .session-nav, .para-link, .footnote-ref, .footnote-back";

// A passage of the page around the first word the reader asked for, matches marked:
// the page's words and the reader's as the page's language spells them.
async function excerpt(url, language, query) {
  const rule = rules.get(language);
  const wanted = query.map(rule);
  const response = await fetch(url);
  if (!response.ok) return "";
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const body = page.querySelector("[data-search-body]");
  if (!body) return "";
  // The title is shown already, and the rest of the page's furniture is not the
  // document's prose, nor are paragraph links, note numbers and back-links; the build
  // marks cover-page and footer lines with data-search-ignore.
  body.querySelectorAll(NOT_PROSE).forEach((ignored) => ignored.remove());
  const text = body.textContent.replace(/\s+/g, " ").trim();
  const found = [...text.matchAll(WRITTEN_WORD)].map((m) => ({ at: m.index, end: m.index + m[0].length, hit: surfaceWords(m[0]).some((word) => wanted.some((w) => rule(word).startsWith(w))) }));
  const first = Math.max(0, found.findIndex((w) => w.hit));
  const shown = found.slice(Math.max(0, first - 12), first + 24);
  if (shown.length === 0) return "";
  let html = shown[0].at > 0 ? "… " : "";
  let from = shown[0].at;
  for (const word of shown.filter((w) => w.hit)) {
    html += escape(text.slice(from, word.at)) + "<mark>" + escape(text.slice(word.at, word.end)) + "</mark>";
    from = word.end;
  }
  const end = shown[shown.length - 1].end;
  return html + escape(text.slice(from, end)) + (end < text.length ? " …" : "");
}

// The query and the filters live in the address (`?q=…&session=…`), as the form would
// send them without script: Back from a result, a reload and a shared link open the
// same search. The first change after a search the reader settled on (opened, submitted,
// or reached by Back) adds a step to the history; further typing replaces that step, so
// Back returns to the settled search, however long the reader paused before Enter.
function fromAddress() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const select of selects) {
    const value = params.get(select.name) ?? "";
    select.value = [...select.options].some((option) => option.value === value) ? value : "";
  }
}

let settled = true;
function remember(settle) {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  const address = location.pathname + (query ? `?${query}` : "");
  if (address !== location.pathname + location.search) history[settled ? "pushState" : "replaceState"](null, "", address);
  settled = settle;
}

// The filters chosen, as the form labels them: "Kind: Letter and Session: HRC48".
function describe(chosen) {
  const parts = chosen.map((select) =>
    (messages.filterChosen ?? "{filter}: {value}")
      .replace("{filter}", form.querySelector(`label[for="${select.id}"]`).textContent)
      .replace("{value}", select.selectedOptions[0].text),
  );
  return new Intl.ListFormat(document.documentElement.lang, { type: "conjunction" }).format(parts);
}

// A reader's words inside a sentence of the page's language, kept in their own direction.
const isolate = (text) => `\u2068${text}\u2069`;

let latest = 0;
async function run() {
  const query = input.value.trim();
  const chosen = selects.filter((s) => s.value);
  const filters = chosen.map((s) => [s.dataset.filter, s.value]);
  const ticket = ++latest;
  if (!query && filters.length === 0) {
    list.replaceChildren();
    status.textContent = "";
    clear.hidden = true;
    return;
  }
  const ids = await search(query, filters);
  // With no result, say whether the filters are the cause.
  const unfiltered = ids.length === 0 && filters.length && query ? (await search(query, [])).length : 0;
  const results = await Promise.all(ids.slice(0, SHOWN).map(documentOf));
  if (ticket !== latest) return;
  const wanted = [...new Set(surfaceWords(query))];
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.className = "doc-card";
      item.innerHTML = `<p class="doc-meta"><span class="kind-label">${escape(result.kind)}</span> · ${escape(result.date ?? messages.undated)}</p><h2 class="doc-title"><a href="${escape(result.url)}" dir="auto">${escape(result.title)}</a></h2><p class="doc-summary"></p>`;
      if (wanted.length) {
        excerpt(result.url, result.language, wanted).then((html) => {
          if (ticket === latest) item.querySelector(".doc-summary").innerHTML = html;
        });
      }
      return item;
    }),
  );
  const count = ids.length;
  const filtersCaused = count === 0 && filters.length > 0 && (unfiltered > 0 || !query);
  clear.hidden = !filtersCaused;
  if (filtersCaused) {
    const message = query ? say(messages.noneFiltered, unfiltered).replaceAll("{query}", isolate(query)) : messages.noneInFilters;
    status.textContent = message.replaceAll("{filters}", isolate(describe(chosen)));
    return;
  }
  const shown = count > results.length ? ` ${say(messages.shown, results.length)}` : "";
  status.textContent = say(messages.found, count).replace("{shown}", shown);
}

let timer;
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    remember(false);
    run();
  }, 150);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  remember(true);
  run();
});
clear.querySelector("button").addEventListener("click", () => {
  for (const select of selects) select.value = "";
  remember(true);
  input.focus();
  run();
});
window.addEventListener("popstate", () => {
  settled = true;
  fromAddress();
  run();
});
fromAddress();
run();
