import type { Condition, Limit, Policy, ToolRule } from '../../core/index.js';

/**
 * What every non-native exporter needs when it translates a native policy into another language:
 * the list of tools with their decisions, short labels for notes, the characters we always escape,
 * and a check for the regular-expression dialect (RE2 in Go, the `regex` crate in Rust) that the
 * targets use.
 */

export interface ToolEntry {
  name: string;
  /** The native rule, or undefined when the tool is hidden or not listed (denied). */
  rule: ToolRule | undefined;
  hidden: boolean;
}

/**
 * Every tool the policy or the classifications mention, sorted by code unit (stable across
 * platforms), with its rule. Nameless tools are left out: they cannot be called.
 */
export function policyEntries(policy: Policy, classified: readonly { tool: string }[]): ToolEntry[] {
  const hidden = new Set(policy.hide ?? []);
  const names = new Set<string>([...Object.keys(policy.tools), ...hidden, ...classified.map((c) => c.tool)]);
  names.delete('');
  return [...names]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => {
      const listed = Object.prototype.hasOwnProperty.call(policy.tools, name);
      const isHidden = hidden.has(name) || !listed;
      return { name, rule: isHidden ? undefined : policy.tools[name], hidden: isHidden };
    });
}

/** A tool name as it appears in a note: JSON-quoted, shortened when very long. */
export function toolLabel(name: string): string {
  const max = 120;
  const points = [...name];
  if (points.length <= max) return JSON.stringify(name);
  return `${JSON.stringify(points.slice(0, max).join(''))}... (${points.length} characters)`;
}

export const describeCondition = (c: Condition): string => `${c.path} ${c.op}`;

/** A condition with its value (regular expressions left out), for messages shown to an agent. */
export function conditionText(c: Condition): string {
  if (c.op === 'regex' || c.value === undefined) return describeCondition(c);
  const value = JSON.stringify(c.value) ?? 'a value JSON cannot show';
  const points = [...value];
  return `${describeCondition(c)} ${points.length > 80 ? `${points.slice(0, 80).join('')}...` : value}`;
}

export const describeLimit = (l: Limit): string => `${l.max} per ${l.window}`;

export const describeLimits = (limits: readonly Limit[]): string => limits.map(describeLimit).join(', ');

/** True when the string holds a UTF-16 surrogate without its pair: no target can carry it. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** True when a value (string, or strings nested in arrays and objects, keys included) has a lone surrogate. */
export function valueHasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return hasLoneSurrogate(value);
  if (Array.isArray(value)) return value.some(valueHasLoneSurrogate);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => hasLoneSurrogate(k) || valueHasLoneSurrogate(v));
  }
  return false;
}

/**
 * Code points every exporter writes as an escape even where the target accepts them raw:
 * control characters, line and paragraph separators, bidirectional controls (a policy file is
 * reviewed by people, and these can make text read differently from how it parses), the byte
 * order mark and the noncharacters U+FFFE and U+FFFF.
 */
export function mustEscape(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x200e ||
    cp === 0x200f ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0xfffe ||
    cp === 0xffff
  );
}

export const hex = (cp: number, width: number): string => cp.toString(16).toUpperCase().padStart(width, '0');

/** How one target language writes a double-quoted string literal. */
export interface QuoteRules {
  /** the language, for the error on a lone surrogate */
  language: string;
  /** escapes beyond the shared \" \\ \n \r \t, by character */
  extra?: Readonly<Record<string, string>>;
  /** how a code point that must be escaped (controls, bidi, invisible) is written */
  unicode: (cp: number) => string;
}

/**
 * A double-quoted string literal: \" \\ \n \r \t everywhere, the target's extra escapes, and the
 * target's Unicode escape for anything `mustEscape` names. Throws on a lone UTF-16 surrogate, which no
 * target can carry.
 */
export function quoteString(s: string, rules: QuoteRules): string {
  if (hasLoneSurrogate(s))
    throw new RangeError(`a lone UTF-16 surrogate cannot be written as a ${rules.language} string`);
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (rules.extra?.[ch] !== undefined) out += rules.extra[ch];
    else if (mustEscape(cp)) out += rules.unicode(cp);
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Whether a pattern stays within the dialect shared by Go's RE2 (Intercept) and Rust's `regex`
 * crate (agentgateway's CEL `matches`): no lookaround, no backreferences, no atomic groups or
 * possessive quantifiers, only the escapes both engines know. Conservative: a pattern it rejects
 * may still compile somewhere, but one it accepts compiles in both.
 */
export function isPortableRegex(pattern: string): boolean {
  const escapesOk = new Set([...'dDsSwWbBAzaftnrv', 'x', 'p', 'P']);
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return false;
      if (/[A-Za-z0-9]/.test(next) && !escapesOk.has(next)) return false;
      i++;
      if ((next === 'p' || next === 'P' || next === 'x') && pattern[i + 1] === '{') {
        const close = pattern.indexOf('}', i + 1);
        if (close === -1) return false;
        i = close; // \p{...} and \x{...}: the brace is part of the escape
      }
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      // a leading ']' or '^]' is a literal inside the class
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
      continue;
    }
    if (ch === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      if (/^P?<[A-Za-z_][A-Za-z0-9_]*>/.test(rest)) continue; // named group
      if (/^(?:[imsU]+(?:-[imsU]*)?|-[imsU]+)?:/.test(rest)) continue; // non-capturing group
      if (/^(?:[imsU]+(?:-[imsU]*)?|-[imsU]+)\)/.test(rest)) continue; // flags
      return false; // lookaround, atomic group, comment, conditional, ...
    }
    if ((ch === '*' || ch === '+' || ch === '?' || ch === '}') && pattern[i + 1] === '+') return false;
  }
  return !inClass;
}

/** A file name stem that is safe on every platform, from an untrusted server name. */
export function safeFileStem(name: string): string {
  const stem = name
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80);
  return stem.length > 0 ? stem : 'server';
}
