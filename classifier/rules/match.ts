import type { VerbClass } from '../lexicon.js';
import type { TextField, ToolView } from '../view.js';
import { NONE, type Finding } from './types.js';

/** Findings for the name's action verbs of the given classes. */
export function nameVerbFindings(view: ToolView, classes: readonly VerbClass[], bases?: ReadonlySet<string>): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const v of view.nameVerbs) {
    if (!classes.includes(v.cls)) continue;
    if (bases && !bases.has(v.base)) continue;
    (out ??= []).push({ path: 'name', match: v.word });
  }
  return out ?? NONE;
}

/** Findings for the verbs the description opens with. */
export function leadVerbFindings(view: ToolView, classes: readonly VerbClass[], bases?: ReadonlySet<string>): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const v of view.leadVerbs) {
    if (!classes.includes(v.cls)) continue;
    if (bases && !bases.has(v.base)) continue;
    (out ??= []).push({ path: view.description!.path, match: v.word });
  }
  return out ?? NONE;
}

/** The first word of `words` present in the name; returns the word. */
export function nameHas(view: ToolView, words: ReadonlySet<string>): string | undefined {
  for (const t of view.nameTokens) if (words.has(t)) return t;
  return undefined;
}

/** Words of the description's first sentence (what the tool says it does). */
export function leadWords(view: ToolView): string[] {
  const d = view.description;
  if (!d) return [];
  const out: string[] = [];
  for (let i = 0; i < d.tokens.length && out.length < 60; i++) {
    const t = d.tokens[i]!;
    if (t === '.') {
      if (out.length >= 3) break;
      continue;
    }
    if (t !== ',') out.push(t);
  }
  return out;
}

/** First word of `words` in the name, then the title, then the description's first sentence. */
export function subjectHas(view: ToolView, words: ReadonlySet<string>): Finding | undefined {
  const inName = nameHas(view, words);
  if (inName) return { path: 'name', match: inName };
  if (view.title) for (const t of view.title.tokens) if (words.has(t)) return { path: view.title.path, match: t };
  for (const t of leadWords(view)) if (words.has(t)) return { path: 'description', match: t };
  return undefined;
}

/** First match of a (linear, non-backtracking) pattern in any of the fields. */
export function findPhrase(fields: readonly (TextField | null)[], re: RegExp): Finding | undefined {
  for (const f of fields) {
    if (!f) continue;
    const m = re.exec(f.lower);
    if (m) return { path: f.path, match: m[0].trim().slice(0, 120) };
  }
  return undefined;
}

export const words = (...list: string[]): ReadonlySet<string> => new Set(list);
