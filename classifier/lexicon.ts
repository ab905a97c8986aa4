/**
 * Word lists the rules share. Verbs are listed once by their base form; inflections are generated.
 * Classes describe what an action does to the world, not which tool uses it.
 */
export type VerbClass = 'read' | 'write' | 'destructive' | 'execute' | 'generic';
export type VerbForm = 'base' | 's' | 'ing' | 'ed';

export interface VerbInfo {
  base: string;
  cls: VerbClass;
  form: VerbForm;
}

const READ = [
  'get', 'list', 'read', 'search', 'find', 'fetch', 'show', 'describe', 'view', 'lookup', 'retrieve', 'check',
  'count', 'inspect', 'explore', 'query', 'summarize', 'summarise', 'analyze', 'analyse', 'preview', 'validate',
  'verify', 'monitor', 'watch', 'compare', 'diff', 'scan', 'tail', 'peek', 'poll', 'screenshot', 'snapshot',
  'calculate', 'compute', 'echo', 'ping', 'explain', 'suggest', 'recommend', 'estimate', 'download', 'export',
  'print', 'display', 'resolve', 'parse', 'extract', 'grep', 'glob', 'locate', 'identify', 'detect', 'observe',
  'measure', 'audit', 'browse', 'discover', 'enumerate', 'sample', 'visualize', 'visualise', 'render', 'load',
  'return', 'provide', 'lookup', 'test', 'lint', 'format', 'convert', 'translate', 'transcribe', 'think', 'plan',
  'reason', 'research', 'ask', 'answer', 'crawl', 'scrape', 'map', 'filter', 'sort', 'aggregate', 'track',
  'query', 'access', 'see', 'determine', 'infer', 'tell', 'report', 'look', 'debug', 'trace', 'wait',
  'generate', 'simulate', 'forecast', 'predict', 'classify', 'score', 'rank', 'match', 'review', 'evaluate_',
];

const WRITE = [
  'create', 'add', 'update', 'edit', 'set', 'put', 'insert', 'upsert', 'save', 'write', 'modify', 'patch', 'rename',
  'move', 'copy', 'upload', 'assign', 'unassign', 'tag', 'untag', 'label', 'mark', 'star', 'unstar', 'fork', 'merge',
  'close', 'reopen', 'archive', 'unarchive', 'enable', 'disable', 'pin', 'unpin', 'subscribe', 'unsubscribe',
  'append', 'attach', 'detach', 'link', 'unlink', 'register', 'unregister', 'configure', 'change', 'replace',
  'commit', 'push', 'import', 'schedule', 'reschedule', 'approve', 'reject', 'lock', 'unlock', 'share', 'follow',
  'unfollow', 'react', 'like', 'store', 'record', 'submit', 'complete', 'cancel', 'stop', 'pause', 'resume',
  'restart', 'reboot', 'scale', 'transition', 'toggle', 'sync', 'install', 'open', 'grant', 'invite', 'make', 'init',
  'initialize', 'initialise', 'setup', 'apply', 'post', 'send', 'publish', 'reply', 'comment', 'notify', 'email',
  'message', 'tweet', 'broadcast', 'vote', 'upvote', 'downvote', 'reserve', 'book', 'enqueue', 'queue', 'clone',
  'checkout', 'stage', 'unstage', 'resize', 'remember', 'memorize', 'annotate', 'provision', 'allocate',
  'duplicate', 'transfer', 'convert_', 'log', 'request', 'respond', 'forward', 'mention', 'dismiss', 'acknowledge',
  'ack', 'snooze', 'mute', 'unmute', 'block', 'unblock', 'ban', 'unban', 'kick', 'join', 'leave', 'rotate',
  'renew', 'extend', 'increment', 'decrement', 'adjust', 'refund', 'charge', 'pay', 'invoice', 'order', 'buy',
  'sell', 'purchase', 'withdraw', 'deposit', 'swap', 'trade', 'mint', 'sign', 'login', 'logout', 'authenticate',
  'authorize', 'connect', 'disconnect', 'navigate', 'click', 'type', 'fill', 'hover', 'press', 'drag', 'select',
  'scroll', 'tap', 'swipe', 'go', 'goto', 'reload', 'refresh', 'edit', 'revert', 'rollback', 'restore', 'reindex',
  'rebase', 'cherry', 'tidy', 'organize', 'organise', 'migrate', 'promote', 'demote', 'release', 'start', 'open_',
  'new', 'begin', 'end', 'finish', 'finalize', 'draft', 'compose', 'write_', 'assign_', 'populate', 'seed', 'mkdir',
  'touch', 'download_', 'upgrade', 'downgrade', 'bump', 'reply_', 'resolve_', 'escalate', 'handoff', 'delegate', 'deliver', 'undo', 'redo', 'dedupe', 'split', 'mutate',
];

const DESTRUCTIVE = [
  'delete', 'remove', 'drop', 'destroy', 'purge', 'wipe', 'erase', 'truncate', 'kill', 'terminate', 'overwrite',
  'clear', 'reset', 'revoke', 'unpublish', 'rm', 'rmdir', 'prune', 'flush', 'evict', 'discard', 'forget',
  'deprovision', 'decommission', 'nuke', 'shred', 'obliterate', 'uninstall', 'deregister', 'expunge', 'trash',
  'unlink_', 'deletion', 'removal',
];

const EXECUTE = [
  'run', 'exec', 'execute', 'eval', 'evaluate', 'deploy', 'trigger', 'invoke', 'launch', 'spawn', 'dispatch',
  'rerun', 'build', 'compile', 'call', 'interpret', 'automate', 'orchestrate', 'shell', 'script', 'redeploy',
];

/** Verbs that say nothing about the effect: the rest of the definition decides. */
const GENERIC = [
  'manage', 'handle', 'process', 'perform', 'do', 'use', 'interact', 'control', 'operate', 'administer', 'admin',
  'work', 'crud', 'batch', 'bulk', 'tool', 'utility', 'helper', 'action', 'api',
];

const IRREGULAR: Record<string, Array<[string, VerbForm]>> = {
  get: [['got', 'ed'], ['gets', 's'], ['getting', 'ing'], ['gotten', 'ed']],
  run: [['ran', 'ed'], ['runs', 's'], ['running', 'ing']],
  find: [['found', 'ed']],
  send: [['sent', 'ed']],
  write: [['wrote', 'ed'], ['written', 'ed'], ['writing', 'ing']],
  read: [['reads', 's'], ['reading', 'ing']],
  set: [['sets', 's'], ['setting', 'ing']],
  put: [['puts', 's'], ['putting', 'ing']],
  build: [['built', 'ed']],
  make: [['made', 'ed']],
  begin: [['began', 'ed'], ['begun', 'ed'], ['beginning', 'ing']],
  drop: [['dropped', 'ed'], ['dropping', 'ing']],
  stop: [['stopped', 'ed'], ['stopping', 'ing']],
  pin: [['pinned', 'ed'], ['pinning', 'ing']],
  unpin: [['unpinned', 'ed']],
  tag: [['tagged', 'ed'], ['tagging', 'ing']],
  star: [['starred', 'ed'], ['starring', 'ing']],
  submit: [['submitted', 'ed'], ['submitting', 'ing']],
  commit: [['committed', 'ed'], ['committing', 'ing']],
  scan: [['scanned', 'ed'], ['scanning', 'ing']],
  plan: [['planned', 'ed'], ['planning', 'ing']],
  map: [['mapped', 'ed'], ['mapping', 'ing']],
  log: [['logged', 'ed'], ['logging', 'ing']],
  ban: [['banned', 'ed']],
  tap: [['tapped', 'ed']],
  drag: [['dragged', 'ed'], ['dragging', 'ing']],
  think: [['thought', 'ed']],
  sell: [['sold', 'ed']],
  buy: [['bought', 'ed']],
  pay: [['paid', 'ed']],
  see: [['saw', 'ed'], ['seen', 'ed']],
  go: [['goes', 's'], ['went', 'ed'], ['gone', 'ed']],
  do: [['does', 's'], ['did', 'ed'], ['done', 'ed']],
  tell: [['told', 'ed']],
  leave: [['left', 'ed']],
  forget: [['forgot', 'ed'], ['forgotten', 'ed']],
  kick: [['kicked', 'ed']],
  rm: [],
  rmdir: [],
};

function inflect(base: string): Array<[string, VerbForm]> {
  const out: Array<[string, VerbForm]> = [[base, 'base']];
  if (/(s|x|z|ch|sh)$/.test(base)) out.push([`${base}es`, 's']);
  else if (/[^aeiou]y$/.test(base)) out.push([`${base.slice(0, -1)}ies`, 's']);
  else out.push([`${base}s`, 's']);
  if (/ie$/.test(base)) out.push([`${base.slice(0, -2)}ying`, 'ing']);
  else if (/[^aeiouy]e$/.test(base)) out.push([`${base.slice(0, -1)}ing`, 'ing']);
  else out.push([`${base}ing`, 'ing']);
  if (/e$/.test(base)) out.push([`${base}d`, 'ed']);
  else if (/[^aeiou]y$/.test(base)) out.push([`${base.slice(0, -1)}ied`, 'ed']);
  else out.push([`${base}ed`, 'ed']);
  return out;
}

function buildLexicon(): Map<string, VerbInfo> {
  const map = new Map<string, VerbInfo>();
  const add = (list: string[], cls: VerbClass) => {
    for (const raw of list) {
      // a trailing underscore marks a word listed elsewhere too; the first class listed wins
      if (raw.endsWith('_')) continue;
      const forms = IRREGULAR[raw] ? [[raw, 'base'] as [string, VerbForm], ...IRREGULAR[raw]] : inflect(raw);
      for (const [word, form] of forms) {
        if (!map.has(word)) map.set(word, { base: raw, cls, form });
      }
    }
  };
  // Order matters: a word in two lists keeps its first (more dangerous) class.
  add(EXECUTE, 'execute');
  add(DESTRUCTIVE, 'destructive');
  add(WRITE, 'write');
  add(READ, 'read');
  add(GENERIC, 'generic');
  // words that look like inflections of verbs but are usually nouns or adjectives in tool text
  for (const noun of ['settings', 'listing', 'listings', 'findings', 'posts', 'messages', 'comments', 'logs',
    'builds', 'runs', 'calls', 'orders', 'records', 'requests', 'reports', 'tests', 'maps', 'tags', 'labels',
    'links', 'locks', 'forks', 'stars', 'changes', 'shares', 'views', 'counts', 'checks', 'charges', 'payments',
    'invoices', 'refunds', 'transfers', 'deposits', 'trades', 'books', 'blocks', 'drafts', 'releases',
    'schedules', 'scripts', 'shells', 'samples', 'filters', 'tracks', 'matches', 'reviews', 'scores', 'answers',
    'plans', 'queries', 'exports', 'imports', 'snapshots', 'screenshots', 'commits', 'merges', 'emails', 'types',
    'forwards', 'mentions', 'reactions', 'likes', 'votes', 'commands', 'actions', 'tools', 'apis', 'processes',
    'archives', 'updates', 'patches', 'clones', 'details', 'results', 'ends', 'starts', 'opens', 'status', 'data']) {
    map.delete(noun);
  }
  return map;
}

export const VERBS: ReadonlyMap<string, VerbInfo> = buildLexicon();

/** Filler words skipped when looking for the verb a description opens with. */
export const DESCRIPTION_FILLER = new Set([
  'this', 'tool', 'tools', 'use', 'uses', 'used', 'using', 'allows', 'allow', 'lets', 'let', 'you', 'your', 'to',
  'the', 'a', 'an', 'can', 'be', 'that', 'which', 'will', 'helps', 'help', 'function', 'method', 'endpoint',
  'mcp', 'server', 'it', 'we', 'i', 'please', 'quickly', 'easily', 'directly', 'simply', 'also', 'for', 'agent',
  'agents', 'user', 'users', 'model', 'llm', 'ai', 'assistant', 'enables', 'able', 'is',
  'are', 'designed', 'intended', 'meant', 'when', 'need', 'needs', 'want', 'wants', 'should',
  'must', 'may', 'might', 'official', 'new', 'advanced', 'powerful', 'comprehensive', 'simple', 'basic', 'just',
  'only', 'and', 'or', 'with', 'of', 'via', 'in', 'on', 'from', 'by', 'all', 'any', 'each', 'every', 'one',
  'multiple', 'specific', 'given', 'provided',
]);

/**
 * Words that are verbs but, at the start of a tool name, are usually the object ("email_search",
 * "message_list", "comment_create"): the name's action is the first verb not in this set, if any.
 */
export const NOUN_LIKE_VERBS = new Set([
  'email', 'message', 'post', 'comment', 'log', 'tag', 'label', 'book', 'order', 'record', 'request', 'link',
  'schedule', 'queue', 'store', 'shell', 'script', 'build', 'run', 'call', 'map', 'test', 'plan', 'draft',
  'charge', 'invoice', 'refund', 'transfer', 'lock', 'block', 'star', 'pin', 'check', 'view', 'count', 'sample',
  'track', 'match', 'review', 'score', 'answer', 'trade', 'release', 'export', 'import', 'commit', 'merge',
  'archive', 'patch', 'clone', 'type', 'access', 'stage', 'share', 'format', 'screenshot', 'snapshot', 'report',
  'file', 'filter', 'sort', 'lookup', 'diff', 'tail', 'sign', 'login', 'reply', 'forward', 'mention', 'vote',
  'like', 'react', 'follow', 'deploy', 'echo', 'ping', 'audit', 'trace', 'debug', 'monitor', 'watch', 'task',
  'note', 'memory', 'action', 'process', 'job', 'new', 'end', 'start', 'stop', 'reset', 'setup', 'install',
]);

export const CONJUNCTIONS = new Set(['and', 'or', ',', 'then', 'also', 'and/or']);

export function lookupVerb(word: string): VerbInfo | undefined {
  return VERBS.get(word);
}
