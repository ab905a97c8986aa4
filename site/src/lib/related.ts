/**
 * Related tools by what they do. A tool's name is split into its action verb and the objects it acts
 * on (`run_pipeline` -> run + pipeline, `browser_select_option` -> select + option; words of the
 * server's own name, like `browser` or `gitlab`, are not objects). Verbs and objects are folded into
 * small synonym groups (run/trigger/execute, job/pipeline/workflow, issue/ticket), then candidates on
 * other servers are ranked:
 *
 *   shared object (rarer objects count more, the same word more than a synonym) > same verb group >
 *   same access > same category > same risk
 *
 * A candidate must share an object, or share the verb group AND the access: a tool with neither is never
 * offered, however empty the list (so a browser's select_option is never "related" to a CI trigger).
 * Built once per build from the index; each page scans at most a few hundred candidates.
 */

export interface RelatedCandidate {
  server: string;
  slug: string;
  name: string;
  risk: string;
  category: string;
  access?: string | undefined;
}

const VERB_GROUPS: Record<string, string[]> = {
  run: [
    'run',
    'execute',
    'exec',
    'trigger',
    'start',
    'launch',
    'invoke',
    'dispatch',
    'kick',
    'rerun',
    'retry',
  ],
  get: ['get', 'fetch', 'read', 'retrieve', 'show', 'describe', 'view', 'inspect', 'lookup', 'download'],
  list: ['list', 'search', 'find', 'query', 'browse', 'enumerate', 'filter'],
  create: ['create', 'add', 'new', 'insert', 'make', 'open', 'register', 'upload'],
  update: ['update', 'edit', 'modify', 'set', 'patch', 'change', 'rename', 'move', 'assign', 'configure'],
  delete: ['delete', 'remove', 'destroy', 'drop', 'purge', 'erase', 'clear', 'wipe', 'archive'],
  send: ['send', 'post', 'publish', 'reply', 'notify', 'email', 'message', 'comment', 'share'],
  stop: ['stop', 'cancel', 'abort', 'terminate', 'kill', 'halt', 'pause'],
  deploy: ['deploy', 'release', 'promote', 'rollout', 'rollback', 'apply'],
  pay: ['pay', 'charge', 'refund', 'transfer', 'invoice', 'purchase', 'buy', 'withdraw'],
  click: ['click', 'select', 'type', 'press', 'hover', 'scroll', 'drag', 'fill', 'navigate', 'screenshot'],
  merge: ['merge', 'approve', 'close', 'reopen', 'resolve'],
};

const OBJECT_GROUPS: Record<string, string[]> = {
  job: ['job', 'pipeline', 'workflow', 'build', 'task', 'action', 'ci', 'cron', 'schedule'],
  issue: ['issue', 'ticket', 'bug', 'incident', 'story', 'epic'],
  message: ['message', 'email', 'mail', 'chat', 'dm', 'thread', 'conversation'],
  file: ['file', 'document', 'doc', 'folder', 'directory', 'dir', 'path'],
  repo: ['repo', 'repository', 'project', 'codebase'],
  pr: ['pr', 'pull', 'mr', 'merge'],
  query: ['sql', 'query', 'statement'],
  table: ['table', 'database', 'db', 'collection', 'schema'],
  page: ['page', 'tab', 'browser', 'url', 'website', 'site'],
  payment: ['payment', 'charge', 'refund', 'invoice', 'transaction', 'payout', 'transfer', 'subscription'],
  command: ['command', 'shell', 'script', 'terminal', 'bash', 'process'],
  cluster: ['cluster', 'node', 'instance', 'vm', 'server', 'container', 'pod'],
  user: ['user', 'member', 'account', 'person', 'contact', 'customer'],
};

const STOP = new Set([
  'mcp',
  'tool',
  'tools',
  'the',
  'all',
  'by',
  'for',
  'with',
  'from',
  'to',
  'of',
  'and',
  'or',
  'a',
  'an',
  'in',
  'on',
  'id',
  'ids',
  'api',
  'v1',
  'v2',
]);

const fold = (groups: Record<string, string[]>): Map<string, string> => {
  const m = new Map<string, string>();
  for (const [head, words] of Object.entries(groups)) for (const w of words) if (!m.has(w)) m.set(w, head);
  return m;
};
const VERB_OF = fold(VERB_GROUPS);
const OBJECT_OF = fold(OBJECT_GROUPS);

/** `getFileContents`, `run-pipeline`, `Browser.SelectOption` -> lower-case words. */
export const nameWords = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);

/** A plural folded to its singular, crudely (`pipelines` -> `pipeline`, `issues` -> `issue`). */
const singular = (w: string): string =>
  w.length > 4 && w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.length > 3 && /[^s]s$/.test(w)
      ? w.slice(0, -1)
      : w;

export interface Shape {
  verb: string | null;
  /** object groups (`pipeline` and `job` are both `job`) */
  objects: string[];
  /** the object words themselves, singular: an exact match ranks above a match of the group */
  words: string[];
}

/** The verb group and the object groups of a tool's name; words of the server's own name are dropped. */
export function toolShape(name: string, serverSlug: string): Shape {
  const serverWords = new Set(nameWords(serverSlug).map(singular));
  let verb: string | null = null;
  const objects: string[] = [];
  const words: string[] = [];
  for (const raw of nameWords(name)) {
    const w = singular(raw);
    if (STOP.has(w) || /^\d+$/.test(w)) continue;
    const v = VERB_OF.get(raw) ?? VERB_OF.get(w);
    if (verb === null && v !== undefined) {
      verb = v;
      continue;
    }
    if (serverWords.has(w)) continue;
    if (w.length < 2) continue;
    const o = OBJECT_OF.get(w) ?? w;
    if (!objects.includes(o)) objects.push(o);
    if (!words.includes(w)) words.push(w);
  }
  return { verb, objects, words };
}

export class RelatedIndex {
  private readonly shapes: Shape[];
  private readonly byObject = new Map<string, number[]>();
  private readonly byVerb = new Map<string, number[]>();

  constructor(private readonly tools: readonly RelatedCandidate[]) {
    this.shapes = tools.map((t) => toolShape(t.name, t.server));
    this.shapes.forEach((s, i) => {
      for (const o of s.objects) push(this.byObject, o, i);
      if (s.verb) push(this.byVerb, s.verb, i);
    });
  }

  /** Up to `limit` tools on other servers, best first; ties broken by server then slug (deterministic). */
  related(tool: RelatedCandidate, limit = 6): RelatedCandidate[] {
    const shape = toolShape(tool.name, tool.server);
    const scores = new Map<number, number>();
    const n = this.tools.length || 1;
    const consider = (list: number[] | undefined, add: (i: number) => number): void => {
      if (!list) return;
      for (let k = 0; k < list.length && k < 600; k++) {
        const i = list[k]!;
        const c = this.tools[i]!;
        if (c.server === tool.server) continue;
        scores.set(i, (scores.get(i) ?? 0) + add(i));
      }
    };
    for (const o of shape.objects) {
      const list = this.byObject.get(o);
      // rarer objects say more: a shared "pipeline" beats a shared "name"
      const weight = 4 + 4 * (1 - Math.min(1, (list?.length ?? 0) / Math.max(50, n * 0.05)));
      consider(list, () => weight);
    }
    if (shape.verb) consider(this.byVerb.get(shape.verb), () => 0.001);
    const ranked: Array<{ i: number; score: number }> = [];
    for (const [i, objectScore] of scores) {
      const c = this.tools[i]!;
      const s = this.shapes[i]!;
      const sharesObject = objectScore >= 1;
      const sameVerb = shape.verb !== null && s.verb === shape.verb;
      const sameAccess = tool.access !== undefined && c.access === tool.access;
      if (!sharesObject && !(sameVerb && sameAccess)) continue;
      if (!sharesObject && c.category !== tool.category) continue;
      const exact = s.words.filter((w) => shape.words.includes(w)).length;
      const score =
        Math.floor(objectScore) +
        3 * exact +
        (sameVerb ? 3 : 0) +
        (sameAccess ? 2 : 0) +
        (c.category === tool.category ? 2 : 0) +
        (c.risk === tool.risk ? 1 : 0);
      ranked.push({ i, score });
    }
    ranked.sort((a, b) => {
      const x = this.tools[a.i]!;
      const y = this.tools[b.i]!;
      return b.score - a.score || cmp(x.server, y.server) || cmp(x.slug, y.slug);
    });
    const out: RelatedCandidate[] = [];
    const servers = new Set<string>();
    // one tool per server first, so the list shows the range of servers; then the rest
    for (const pass of [0, 1])
      for (const r of ranked) {
        if (out.length >= limit) break;
        const c = this.tools[r.i]!;
        if (pass === 0 && servers.has(c.server)) continue;
        if (pass === 1 && out.includes(c)) continue;
        servers.add(c.server);
        out.push(c);
      }
    return out;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function push(m: Map<string, number[]>, k: string, i: number): void {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  l.push(i);
}
