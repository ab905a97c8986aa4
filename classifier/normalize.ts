/**
 * Text normalisation for matching. Invisible characters are removed (and reported) so that
 * `de\u200Blete_user` matches like `delete_user`; NFKC folds compatibility forms (full-width
 * letters, ligatures); a small confusables map folds Cyrillic and Greek look-alikes to Latin.
 * Pure and linear in the input length; ASCII input takes a fast path.
 */
export interface NormalizedText {
  text: string;
  /** zero-width, soft hyphen, word joiner, BOM, variation selectors or Unicode tag characters were removed */
  hidden: boolean;
  /** bidirectional control characters were present (removed for matching) */
  bidi: boolean;
  /** look-alike letters from other scripts were folded to Latin */
  confusable: boolean;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const HIDDEN =
  /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]|\udb40[\udc00-\udc7f]|\udb40[\udd00-\uddef]|(?<=[a-z0-9])[\ufe00-\ufe0f]/gi;
/** Variation selectors after a symbol are how emoji are written (\u26a0\ufe0f): stripped, not flagged. */
const EMOJI_VARIATION = /[\ufe00-\ufe0f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Every character the four passes above can remove (HIDDEN, EMOJI_VARIATION, LONE_SURROGATE, BIDI).
 * Most non-ASCII text (accents, dashes, curly quotes) has none, and then skips all four passes.
 */
const STRIPPABLE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]|[\ufe00-\ufe0f]/;

const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/;
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

export function normalizeText(input: string): NormalizedText {
  if (ASCII.test(input)) return { text: input, hidden: false, bidi: false, confusable: false };
  let text = input;
  let hidden = false;
  let bidi = false;
  let confusable = false;
  if (STRIPPABLE.test(text)) {
    // removing one invisible character can join the halves of another (a tag character split by a
    // zero-width space): repeat until nothing changes, then drop any surrogate left without its pair
    for (let pass = 0; pass < 4; pass++) {
      const before = text;
      text = text.replace(HIDDEN, () => {
        hidden = true;
        return '';
      });
      if (text === before) break;
    }
    text = text.replace(EMOJI_VARIATION, '');
    text = text.replace(LONE_SURROGATE, () => {
      hidden = true;
      return '';
    });
    text = text.replace(BIDI, () => {
      bidi = true;
      return '';
    });
  }
  text = text.normalize('NFKC'); // Only fold look-alikes inside words that are otherwise Latin: real Cyrillic or Greek prose stays as it is.
  if (!GREEK_OR_CYRILLIC.test(text)) return { text, hidden, bidi, confusable };
  text = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!/[a-zA-Z]/.test(word) || !CONFUSABLE_RE.test(word)) return word;
    CONFUSABLE_RE.lastIndex = 0;
    confusable = true;
    return word.replace(CONFUSABLE_RE, (ch) => CONFUSABLES[ch] ?? ch);
  });
  CONFUSABLE_RE.lastIndex = 0;
  return { text, hidden, bidi, confusable };
}
