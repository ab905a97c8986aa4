/**
 * Words and URLs shared by the pages. Everything here returns plain strings that templates render
 * with `{expr}` (escaped); nothing builds HTML.
 */
import { FLAG_DESCRIPTIONS, type Category, type Flag, type Policy, type Risk } from '@core';

export const toolUrl = (server: string, tool: string): string => `/tools/${server}/${tool}/`;
export const toolJsonUrl = (server: string, tool: string): string => `/tools/${server}/${tool}.json`;
export const serverUrl = (server: string): string => `/servers/${server}/`;
export const serverJsonUrl = (server: string): string => `/servers/${server}.json`;
export const riskUrl = (risk: Risk): string => `/risk/${risk}/`;
export const categoryUrl = (category: Category): string => `/category/${category}/`;

export const RISK_TEXT: Record<Risk, { label: string; meaning: string }> = {
  low: { label: 'Low', meaning: 'observes without changing anything, and touches nothing sensitive' },
  medium: { label: 'Medium', meaning: 'changes state the caller can usually undo, or reads sensitive data' },
  high: {
    label: 'High',
    meaning: 'acts with effects that depend on its arguments, or that others can see or cannot easily undo',
  },
  critical: { label: 'Critical', meaning: 'can run arbitrary code, move money or destroy data in bulk' },
};

export const CATEGORY_TEXT: Record<Category, { label: string; meaning: string; advice: string }> = {
  read: {
    label: 'Read',
    meaning: 'looks things up and returns them; the world is the same after the call',
    advice: 'Allow it; watch what it returns if the data is private or written by strangers.',
  },
  write: {
    label: 'Write',
    meaning: 'creates or changes records, files or messages',
    advice: 'Allow it with a rate limit so a looping agent cannot flood the server.',
  },
  execute: {
    label: 'Execute',
    meaning: 'starts something (a job, a query, a command, a workflow) whose effects depend on the arguments',
    advice: 'Cap its call rate and constrain the free-form arguments it accepts.',
  },
  destructive: {
    label: 'Destructive',
    meaning: 'deletes, overwrites or terminates things',
    advice: 'Hide it from agents, or allow only the safe actions of a multi-action tool.',
  },
  financial: {
    label: 'Financial',
    meaning: 'moves money or creates a financial obligation',
    advice: 'Require a person to approve each call, and keep a low cap.',
  },
  unknown: {
    label: 'Unknown',
    meaning: 'its definition does not say enough to tell what it does',
    advice: 'Deny it until someone has read the server’s documentation.',
  },
};

export const flagText = (flag: string): string => FLAG_DESCRIPTIONS[flag as Flag] ?? flag;
export const flagLabel = (flag: string): string => flag.replace(/_/g, ' ');

/** Policies are shown and downloaded in exactly this form (two-space JSON plus a final newline). */
export const policyJson = (policy: Policy): string => `${JSON.stringify(policy, null, 2)}\n`;

/** A long untrusted string cut for titles and table cells; the full text stays on the tool page. */
export function clip(text: string, max = 160): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Shown where a name is empty, so a heading is never blank. The real (empty) name is still in the JSON twin. */
export const displayName = (name: string): string => (name.trim() === '' ? '(unnamed tool)' : name);

export const formatDate = (iso: string | null): string => (iso ? iso.slice(0, 10) : 'never');

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Parameters of an input schema, one level deep plus required markers, for the parameters table. */
export interface ParamRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
  values: string;
}

export function paramRows(inputSchema: Record<string, unknown>): ParamRow[] {
  const props = inputSchema['properties'];
  if (!props || typeof props !== 'object' || Array.isArray(props)) return [];
  const required = new Set(
    Array.isArray(inputSchema['required'])
      ? (inputSchema['required'] as unknown[]).filter((x) => typeof x === 'string')
      : [],
  );
  return Object.entries(props as Record<string, unknown>)
    .slice(0, 200)
    .map(([name, raw]) => {
      const p = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      const type = Array.isArray(p['type'])
        ? (p['type'] as unknown[]).join(' | ')
        : typeof p['type'] === 'string'
          ? p['type']
          : p['anyOf'] || p['oneOf']
            ? 'one of several'
            : 'any';
      const en = Array.isArray(p['enum'])
        ? (p['enum'] as unknown[])
            .slice(0, 50)
            .map((v) => JSON.stringify(v))
            .join(', ')
        : '';
      return {
        name,
        type,
        required: required.has(name),
        description: typeof p['description'] === 'string' ? p['description'] : '',
        values: en,
      };
    });
}

export const ANNOTATION_HINTS = [
  'readOnlyHint',
  'destructiveHint',
  'idempotentHint',
  'openWorldHint',
] as const;

export const hintText = (value: unknown): string =>
  value === undefined ? 'not declared' : typeof value === 'boolean' ? String(value) : JSON.stringify(value);
