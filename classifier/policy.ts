import {
  McpRiskError,
  formatArgPath,
  parseArgPath,
  PolicySchema,
  type Classification,
  type Condition,
  type Policy,
  type Profile,
  type ToolRule,
} from '../core/index.js';

/**
 * The ladder every profile climbs: 0 allow, 1 write-rate cap, 2 execute-rate cap, 3 approval plus a
 * low cap, 4 hidden. Balanced puts read on 0, write on 1, execute on 2, financial on 3 and
 * destructive on 4; strict moves each class one step up, permissive one step down. Unknown,
 * injected and poisoned tools are hidden in every profile; money never moves without approval.
 */
type Level = 0 | 1 | 2 | 3 | 4;

export const PROFILE_DESCRIPTIONS: Record<Profile, string> = {
  strict:
    'every class one step tighter than balanced: reads are rate-capped, writes capped at 10/minute, runs need approval, money and destruction are hidden',
  balanced:
    'reads allowed, writes capped at 30/minute, runs capped at 10/minute, money needs approval, destruction hidden',
  permissive:
    'reads and writes allowed, runs capped at 30/minute, destruction capped and approved, money needs approval',
};

const SHIFT: Record<Profile, number> = { strict: 1, balanced: 0, permissive: -1 };

function baseLevel(c: Pick<Classification, 'access' | 'category' | 'flags'>): Level {
  switch (c.category) {
    case 'read':
      return 0;
    case 'write':
      return 1;
    case 'execute':
      return c.flags.includes('host_execution') ? 3 : 2;
    case 'financial':
      return 3;
    case 'destructive':
      return 4;
    default:
      return 4;
  }
}

const clampLevel = (n: number): Level => Math.max(0, Math.min(4, n)) as Level;

function alwaysHidden(c: Classification): boolean {
  return (
    c.access === 'unknown' ||
    c.flags.includes('injection_attempt') ||
    c.flags.includes('tool_poisoning') ||
    // a look-alike name is there to be called in place of the tool it imitates
    c.flags.includes('shadowing_name') ||
    c.flags.includes('invalid_definition')
  );
}

function levelFor(c: Pick<Classification, 'access' | 'category' | 'flags'>, profile: Profile): Level {
  let level = clampLevel(baseLevel(c) + SHIFT[profile]);
  if (c.category === 'financial') level = clampLevel(Math.max(level, 3));
  return level;
}

function ruleFor(tool: string, level: Level): ToolRule {
  switch (level) {
    case 0:
      return {};
    case 1:
      return { limits: [{ counter: `${tool}_rate`, window: 'minute', max: 30, scope: 'grant' }] };
    case 2:
      return { limits: [{ counter: `${tool}_rate`, window: 'minute', max: 10, scope: 'grant' }] };
    default:
      return {
        approval: 'required',
        limits: [{ counter: `${tool}_rate`, window: 'hour', max: 5, scope: 'grant' }],
      };
  }
}

// Argument patterns are written in the dialect every target shares (RE2 and Rust's regex crate; see
// isPortableRegex): no lookaround, and flags only as one leading (?i). A DELETE is refused whether or
// not it has a WHERE clause: telling a safe WHERE from `WHERE 1=1` needs more than a pattern.
const SQL_DANGER = '(?i)\\b(drop|truncate|alter|grant|revoke)\\b|\\bdelete\\s+from\\b';
const SHELL_DANGER =
  '(?i)(\\brm\\s+-[a-z]*[rf]|\\bsudo\\b|\\bmkfs|\\bdd\\s+if=|\\bshutdown\\b|\\breboot\\b|>\\s*/dev/sd|\\bcurl\\b[^|]*\\|\\s*(ba)?sh|\\bwget\\b[^|]*\\|\\s*(ba)?sh|:\\(\\)\\s*\\{)';
const PATH_DANGER =
  '(^|/)\\.\\.(/|$)|(^|/)\\.(ssh|aws|gnupg|kube|docker)(/|$)|(^|/)(\\.env|\\.npmrc|\\.netrc|id_rsa|id_ed25519)$|^/(etc|root|proc|sys)(/|$)';
// loopback, private and link-local hosts, with or without user info, and hosts written as one number
// (http://2130706433, http://0x7f000001); file:, gopher: and ftp: at any case
const URL_DANGER =
  '(?i)^[a-z][a-z0-9+.-]*://([^/?#@]*@)?(localhost|127\\.|0\\.|10\\.|192\\.168\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.|169\\.254\\.|\\[|0x|[0-9]+([:/?#]|$)|metadata\\.google\\.internal)|^(file|gopher|ftp):';

/** The argument patterns the policy writes, by what they refuse (the rationale names them in words). */
export const ARGUMENT_PATTERNS = {
  sql: SQL_DANGER,
  shell: SHELL_DANGER,
  path: PATH_DANGER,
  url: URL_DANGER,
} as const;

/** Argument rules only where they add something the tool's own schema does not enforce. */
function argumentRules(c: Classification, level: Level): Condition[] {
  const out: Condition[] = [];
  const seen = new Set<string>();
  const add = (cond: Condition) => {
    const key = `${cond.path}|${cond.op}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(cond);
    }
  };
  // the top-level parameter an evidence path points at: inputSchema.properties.<key> or
  // inputSchema.properties["<key>"], optionally followed by .description or .enum
  const paramName = (path: string): string | undefined => {
    const prefix = 'inputSchema.properties';
    if (!path.startsWith(prefix)) return undefined;
    const keys = parseArgPath(`args${path.slice(prefix.length)}`);
    if (!keys) return undefined;
    if (keys.length === 1) return keys[0];
    if (keys.length === 2 && (keys[1] === 'description' || keys[1] === 'enum')) return keys[0];
    return undefined;
  };
  for (const e of c.evidence) {
    const p = paramName(e.path);
    if (!p) continue;
    if (e.rule === 'code.sql-param') add({ path: formatArgPath([p]), op: 'regex', value: SQL_DANGER });
    else if (e.rule === 'code.command-param')
      add({ path: formatArgPath([p]), op: 'regex', value: SHELL_DANGER });
    else if (e.rule === 'fs.path-param' && c.access !== 'read')
      add({ path: formatArgPath([p]), op: 'regex', value: PATH_DANGER });
    else if (e.rule === 'net.url-param') add({ path: formatArgPath([p]), op: 'regex', value: URL_DANGER });
  }
  // multi-action tools: block the destructive actions (or, at the top of the ladder, the ones above it)
  if (c.actions.length > 0) {
    const param = c.actions[0]!.param;
    const blocked = c.actions.filter(
      (a) => a.category === 'destructive' || a.access === 'unknown' || (level >= 4 && a.category !== 'read'),
    );
    if (blocked.length > 0 && blocked.length < c.actions.length) {
      add({ path: formatArgPath([param]), op: 'in', value: blocked.map((a) => a.value) });
    }
  }
  return out;
}

/** The rule for one tool, or null when the tool is hidden. */
export function toolRule(c: Classification, profile: Profile = 'balanced'): ToolRule | null {
  if (c.tool.length === 0 || alwaysHidden(c)) return null;
  let level = levelFor(c, profile);
  if (c.actions.length > 0 && c.flags.includes('multi_action')) {
    // a multi-action tool is placed by its most dangerous non-destructive action; destructive actions are denied by argument
    let worst: Level = 0;
    let any = false;
    for (const a of c.actions) {
      if (a.category === 'destructive') continue;
      any = true;
      worst = Math.max(
        worst,
        levelFor({ access: a.access, category: a.category, flags: a.flags }, profile),
      ) as Level;
    }
    if (any) level = worst;
  }
  if (level >= 4) return null;
  const rule: ToolRule = ruleFor(c.tool, level);
  const conditions = argumentRules(c, level);
  if (conditions.length > 0) rule.deny_if = conditions;
  return rule;
}

/** Native policy (version "1") for a set of classified tools: default deny, exact tool names. */
export function buildPolicy(
  classifications: readonly Classification[],
  profile: Profile = 'balanced',
): Policy {
  // a Map, then Object.fromEntries: a tool named "__proto__" stays an ordinary key
  const tools = new Map<string, ToolRule>();
  const hide: string[] = [];
  const sorted = [...classifications].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
  for (const c of sorted) {
    if (c.tool.length === 0) continue; // a nameless tool cannot be called, nothing to allow or hide
    if (tools.has(c.tool) || hide.includes(c.tool)) {
      // duplicate names: the stricter decision wins
      if (!toolRule(c, profile) && !hide.includes(c.tool)) {
        tools.delete(c.tool);
        hide.push(c.tool);
      }
      continue;
    }
    const rule = toolRule(c, profile);
    if (rule) tools.set(c.tool, rule);
    else hide.push(c.tool);
  }
  const entries = Object.fromEntries(tools) as Record<string, ToolRule>;
  const policy: Policy =
    hide.length > 0
      ? { version: '1', default: 'deny', hide, tools: entries }
      : { version: '1', default: 'deny', tools: entries };
  const check = PolicySchema.safeParse(policy);
  if (!check.success)
    throw new McpRiskError('internal', `generated policy does not validate: ${check.error.message}`);
  return policy;
}

/** The policy for a single tool, as shown on its catalogue page. */
export function toolPolicy(c: Classification, profile: Profile = 'balanced'): Policy {
  return buildPolicy([c], profile);
}
