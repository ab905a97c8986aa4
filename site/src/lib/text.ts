/**
 * Words and URLs shared by the pages. Everything here returns plain strings that templates render
 * with `{expr}` (escaped); nothing builds HTML.
 */
import { FLAG_DESCRIPTIONS, PolicySchema, type Category, type Flag, type Policy, type Risk } from '@core';

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

/**
 * A policy with its keys in the schema's order (version, default, hide, tools; approval, limits,
 * require, deny_if; counter, window, max, scope), whatever order it was read in: the export stores
 * canonical (sorted) JSON, the classifier builds objects in schema order, and every block, snippet
 * and download on the site must show the same text for the same policy.
 */
export const orderedPolicy = (policy: Policy): Policy => PolicySchema.parse(policy);

/** Policies are shown and downloaded in exactly this form (two-space JSON plus a final newline). */
export const policyJson = (policy: Policy): string => `${JSON.stringify(orderedPolicy(policy), null, 2)}\n`;

/** The flags that can raise a tool's risk, most serious first: the listing line names the first one present. */
const RISK_REASONS: ReadonlyArray<[Flag, string]> = [
  ['tool_poisoning', 'its text hides instructions for the agent'],
  ['injection_attempt', 'its text tries to steer the reviewer'],
  ['host_execution', 'it can run arbitrary code or commands on a host'],
  ['mass_destruction', 'one call can destroy many things at once'],
  ['financial', 'it moves money or commits someone to pay'],
  ['credentials', 'it handles secrets or credentials'],
  ['public_sink', 'other people see what it does'],
  ['destructive', 'it deletes, overwrites or stops things that may not come back'],
  ['code_execution', 'it runs code, queries or jobs the caller chooses'],
  ['private_data', 'it returns private data'],
  ['untrusted_content', 'it returns text strangers wrote, which may carry instructions'],
  ['network_egress', 'it reaches network addresses the caller chooses'],
  ['filesystem', 'it reads or writes local files'],
  ['invalid_definition', 'its definition is not a valid MCP tool'],
  ['shadowing_name', 'its name imitates another well-known tool'],
];

const BASE_REASON: Record<Category, string> = {
  read: 'it only observes',
  write: 'it changes state in a bounded way',
  execute: 'what it does depends on the arguments it is given',
  destructive: 'it deletes, overwrites or stops things',
  financial: 'it moves money or commits someone to pay',
  unknown: 'its definition does not say what it does, so it is denied',
};

/**
 * The one-line reason for a tool's RISK (not its category) in listings: the most serious flag that
 * raises risk, else what the category means. Two tools of one category at different risks read differently.
 */
export function riskReason(t: { risk: Risk; category: Category; flags: readonly string[] }): string {
  const flags = new Set(t.flags);
  const found = t.risk === 'low' ? undefined : RISK_REASONS.find(([f]) => flags.has(f));
  return `${RISK_TEXT[t.risk].label}: ${found ? found[1] : BASE_REASON[t.category]}.`;
}

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

/** One row of the parameters table: a field of the input schema, nested fields under their parent. */
export interface ParamRow {
  /** the field's own name (`[]` for the items of an array) */
  name: string;
  /** the dotted path from the top (`filter.kind`, `tags[]`), for tests and anchors */
  path: string;
  /** 0 for a top-level parameter */
  depth: number;
  type: string;
  required: boolean;
  description: string;
  /** the enum or const values, JSON, comma separated */
  values: string;
  /** the default, JSON, clipped */
  defaultValue: string;
}

/** Nested fields are shown to this depth (0 = top level); deeper objects are named, not opened. */
export const PARAM_DEPTH = 4;
const PARAM_ROWS = 300;

const rec = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

function schemaType(p: Record<string, unknown>, depth = 0): string {
  if (depth > 6) return '…';
  const t = p['type'];
  if (Array.isArray(t)) return t.filter((x) => typeof x === 'string').join(' | ') || 'any';
  if (typeof t === 'string') {
    if (t === 'array') {
      const items = rec(p['items']);
      const inner = items ? schemaType(items, depth + 1) : 'any';
      return `array of ${inner}`;
    }
    return t;
  }
  if (typeof p['$ref'] === 'string') return `reference ${clip(p['$ref'], 60)} (not followed)`;
  const variants = (
    Array.isArray(p['anyOf']) ? p['anyOf'] : Array.isArray(p['oneOf']) ? p['oneOf'] : null
  ) as unknown[] | null;
  if (variants) {
    const types = [
      ...new Set(variants.slice(0, 20).map((v) => (rec(v) ? schemaType(rec(v)!, depth + 1) : 'any'))),
    ];
    return types.slice(0, 6).join(' | ');
  }
  if ('const' in p) return typeof p['const'];
  if (rec(p['properties'])) return 'object';
  if ('enum' in p) return 'enum';
  return 'any';
}

const jsonText = (v: unknown, max: number): string => {
  try {
    return clip(JSON.stringify(v) ?? String(v), max);
  } catch {
    return '(not JSON)';
  }
};

/**
 * The fields of an input schema as table rows: top-level parameters and, under each, the fields of
 * nested objects and of array items, to PARAM_DEPTH levels, with types, enums, defaults and required
 * marks. Bounded (PARAM_ROWS rows, 200 properties per object), iterative order, no `$ref` followed.
 */
export function paramRows(inputSchema: Record<string, unknown>): ParamRow[] {
  const rows: ParamRow[] = [];
  const walk = (schema: Record<string, unknown>, prefix: string, depth: number): void => {
    const props = rec(schema['properties']);
    if (!props) return;
    const required = new Set(
      Array.isArray(schema['required']) ? schema['required'].filter((x) => typeof x === 'string') : [],
    );
    for (const [name, raw] of Object.entries(props).slice(0, 200)) {
      if (rows.length >= PARAM_ROWS) return;
      const p = rec(raw) ?? {};
      const path = prefix ? `${prefix}.${name}` : name;
      rows.push(row(name, path, depth, p, required.has(name)));
      descend(p, path, depth);
    }
  };
  const row = (
    name: string,
    path: string,
    depth: number,
    p: Record<string, unknown>,
    required: boolean,
  ): ParamRow => ({
    name,
    path,
    depth,
    type: schemaType(p),
    required,
    description: typeof p['description'] === 'string' ? p['description'] : '',
    values: Array.isArray(p['enum'])
      ? p['enum']
          .slice(0, 50)
          .map((v) => jsonText(v, 80))
          .join(', ')
      : 'const' in p
        ? jsonText(p['const'], 80)
        : '',
    defaultValue: 'default' in p ? jsonText(p['default'], 120) : '',
  });
  const descend = (p: Record<string, unknown>, path: string, depth: number): void => {
    if (depth + 1 > PARAM_DEPTH || rows.length >= PARAM_ROWS) return;
    if (rec(p['properties'])) walk(p, path, depth + 1);
    const items = rec(p['items']);
    if (items && (rec(items['properties']) || rec(items['items']))) {
      const itemPath = `${path}[]`;
      if (rec(items['properties'])) walk(items, itemPath, depth + 1);
      else {
        rows.push(row('[]', itemPath, depth + 1, items, false));
        descend(items, itemPath, depth + 1);
      }
    }
    const variants = Array.isArray(p['anyOf']) ? p['anyOf'] : Array.isArray(p['oneOf']) ? p['oneOf'] : [];
    for (const v of variants.slice(0, 6)) {
      const obj = rec(v);
      if (obj && rec(obj['properties'])) walk(obj, path, depth + 1);
    }
  };
  walk(inputSchema, '', 0);
  return rows;
}

export const ANNOTATION_HINTS = [
  'readOnlyHint',
  'destructiveHint',
  'idempotentHint',
  'openWorldHint',
] as const;

export const hintText = (value: unknown): string =>
  value === undefined ? 'not declared' : typeof value === 'boolean' ? String(value) : JSON.stringify(value);

/**
 * An address that may be a link: http(s) only, no user name or password in it. Anything else (a
 * `javascript:` or `file:` URL, a bare word, a relative path) returns null and is shown as text.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > 2_000) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** The npm page of a package (and version), or null when the name is not an npm package name. */
export function npmUrl(pkg: string, version?: string): string | null {
  if (!NPM_NAME.test(pkg) || pkg.length > 214) return null;
  const v =
    version && /^[0-9A-Za-z.+-]{1,100}$/.test(version) && version !== 'unknown' ? `/v/${version}` : '';
  return `https://www.npmjs.com/package/${pkg}${v}`;
}
