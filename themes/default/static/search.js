// The search page: Pagefind's index, queried as the reader types. A small UI of our own,
// so that every control has a visible label and results are announced.
const form = document.querySelector("form.search");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const pagefind = await import(form.dataset.bundle + "pagefind.js");
await pagefind.options({ baseUrl: form.dataset.base });
const input = form.querySelector("input");
const selects = [...form.querySelectorAll("select[data-filter]")];

const available = await pagefind.filters();
for (const select of selects) {
  const values = Object.keys(available[select.dataset.filter] ?? {}).sort((a, b) => a.localeCompare(b));
  for (const value of values) select.append(new Option(value, value));
}
form.hidden = false;

const text = (value) => {
  const span = document.createElement("span");
  span.textContent = value;
  return span.innerHTML;
};

let latest = 0;
async function run() {
  const query = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
  const ticket = ++latest;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  if (ticket !== latest) return;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.className = "doc-card";
      // Pagefind's excerpt is escaped text with <mark> around the matches.
      item.innerHTML = `<h2 class="doc-title"><a href="${text(result.url)}">${text(result.meta.title ?? result.url)}</a></h2><p class="doc-summary">${result.excerpt}</p>`;
      return item;
    }),
  );
  const count = search.results.length;
  const shown = count > results.length ? ` (the first ${results.length} shown)` : "";
  status.textContent = `${count} ${count === 1 ? "document" : "documents"} found${shown}.`;
}

let timer;
form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run();
}
