import { findPhrase, words } from './match.js';
import { NONE, type Rule } from './types.js';
import { textFields, type Param, type ToolView } from '../view.js';

const COMMAND_WORDS = words(
  'command',
  'cmd',
  'commands',
  'shell',
  'bash',
  'powershell',
  'cmdline',
  'commandline',
  'sh',
  'zsh',
);
const CODE_WORDS = words(
  'script',
  'code',
  'javascript',
  'js',
  'python',
  'py',
  'snippet',
  'program',
  'function',
  'func',
  'expression',
  'expr',
  'eval',
  'lua',
  'ruby',
  'typescript',
  'ts',
  'applescript',
  'vbscript',
  'source',
  'jscode',
  'pycode',
);
const SQL_WORDS = words('sql', 'cypher', 'sparql', 'hql', 'kql', 'plsql', 'tsql', 'sqlquery');
const QUERY_WORDS = words('query', 'statement', 'stmt', 'queries', 'statements');
/** A trailing token that makes the parameter a reference, not the code itself (command_id, script_name). */
const REFERENCE_SUFFIX = words(
  'id',
  'ids',
  'name',
  'names',
  'type',
  'types',
  'status',
  'index',
  'key',
  'count',
  'path',
  'file',
  'url',
  'timeout',
  'language',
  'lang',
);
const CODE_CONTEXT =
  /\b(?:javascript|typescript|python|java ?script|source code|code to (?:run|execute|evaluate)|shell|bash|execute[sd]?|evaluate[sd]?|eval|run|runs|function body|lambda|interpreter|repl)\b/;
/** A parameter that names or identifies code rather than carrying it. */
const REFERENCE_DESCRIPTION =
  /\b(?:name|id|identifier|slug|path|url) of\b|\bscript (?:name|id)\b|\bthat implements\b|\b(?:project|datacenter|data center|country|currency|language|region|zip|postal|status|error|promo|coupon|discount|verification|authori[sz]ation|auth|invite|invitation|referral|tracking|product|account|airport|station|stock|ticker) codes?\b/;
const SQL_CONTEXT =
  /\b(?:sql|select (?:statement|query)|ddl|dml|postgres(?:ql)?|mysql|mariadb|sqlite|duckdb|snowflake|bigquery|clickhouse|redshift|mssql|t-sql|cypher|neo4j|sparql|graphql|query language)\b/;
const SEARCH_CONTEXT =
  /\b(?:search (?:term|terms|string|text|query|keywords?)|keywords?|full[- ]text|natural language|free[- ]text|to search for|search for)\b/;
const SQL_WRITE =
  /\b(?:insert|update|delete|drop|alter|create table|truncate|ddl|dml|any sql|arbitrary sql|write queries|writes?)\b/;

/** Words before "code" that make it code to run ("python_code", "source_code"), not an identifier ("datacenter_code"). */
const CODE_KINDS = words(
  'source',
  'custom',
  'raw',
  'inline',
  'user',
  'test',
  'init',
  'setup',
  'main',
  'module',
  'component',
  'page',
  'app',
  'snippet',
  'new',
  'updated',
  'full',
);
const LANGUAGES = words(
  'javascript',
  'js',
  'python',
  'py',
  'lua',
  'luau',
  'ruby',
  'typescript',
  'ts',
  'applescript',
  'vbscript',
  'jscode',
  'pycode',
  'script',
  'function',
  'func',
  'apex',
  'groovy',
  'gdscript',
  'php',
  'perl',
  'java',
  'kotlin',
  'swift',
  'csharp',
  'vba',
  'julia',
  'elixir',
  'shell',
  'bash',
  'powershell',
  'wasm',
  'solidity',
  'move',
  'rust',
  'golang',
  'cpp',
  'node',
  'deno',
  'jsx',
  'tsx',
  'html',
  'css',
);

const isReference = (p: Param): boolean => {
  const t = p.nameTokens;
  if (t.length > 1 && REFERENCE_SUFFIX.has(t[t.length - 1]!)) return true;
  // "<something>_code" names a code of that thing (a datacenter, a country, a project) unless the
  // something says what kind of program it is
  return (
    t.length > 1 &&
    t[t.length - 1] === 'code' &&
    !t.slice(0, -1).some((w) => LANGUAGES.has(w) || CODE_KINDS.has(w))
  );
};

/** A parameter's description that says it carries a command for a shell, whatever its name. */
const SHELL_DESCRIBED =
  /^(?:the |a |an )?(?:shell|bash|sh|zsh|terminal|system|os|unix|linux|powershell|cmd) command(?: line)?(?: to (?:run|execute)| that (?:is|will be|gets) (?:run|executed))?(?=$|[\s.,;:(])|\b(?:shell|bash|terminal|powershell) commands? to (?:run|execute)\b|\bcommands? to (?:run|execute) (?:in|on|with) (?:the |a )?(?:shell|terminal|host|machine|system|bash)\b/;

const hasAny = (tokens: string[], set: ReadonlySet<string>): string | undefined =>
  tokens.find((t) => set.has(t));

function paramContext(view: ToolView, p: Param, re: RegExp): boolean {
  if (p.description && re.test(p.description.lower)) return true;
  if (view.description && re.test(view.description.lower.slice(0, 2000))) return true;
  if (re.test(view.nameLower.replace(/[_-]/g, ' '))) return true;
  return false;
}

/** The tool's action is searching: its name's verb, or the verb its description opens with. */
function searches(view: ToolView): boolean {
  const verb = view.nameVerbs[0] ?? view.leadVerbs[0];
  return verb !== undefined && (verb.base === 'search' || verb.base === 'find');
}

function serverIs(view: ToolView, re: RegExp): boolean {
  return !!view.server?.fields.some((f) => re.test(f.lower.slice(0, 600)));
}

const READ_ONLY_CLAIM =
  /\bread[- ]only\b|\bselect[- ]only\b|\bonly (?:select|read)\b|\bselect (?:queries|statements) only\b|^(?:execute|run)s? (?:an? |the )?(?:(?:custom|raw|sql|single)\s+){0,2}select (?:query|queries|statements?)\b|^(?:the |an? )?(?:sql )?select (?:query|statement)\b|\bonly select\b/;

/** Where the tool or the query parameter says only reading statements are run, and nothing says writes are allowed. */
function readOnlyClaim(view: ToolView, p: Param): { path: string; match: string } | undefined {
  const fields = [view.description, p.description];
  if (fields.some((f) => f && SQL_WRITE.test(f.lower))) return undefined;
  for (const f of fields) {
    const m = f && READ_ONLY_CLAIM.exec(f.lower);
    if (m) return { path: f.path, match: m[0] };
  }
  return undefined;
}

/**
 * A parameter that sets how a process is launched: its executable, its command-line arguments or a
 * library's launch options (Puppeteer's LaunchOptions hold executablePath and args). Whoever sets it
 * decides what binary runs on the host, with which flags.
 */
const LAUNCH_NAME =
  /^(?:launch ?(?:options|opts|args|arguments|config)|executable ?path|exec ?path|binary ?path|(?:browser|chrome|chromium|process) ?(?:args|arguments|flags))$/;
/** how every match of LAUNCH_NAME starts: the name's first word, checked before its words are joined */
const LAUNCH_NAME_START = /^(?:launch|exec|binary|browser|chrom|process)/;
const LAUNCH_DESCRIBED =
  /\blaunch ?options\b|\bexecutable ?path\b|\bcommand[- ]line (?:arguments|flags|args) (?:for|passed to|of) the (?:browser|process|binary)\b/;

/** Text every match of RUNS_CODE contains. */
const MAY_RUN = /exec|run|eval/;
const RUNS_CODE =
  /\b(?:execut(?:e|es)|runs?|evaluat(?:e|es)|eval)\s+(?:an?\s+|the\s+|any\s+|arbitrary\s+|custom\s+|raw\s+|given\s+|provided\s+)?(?:shell|terminal|bash|system|cli|javascript|js|python|typescript|sql|cypher|code|scripts?|commands?|queries|query|statements?|programs?)\b/;
const RUNS_ON_HOST = /shell|terminal|bash|system|cli|command|python|code|script|program/;

export const codeRules: Rule[] = [
  {
    id: 'code.launch-options',
    family: 'code',
    title: 'Sets how a process is launched',
    effect: { access: 'execute', flag: 'host_execution', minRisk: 'critical' },
    strength: 'strong',
    rationale:
      'the parameter "{match}" sets the executable or the launch arguments of a process the tool starts, so the caller decides what runs on the host',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0) continue;
        if (p.type === 'boolean' || p.type === 'number' || p.type === 'integer') continue;
        if (
          (LAUNCH_NAME_START.test(p.nameTokens[0] ?? '') && LAUNCH_NAME.test(p.nameTokens.join(' '))) ||
          (p.description && LAUNCH_DESCRIBED.test(p.description.lower))
        )
          return [{ path: p.path, match: p.name }];
      }
      return NONE;
    },
  },
  {
    id: 'code.command-param',
    family: 'code',
    title: 'Takes a shell command',
    effect: { access: 'execute', flag: 'host_execution', minRisk: 'critical' },
    strength: 'strong',
    rationale:
      'the parameter "{match}" carries a command to run, so the caller decides what runs on the host',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0 || isReference(p)) continue;
        if (p.type !== null && p.type !== 'string' && p.type !== 'array') continue;
        // the name's words first: a set lookup per word, where the description's pattern scans its text
        if (!hasAny(p.nameTokens, COMMAND_WORDS)) continue;
        if (p.description && REFERENCE_DESCRIPTION.test(p.description.lower)) continue;
        return [{ path: p.path, match: p.name }];
      }
      return NONE;
    },
  },
  {
    id: 'code.command-described',
    family: 'code',
    title: 'A parameter described as a shell command',
    effect: { access: 'execute', flag: 'host_execution', minRisk: 'critical' },
    strength: 'strong',
    rationale:
      'the parameter\'s description says it is "{match}", whatever the parameter is called, so the caller decides what runs on the host',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0 || !p.description) continue;
        if (p.type !== null && p.type !== 'string') continue;
        const m = SHELL_DESCRIBED.exec(p.description.lower);
        if (m) return [{ path: p.path, match: m[0] }];
      }
      return NONE;
    },
  },
  {
    id: 'code.script-param',
    family: 'code',
    title: 'Takes code to run',
    effect: { access: 'execute', flag: 'code_execution', minRisk: 'critical' },
    strength: 'strong',
    rationale: 'the parameter "{match}" carries code that the tool runs or evaluates',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0 || isReference(p)) continue;
        if (p.type !== null && p.type !== 'string') continue;
        if (!hasAny(p.nameTokens, CODE_WORDS)) continue;
        if (p.description && REFERENCE_DESCRIPTION.test(p.description.lower)) continue;
        if (paramContext(view, p, CODE_CONTEXT)) return [{ path: p.path, match: p.name }];
      }
      return NONE;
    },
  },
  {
    id: 'code.sql-param',
    family: 'code',
    title: 'Takes a database query',
    effect: { access: 'execute', flag: 'code_execution', minRisk: 'high' },
    strength: 'strong',
    rationale: 'the parameter "{match}" carries a free-form query that the database runs as given',
    phase: 'definition',
    detect: (view) => {
      for (const p of view.params) {
        if (p.depth > 1 || p.enumValues.length > 0 || isReference(p)) continue;
        if (p.type !== null && p.type !== 'string') continue;
        const sql = hasAny(p.nameTokens, SQL_WORDS);
        if (!sql) {
          if (!hasAny(p.nameTokens, QUERY_WORDS)) continue;
          if (p.description && SEARCH_CONTEXT.test(p.description.lower)) continue;
          // a tool named for searching takes a search query ("search_local_docs(query)"), unless its
          // query is written in SQL
          if (searches(view) && !(p.description && /\bsql\b/.test(p.description.lower))) continue;
          if (!paramContext(view, p, SQL_CONTEXT) && !serverIs(view, SQL_CONTEXT)) continue;
        }
        // the definition says only SELECT statements run (LABELS.md worked example 1: a query the
        // server confines to reading is a private read)
        const claim = readOnlyClaim(view, p);
        if (claim)
          return [
            {
              path: claim.path,
              match: claim.match,
              effect: { access: 'read', flag: 'private_data', minRisk: 'medium' },
            },
          ];
        return [{ path: p.path, match: p.name }];
      }
      return NONE;
    },
  },
  {
    id: 'code.query-pipeline',
    family: 'code',
    title: 'Takes a query pipeline',
    effect: { access: 'execute', flag: 'code_execution', minRisk: 'high' },
    strength: 'strong',
    rationale:
      'the parameter "{match}" is a sequence of query stages that the database runs as given, and stages can write',
    phase: 'definition',
    detect: (view) => {
      const p = view.params.find(
        (q) => q.depth === 0 && (q.name === 'pipeline' || q.name === 'stages') && q.type === 'array',
      );
      if (!p) return NONE;
      const ctx = `${p.description?.lower ?? ''} ${view.description?.lower.slice(0, 500) ?? ''}`;
      return /\b(?:aggregat\w*|stages?|\$match|\$group|mongo\w*|database|collection)\b/.test(ctx)
        ? [{ path: p.path, match: p.name }]
        : NONE;
    },
  },
  {
    id: 'code.sql-write',
    family: 'code',
    title: 'Query can change the database',
    effect: { minRisk: 'critical' },
    strength: 'weak',
    rationale: 'the definition says the query may "{match}", so it can change or destroy data',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (!verdict.flags.has('code_execution') || verdict.flags.has('host_execution')) return NONE;
      const f = findPhrase([view.description, ...view.params.map((p) => p.description)], SQL_WRITE);
      return f ? [f] : NONE;
    },
  },
  {
    id: 'code.description',
    family: 'code',
    title: 'Description says it runs commands or code',
    effect: { access: 'execute', flag: 'code_execution' },
    strength: 'strong',
    rationale: 'the definition says it will "{match}"',
    phase: 'definition',
    detect: (view) => {
      if (!MAY_RUN.test(view.allText)) return NONE;
      const f = findPhrase(textFields(view), RUNS_CODE);
      if (!f) return NONE;
      const host = RUNS_ON_HOST.test(f.match);
      return [
        {
          ...f,
          effect: host
            ? { access: 'execute', flag: 'host_execution', minRisk: 'critical' }
            : { access: 'execute', flag: 'code_execution' },
        },
      ];
    },
  },
];
