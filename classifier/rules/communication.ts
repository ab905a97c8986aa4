import { decidingNameVerbs, words } from './match.js';
import { NONE, type Rule } from './types.js';

const SENDING = words(
  'send',
  'post',
  'publish',
  'reply',
  'comment',
  'notify',
  'email',
  'message',
  'tweet',
  'broadcast',
  'announce',
  'share',
  'forward',
  'invite',
  'mention',
  'respond',
  'dm',
);
const VISIBLE_OBJECTS = words(
  'comment',
  'comments',
  'review',
  'reviews',
  'message',
  'messages',
  'post',
  'posts',
  'reply',
  'replies',
  'tweet',
  'tweets',
  'issue',
  'issues',
  'pull',
  'pr',
  'discussion',
  'discussions',
  'status',
  'story',
  'announcement',
  'email',
  'emails',
  'mail',
  'release',
  'releases',
  'gist',
  'gists',
  'invitation',
  'invite',
  'notification',
  'notifications',
  'sms',
  'chat',
  'thread',
  'answer',
  'meeting',
  'invites',
);
/** Nouns after a visible object that make it a modifier of something else ("issue_type", "email_template"). */
const MODIFIED_HEADS = words(
  'type',
  'types',
  'template',
  'templates',
  'field',
  'fields',
  'category',
  'categories',
  'setting',
  'settings',
  'config',
  'schema',
  'item',
  'items',
  'status',
  'statuses',
);
const CREATING = words(
  'create',
  'add',
  'write',
  'submit',
  'open',
  'make',
  'new',
  'draft',
  'compose',
  'update',
  'edit',
);
const RECIPIENT =
  /^(?:to|recipient|recipients|cc|bcc|channel|channel_id|channelid|chat_id|chatid|phone|phone_number|to_number|to_email|email_to|user_id_to|thread_ts|conversation_id|room|room_id)$/;

export const communicationRules: Rule[] = [
  {
    id: 'sink.send-verb',
    family: 'communication',
    title: 'Sends or publishes to other people',
    effect: { flag: 'public_sink' },
    strength: 'weak',
    rationale: 'its action "{match}" sends or publishes something that other people will see',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access === 'read') return NONE;
      for (const v of decidingNameVerbs(view))
        if (SENDING.has(v.base)) return [{ path: 'name', match: v.word }];
      for (const v of view.leadVerbs)
        if (SENDING.has(v.base)) return [{ path: 'description', match: v.word }];
      return NONE;
    },
  },
  {
    id: 'sink.visible-object',
    family: 'communication',
    title: 'Creates something others will see',
    effect: { flag: 'public_sink' },
    strength: 'weak',
    rationale: 'it creates or edits "{match}", which other people read',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access === 'read') return NONE;
      const verb = view.nameVerbs[0];
      if (!verb || !CREATING.has(verb.base)) return NONE;
      // a draft reaches no one until it is sent
      if (verb.base === 'draft' || view.nameWords.has('draft')) return NONE;
      const tokens = view.nameTokens;
      // the object after the verb ("create_comment"), or before it in object-first names ("post_create")
      const visible = (i: number): boolean =>
        VISIBLE_OBJECTS.has(tokens[i]!) &&
        !MODIFIED_HEADS.has(tokens[i + 1] ?? '') &&
        !(tokens[i] === 'post' && tokens[i + 1] === 'install');
      for (let i = verb.index + 1; i < tokens.length; i++)
        if (visible(i)) return [{ path: 'name', match: tokens[i]! }];
      if (verb.index === tokens.length - 1)
        for (let i = verb.index - 1; i >= 0; i--)
          if (visible(i) && i < verb.index) return [{ path: 'name', match: tokens[i]! }];
      for (let i = verb.index + 1; i < tokens.length - 1; i++)
        if (tokens[i] === 'merge' && tokens[i + 1] === 'request')
          return [{ path: 'name', match: 'merge request' }];
      return NONE;
    },
  },
  {
    id: 'sink.recipient-param',
    family: 'communication',
    title: 'Takes a recipient',
    effect: { flag: 'public_sink' },
    strength: 'weak',
    rationale: 'the parameter "{match}" names who receives what the tool sends',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access === 'read') return NONE;
      // a draft names its recipients but reaches no one until it is sent
      if (
        view.nameWords.has('draft') ||
        view.leadWords.slice(0, 6).some((w) => w === 'draft' || w === 'drafts')
      )
        return NONE;
      // a reaction emoji is visible but trivial and reversible (LABELS.md: medium)
      if (view.nameWords.has('reaction') || view.nameWords.has('react') || view.nameWords.has('emoji'))
        return NONE;
      const p = view.params.find((q) => q.depth === 0 && RECIPIENT.test(q.name.toLowerCase()));
      return p ? [{ path: p.path, match: p.name }] : NONE;
    },
  },
];
