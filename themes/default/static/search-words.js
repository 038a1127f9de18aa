// Words as the search index spells them: the rules of src/search/words.rs, for the
// search page. A query only finds what both spell alike; tests/search_words.json holds
// the cases both are tested against.
const WORD = /[\p{Alphabetic}\p{N}]+/gu;
const LONGEST = 40;

/** A word as a text writes it, accents and soft hyphens included: what `words` reads as one word at most. */
export const WRITTEN_WORD = /[\p{Alphabetic}\p{N}\p{M}\u00AD]+/gu;

// Accents and soft hyphens are dropped without ending the word; Greek final sigma is
// spelled σ, as a capital Σ lower-cases, wherever the word ends.
const fold = (text) => text.normalize("NFD").replace(/[\p{M}\u00AD]/gu, "").toLowerCase().replaceAll("ς", "σ");
const hasDigit = (word) => /[0-9]/.test(word);
// Letters, not UTF-16 units.
const length = (word) => [...word].length;

function singular(word) {
  if (hasDigit(word) || length(word) <= 3 || !word.endsWith("s")) return word;
  if (["ss", "us", "is", "ies"].some((ending) => word.endsWith(ending))) return word;
  return word.slice(0, -1);
}

const isWord = (word) => (length(word) > 1 || hasDigit(word)) && length(word) <= LONGEST;

/** The words of `text`, in order; English plurals folded to the singular when `foldPlurals`. */
export const words = (text, foldPlurals) => (fold(text).match(WORD) ?? []).filter(isWord).map((word) => (foldPlurals ? singular(word) : word));

/** The index file `word` is stored in: its first two letters, as a safe file name. */
export function shardName(word) {
  const prefix = [...word].slice(0, 2).join("");
  if (/^[a-z0-9]+$/.test(prefix)) return prefix;
  return "x-" + [...new TextEncoder().encode(prefix)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
