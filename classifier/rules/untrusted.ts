import { metadataOnly, subjectHas, words } from './match.js';
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
      const f = subjectHas(view, WEB);
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
      const f = subjectHas(view, USER_WRITTEN);
      return f ? [f] : NONE;
    },
  },
];
