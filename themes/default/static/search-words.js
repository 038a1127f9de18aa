// Words as the search index spells them: the rules of src/search/words.rs, for the
// search page, with the Snowball stemmers the index was built with (snowball/). A query
// only finds what both spell alike; tests/search_words.json holds the cases both are
// tested against.
const LONGEST = 40;
const STEMMERS = { en: "english", fr: "french", es: "spanish", ru: "russian" };

/** A word as a text writes it, accents and soft hyphens included: what `surfaceWords` reads as one word at most, or as pairs of Chinese characters. */
export const WRITTEN_WORD = /[\p{Alphabetic}\p{N}\p{M}\u00AD]+/gu;

const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{Alphabetic}\p{N}]/u;
const NUMBER = /\p{N}/u;
// Chinese characters and Japanese kana, with the letters used with them (ー): no space divides them into words.
const WITHOUT_SPACES = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;
const writtenWithoutSpaces = (c) => LETTER_OR_DIGIT.test(c) && WITHOUT_SPACES.test(c);
// A soft hyphen (a PDF's line breaking) and the tatweel (a stretched Arabic word) end no word.
const IGNORED = new Set(["\u00AD", "\u0640"]);
// Arabic letters written several ways, spelled one way; and Greek final sigma as σ.
const FOLDED = { "ς": "σ", "ٱ": "ا", "ى": "ي", "ة": "ه" };
const letters = (word) => [...word].filter((c) => !MARK.test(c)).length;

const isWord = (word) => {
  const length = letters(word);
  return length <= LONGEST && (length > 1 || /[0-9]/.test(word) || [...word].some(writtenWithoutSpaces));
};

/**
 * The words of `text`, in order, whatever its language: lower case, accents kept,
 * single letters left out, and each run of Chinese characters as its overlapping pairs
 * (or its one character).
 */
export function surfaceWords(text) {
  const found = [];
  const emit = (word) => {
    if (isWord(word)) found.push(word);
  };
  let word = "";
  let run = [];
  const endWord = () => {
    if (word) emit(MARK.test(word) ? word.normalize("NFC") : word);
    word = "";
  };
  const endRun = () => {
    if (run.length === 1) emit(run[0]);
    for (let i = 0; i + 1 < run.length; i++) emit(run[i] + run[i + 1]);
    run = [];
  };
  for (const c of text) {
    if (IGNORED.has(c)) continue;
    if (MARK.test(c)) {
      // A mark belongs to the letter before it; with none, it is dropped.
      if (word) word += c;
      continue;
    }
    if (writtenWithoutSpaces(c)) {
      endWord();
      for (const part of c.normalize("NFD")) if (!MARK.test(part)) run.push(part);
      continue;
    }
    endRun();
    if (LETTER_OR_DIGIT.test(c)) word += c.toLowerCase();
    else endWord();
  }
  endWord();
  endRun();
  return found;
}

// Accents dropped, and the letters of FOLDED spelled one way.
function fold(word) {
  if (/^[\x00-\x7F]*$/.test(word)) return word;
  return [...word.normalize("NFD")].filter((c) => !MARK.test(c)).map((c) => FOLDED[c] ?? c).join("");
}

/**
 * How a word of `surfaceWords` is spelled in the index for a document in `language`
 * ("en", "fr", …): stemmed unless it holds a digit, then folded. Loads the language's
 * stemmer first, so it returns a promise of the function.
 */
export async function termRule(language) {
  const name = STEMMERS[language];
  if (!name) return fold;
  const { default: Stemmer } = await import(`./snowball/${name}-stemmer.js`);
  const stemmer = new Stemmer();
  return (word) => {
    if (NUMBER.test(word)) return fold(word);
    // The Russian stemmer reads ё as е, as its authors advise callers to.
    return fold(stemmer.stemWord(language === "ru" ? word.replaceAll("ё", "е") : word));
  };
}

/** The index file `word` is stored in: its first two letters (one, for Chinese), as a safe file name. */
export function shardName(word) {
  const chars = [...word];
  const prefix = chars.slice(0, chars.length && writtenWithoutSpaces(chars[0]) ? 1 : 2).join("");
  if (/^[a-z0-9]+$/.test(prefix)) return prefix;
  return "x-" + [...new TextEncoder().encode(prefix)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
