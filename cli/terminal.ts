import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

// C0 and C1 controls (keeping tab), DEL, and the bidi / zero-width / tag characters that make text
// display differently from what it is. ESC is among them, so no escape sequence survives.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|\udb40[\udc00-\udc7f]/g;

/** Untrusted text made safe for one terminal line: controls removed, bidi and invisible characters shown as markers. */
export function sanitize(text: string, maxLength = 10_000): string {
  const clean = text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(INVISIBLE, '');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

export interface Styler {
  enabled: boolean;
  (style: Style, text: string): string;
}

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function makeStyler(isTTY: boolean, env: Record<string, string | undefined>): Styler {
  const enabled = isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
  const fn = ((style: Style, text: string) => (enabled ? styleText(style, text) : text)) as Styler;
  fn.enabled = enabled;
  return fn;
}

/** Display width, counting each code point as one column (good enough for a table of identifiers). */
export const width = (text: string): number => [...text].length;

export function pad(text: string, columns: number): string {
  const w = width(text);
  return w >= columns ? text : text + ' '.repeat(columns - w);
}

export function truncate(text: string, columns: number): string {
  const chars = [...text];
  return chars.length <= columns ? text : `${chars.slice(0, Math.max(0, columns - 1)).join('')}…`;
}
