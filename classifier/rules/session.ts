import { browserContext, sessionLocalBrowser } from './browser.js';
import { NONE, type Rule } from './types.js';
import type { ToolView } from '../view.js';

/** Verbs that only start, stop or reset something. */
const CONTROL_VERBS = new Set([
  'stop',
  'close',
  'disconnect',
  'reconnect',
  'connect',
  'clear',
  'reset',
  'toggle',
  'end',
  'cancel',
  'wipe',
  'set',
  'switch',
  'select',
  'use',
  'terminate',
]);
const OPENING_VERBS = new Set(['create', 'new', 'start', 'open', 'launch', 'begin']);
/** Objects that belong to the server's own session, not to the user's systems. */
const SESSION_OBJECTS = new Set([
  'session',
  'sessions',
  'connection',
  'codegen',
  'forward',
  'forwarding',
  'logs',
  'log',
  'buffer',
  'scratchpad',
  'simulated',
  'demo',
  'root',
  'workspace',
  'context',
  'interact',
  'sandbox',
  'recording',
  'highlight',
]);
const SESSION_PHRASE =
  /\b(?:this (?:server'?s? )?session|the current session|its own (?:session|buffer|log)|in-memory|for this session|started by this (?:server|tool)|(?:the|its) (?:own )?(?:log|console) buffer|the (?:active|current) (?:connection|session))\b/;

/** A control of state private to the server's own session (LABELS.md borderline case 2), beyond its browser (browser.session-local). */
export function sessionLocal(view: ToolView): { path: string; match: string } | undefined {
  const verb = view.nameVerbs[0];
  if (!verb) return undefined;
  // opening a session of the server's own automation browser or debugger is session-local too; a
  // checkout or a login session of a vendor is not, so this needs a browser or a debugger around it
  if (OPENING_VERBS.has(verb.base)) {
    const object = view.nameTokens.find((t, i) => i !== verb.index && (t === 'session' || t === 'sessions'));
    if (object && (browserContext(view) || view.server?.words.has('debugger') || view.nameWords.has('debug')))
      return { path: 'name', match: `${verb.word} ${object}` };
    return undefined;
  }
  if (!CONTROL_VERBS.has(verb.base)) return undefined;
  // "stop_recording", or an object-first name ("bash_sandbox_reset")
  const after = view.nameTokens.slice(verb.index + 1);
  const objects = after.length > 0 ? after : view.nameTokens.slice(0, verb.index);
  // "ssh_disconnect", "disconnect_all": dropping the server's own connection
  if (
    (verb.base === 'disconnect' || verb.base === 'reconnect') &&
    after.every((t) => t === 'all' || t === 'current')
  )
    return { path: 'name', match: verb.word };
  const object = objects.find((t) => SESSION_OBJECTS.has(t));
  if (!object) return undefined;
  // the server's own log buffer is the name's last word ("wipe_logs"); logs with more after them
  // ("clear_runtime_logs_v1") belong to a hosted service
  if (
    (object === 'log' || object === 'logs' || object === 'buffer') &&
    objects[objects.length - 1] !== object
  )
    return undefined;
  // a port-forward, a search or a session the server itself started; the user's kubeconfig is not
  // session-local, so "context" and "workspace" need the description to say so
  if (object === 'context' || object === 'workspace' || object === 'root') {
    const d = view.description?.lower ?? '';
    if (!SESSION_PHRASE.test(d)) return undefined;
  }
  // ending a session that is then saved, persisted or indexed leaves a lasting record ("End current
  // session, stop daemon, and persist state")
  if (PERSISTS.test(view.description?.lower.slice(0, 200) ?? '')) return undefined;
  return { path: 'name', match: `${verb.word} ${object}` };
}

/** The opening of a description that says the session's state is kept beyond it. */
const PERSISTS =
  /\b(?:persist(?:s|ed|ing)?|saves?|saved|stores?|stored|index(?:es|ed)?|exports?|uploads?|commits?|writes?) (?:(?:the |its |session |current )?(?:state|summary|session|metrics|results?|history|episodes?|trajectory|recording)\b|to\b|into\b|in (?:the |a )?(?:database|memory|store|disk|file))/;

export const sessionRules: Rule[] = [
  {
    id: 'session.local',
    family: 'session',
    title: "Controls the server's own session",
    effect: { access: 'read' },
    strength: 'strong',
    rationale:
      'it only changes state private to the server\'s own session ("{match}"), which LABELS.md counts as a read, not a write',
    phase: 'definition',
    detect: (view) => {
      if (sessionLocalBrowser(view)) return NONE;
      const s = sessionLocal(view);
      return s ? [s] : NONE;
    },
  },
];
