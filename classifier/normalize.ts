import { ASCII_SKELETON, CONFUSABLE_PAIRS } from './confusables.generated.js';

/**
 * Text normalisation for matching. Invisible characters are removed (and reported) so that
 * `de\u200Blete_user` matches like `delete_user`; NFKC folds compatibility forms (full-width
 * letters, ligatures); Unicode's confusables data folds look-alike letters of other scripts to ASCII.
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
 * Every character HIDDEN, EMOJI_VARIATION, LONE_SURROGATE and BIDI can remove: text without any (most
 * non-ASCII text: accents, dashes, quotes) skips those four passes, which would each scan it for nothing.
 */
const REMOVABLE =
  /[\ufe00-\ufe0f]|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/;

/** Look-alike letter -> the ASCII it looks like (Unicode confusables.txt; see confusables.generated.ts). */
const FOLD = new Map<string, string>();
for (const entry of CONFUSABLE_PAIRS.split(' ')) {
  const ch = String.fromCodePoint(entry.codePointAt(0)!);
  FOLD.set(ch, entry.slice(ch.length));
}
/** Code units that start a foldable character: one bit per BMP code unit (an astral look-alike marks its high surrogate). */
const FOLDABLE_UNIT = new Uint8Array(0x10000);
for (const ch of FOLD.keys()) FOLDABLE_UNIT[ch.charCodeAt(0)] = 1;
/** Does the text hold a character that may fold? One pass over code units, no pattern. */
function hasFoldable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && FOLDABLE_UNIT[c] === 1) return true;
  }
  return false;
}
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_LETTER = /[a-zA-Z]/;
const NON_ASCII_LETTER = /[^\u0000-\u007f]/g; // eslint-disable-line no-control-regex

/**
 * Folds look-alike letters to ASCII, word by word. A word that mixes Latin letters with look-alikes is
 * always folded (`dеlete`, Cyrillic е); a word written wholly in look-alikes (`ехес`, all Cyrillic) is
 * folded in an identifier, and in text only where Latin letters dominate the text, so that Russian or
 * Greek prose stays as it is.
 */
function foldConfusables(text: string, identifier: boolean): { text: string; confusable: boolean } {
  if (!hasFoldable(text)) return { text, confusable: false };
  let confusable = false;
  let latinDominant: boolean | undefined;
  const out = text.replace(WORD, (word) => {
    if (!hasFoldable(word)) return word;
    if (!LATIN_LETTER.test(word)) {
      // every letter must have a fold: a real word of another script has letters that look like nothing Latin
      for (const ch of word) if (!FOLD.has(ch) && ch.charCodeAt(0) >= 0x80) return word;
      if (!identifier) {
        if (latinDominant === undefined) {
          let latin = 0;
          for (let i = 0; i < text.length && latin < 1_000_000; i++) {
            const c = text.charCodeAt(i) | 32;
            if (c >= 97 && c <= 122) latin++;
          }
          latinDominant = latin > (text.match(NON_ASCII_LETTER)?.length ?? 0);
        }
        if (!latinDominant) return word;
      }
    }
    let folded = '';
    for (const ch of word) folded += FOLD.get(ch) ?? ch;
    if (folded !== word) confusable = true;
    return folded;
  });
  return { text: out, confusable };
}

/** Skeleton of an identifier for look-alike comparison: look-alikes folded, then I/1 -> l, 0 -> O, m -> rn, lower-cased. */
export function skeletonOf(name: string): string {
  let text = normalizeText(name, 'identifier').text;
  let out = '';
  for (const ch of text) out += ASCII_SKELETON[ch] ?? ch;
  text = out.toLowerCase();
  return text;
}

/**
 * `identifier` (tool and parameter names) also folds words written wholly in look-alike letters.
 */
export function normalizeText(input: string, mode: 'text' | 'identifier' = 'text'): NormalizedText {
  if (ASCII.test(input)) return { text: input, hidden: false, bidi: false, confusable: false };
  let text = input;
  let hidden = false;
  let bidi = false;
  if (!REMOVABLE.test(text)) return finish(text, mode, hidden, bidi);
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
  return finish(text, mode, hidden, bidi);
}

/** NFKC, then look-alike letters folded (non-ASCII text only). */
function finish(text: string, mode: 'text' | 'identifier', hidden: boolean, bidi: boolean): NormalizedText {
  text = text.normalize('NFKC');
  if (ASCII.test(text)) return { text, hidden, bidi, confusable: false };
  const folded = foldConfusables(text, mode === 'identifier');
  return { text: folded.text, hidden, bidi, confusable: folded.confusable };
}
