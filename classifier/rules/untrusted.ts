import { metadataOnly, words } from './match.js';
import type { Finding } from './types.js';
import type { ToolView } from '../view.js';
import { NONE, type Rule } from './types.js';

const WEB = words(
  'web',
  'webpage',
  'webpages',
  'internet',
  'google',
  'bing',
  'brave',
  'duckduckgo',
  'serp',
  'html',
  'scrape',
  'crawl',
  'news',
  'youtube',
  'reddit',
  'wikipedia',
  'arxiv',
  'twitter',
  'hackernews',
  'transcript',
);
// what other people wrote, returned as text; a "url", a "page" or a "document" alone is not enough
// (LABELS.md flags: each flag is earned by the tool's own output)
const USER_WRITTEN = words(
  'issue',
  'issues',
  'comment',
  'comments',
  'emails',
  'inbox',
  'message',
  'messages',
  'chat',
  'chats',
  'conversation',
  'conversations',
  'thread',
  'threads',
  'discussion',
  'discussions',
  'post',
  'posts',
  'tweet',
  'tweets',
  'review',
  'reviews',
  'ticket',
  'tickets',
  'forum',
  'feed',
  'rss',
  'transcript',
  'transcripts',
  'reply',
  'replies',
);

/**
 * Words that turn the one before them into a name for something else: "web vitals", "Google Sheets",
 * "post-install script", an API's "post" method. Then the word says nothing about who wrote the output.
 */
const NOT_CONTENT_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  web: words(
    'vitals',
    'vital',
    'app',
    'apps',
    'application',
    'performance',
    'server',
    'hook',
    'hooks',
    'socket',
    'sockets',
    'view',
    'worker',
    'push',
    'standards',
    'analytics',
    'based',
  ),
  google: words(
    'sheets',
    'sheet',
    'drive',
    'docs',
    'doc',
    'analytics',
    'cloud',
    'maps',
    'map',
    'calendar',
    'workspace',
    'ads',
    'tag',
    'play',
    'console',
    'places',
    'gemini',
    'vertex',
    'spreadsheet',
    'spreadsheets',
  ),
  post: words('install', 'search', 'deploy', 'build', 'processing'),
};

/**
 * Nouns that make the content word before them a modifier: an "email count", a "message template",
 * "issue types", "chat settings" are about structure, and what comes back is not what people wrote.
 */
const STRUCTURE_HEADS = words(
  'count',
  'counts',
  'template',
  'templates',
  'filter',
  'filters',
  'rule',
  'rules',
  'setting',
  'settings',
  'state',
  'status',
  'statuses',
  'summary',
  'digest',
  'id',
  'ids',
  'type',
  'types',
  'field',
  'fields',
  'label',
  'labels',
  'folder',
  'folders',
  'log',
  'logs',
  'sender',
  'senders',
  'recipient',
  'recipients',
  'stats',
  'statistics',
  'metadata',
  'schema',
  'format',
  'quota',
  'limit',
  'limits',
  'permission',
  'permissions',
  'webhook',
  'webhooks',
  'channel',
  'channels',
);

/** Prepositions after which a content word is where the tool looks, not what it returns ("users to mention in messages"). */
const NOT_OBJECT_AFTER = words('in', 'into', 'to', 'within', 'inside');

/** The first word of `set` in the name, the title, then the description's first words, that names content. */
function contentWord(view: ToolView, set: ReadonlySet<string>): Finding | undefined {
  // a count never returns the text it counts
  if (view.nameVerbs[0]?.base === 'count') return undefined;
  const scan = (tokens: readonly string[], path: string, limit = tokens.length): Finding | undefined => {
    for (let i = 0; i < Math.min(limit, tokens.length); i++) {
      const t = tokens[i]!;
      if (!set.has(t)) continue;
      if (NOT_CONTENT_AFTER[t]?.has(tokens[i + 1] ?? '')) continue;
      if (STRUCTURE_HEADS.has(tokens[i + 1] ?? '')) continue;
      if (path === 'description' && NOT_OBJECT_AFTER.has(tokens[i - 1] ?? '')) continue;
      if (t === 'post' && (tokens[i - 1] === 'api' || i === 0)) continue; // the HTTP method
      return { path, match: t };
    }
    return undefined;
  };
  return (
    scan(view.nameTokens, 'name') ??
    (view.title ? scan(view.title.tokens, view.title.path) : undefined) ??
    scan(view.leadWords, 'description', 12)
  );
}

export const untrustedRules: Rule[] = [
  {
    id: 'untrusted.web',
    family: 'untrusted',
    title: 'Returns web content',
    effect: { flag: 'untrusted_content' },
    strength: 'weak',
    rationale:
      'it returns "{match}" content, text that strangers wrote and that may carry instructions aimed at the agent',
    phase: 'verdict',
    detect: (view, verdict) => {
      if ((verdict.access !== 'read' && verdict.access !== 'execute') || metadataOnly(view)) return NONE;
      const f = contentWord(view, WEB);
      return f ? [{ path: f.path, match: f.match, effect: { flag: 'untrusted_content' } }] : NONE;
    },
  },
  {
    id: 'untrusted.user-written',
    family: 'untrusted',
    title: 'Returns text written by other people',
    effect: { flag: 'untrusted_content' },
    strength: 'weak',
    rationale:
      'it returns "{match}", text written by other people that may carry instructions aimed at the agent',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'read' || metadataOnly(view)) return NONE;
      const f = contentWord(view, USER_WRITTEN);
      return f ? [f] : NONE;
    },
  },
];
