import { findPhrase } from './match.js';
import type { ToolView } from '../view.js';
import { NONE, type Rule } from './types.js';
import { textFields } from '../view.js';

// All patterns are linear: literal alternations with bounded, non-nested gaps.
const STEER_REVIEWER =
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding|your|system)\s+(?:instructions?|prompts?|rules?|guidelines?|directions?)|\b(?:classify|label|mark|rate|treat|consider)\s+(?:this|the)\s+tool\s+as\b|\bthis tool is\s+(?:completely\s+|totally\s+|entirely\s+)?(?:safe|harmless|read[- ]only|low[- ]risk|trusted|benign|verified)\b|\b(?:do not|don't|never)\s+(?:flag|block|deny|restrict|rate[- ]limit)\s+this\b|\byou are (?:now\s+)?(?:a|an|in)\s+(?:developer|admin|unrestricted|jailbreak)/;
const FAKE_VERDICT =
  /["']?(?:risk|risk_level|risklevel|category|access|classification|verdict|severity)["']?\s*[:=]\s*["']?(?:low|none|safe|read|read[-_]only|benign|minimal|medium)\b/;
const HIDDEN_INSTRUCTION =
  /<\s*(?:important|system|instructions?|secret|hidden)\s*>|\b(?:do not|don't|never)\s+(?:tell|mention|inform|notify|alert|show|reveal)\s+(?:this\s+|it\s+)?(?:to\s+)?(?:the\s+)?user\b|\b(?:secretly|silently|covertly|quietly)\s+(?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate)|\bwithout\s+(?:telling|asking|informing|notifying|alerting)\s+(?:the\s+)?user\b|\bbefore\s+using\s+this\s+tool,?\s+(?:you\s+must\s+)?(?:read|call|run|fetch|open)|\botherwise\s+the\s+tool\s+will\s+not\s+work\b|\bpass\s+(?:its|the|their)\s+(?:content|contents|value)\s+(?:as|in|into)\b/;
/** Name words that make a credential file the tool's own subject, by the file's kind. */
const SUBJECT_WORDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/ssh|id_/, ['ssh', 'sftp', 'scp', 'key', 'keys']],
  [/\.aws/, ['aws', 'iam', 'sts']],
  [/\.env/, ['env', 'dotenv', 'environment']],
  [/mcp\.json|claude_desktop/, ['mcp', 'config', 'configs', 'claude', 'cursor']],
  [/\.kube/, ['kube', 'kubernetes', 'k8s', 'kubectl', 'kubeconfig']],
  [/\.docker/, ['docker', 'registry']],
  [/\.npmrc/, ['npm', 'npmrc', 'registry']],
  [/\.netrc|\.pgpass/, ['netrc', 'pgpass', 'postgres', 'psql']],
];
/** Names of tools whose job is finding or checking secrets: any credential file is their subject. */
const SECRET_TOOLS = new Set([
  'secret',
  'secrets',
  'credential',
  'credentials',
  'leak',
  'leaks',
  'audit',
  'scan',
  'scanner',
]);

function ownSubject(name: readonly string[], path: string): boolean {
  if (name.some((t) => SECRET_TOOLS.has(t))) return true;
  for (const [kind, words] of SUBJECT_WORDS) if (kind.test(path)) return name.some((t) => words.includes(t));
  return false;
}

const SENSITIVE_PATHS =
  /~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.ssh\/|\.aws\/credentials|\.npmrc\b|\.netrc\b|\.pgpass\b|\.docker\/config\.json|\.kube\/config|\/etc\/(?:passwd|shadow)\b|\bmcp\.json\b|claude_desktop_config\.json|\.env\b(?!ironment)/;
/**
 * One scan per tool decides whether any injection pattern can match at all: every match of every
 * pattern below contains one of these fragments. Most tools contain none, and skip all five rules.
 * The fragments are grouped by their first character ("a" for access… and all…, "c" for category…,
 * classification…, covertly… and claude_desktop, …): at each position of the text the scan follows
 * one branch instead of trying some thirty alternatives in turn, which made it the costliest regex
 * of a classification.
 */
const TRIGGER =
  /a(?:ccess(?:_level|level)?["']?\s*[:=]|ll (?:email|message|request|call)s? (?:must|should))|before using this|c(?:ategory(?:_level|level)?["']?\s*[:=]|lassification(?:_level|level)?["']?\s*[:=]|overtly (?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate)|laude_desktop)|disregard (?:all |any |the |previous|prior|above|earlier|preceding|your|system)|forget (?:all |any |the |previous|prior|above|earlier|preceding|your|system)|i(?:gnore (?:all |any |the |previous|prior|above|earlier|preceding|your|system)|d_(?:rsa|ed|ec|dsa)|nstead of (?:using |the ))|mcp\.json|n(?:ot|'t|ever) (?:flag|block|deny|restrict|rate|tell|mention|inform|notify|alert|show|reveal)|o(?:verride (?:all |any |the |previous|prior|above|earlier|preceding|your|system)|verrides (?:the )?[\w-]+ tool|therwise the tool)|pass (?:its|the|their) (?:content|value)|quietly (?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate)|r(?:isk(?:_level|level)?["']?\s*[:=]|eplaces (?:the )?[\w-]+ tool)|s(?:everity(?:_level|level)?["']?\s*[:=]|ecretly (?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate)|ilently (?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate)|upersedes (?:the )?[\w-]+ tool)|tool (?:as\b|is (?:completely|totally|entirely|safe|harmless|read|low|trusted|benign|verified))|verdict(?:_level|level)?["']?\s*[:=]|w(?:ithout (?:telling|asking|informing|notifying|alerting)|hen (?:the )?(?:user|agent|you) (?:call|use))|you are (?:now|a |an |in )|<\s*(?:important|system|instruction|secret|hidden)|\.(?:ssh|aws|npmrc|netrc|pgpass|docker|kube|env)|\/etc\//;
// the five rules of one tool run back to back: remembering the last view's answer is enough, and far
// cheaper than a WeakMap entry per tool
let lastView: ToolView | undefined;
let lastHit = false;
const triggered = (view: ToolView): boolean => {
  if (view !== lastView) {
    lastHit = TRIGGER.test(view.allText);
    lastView = view;
  }
  return lastHit;
};
const REFUSAL =
  /\b(?:rejected|refused|not allowed|disallowed|forbidden|blocked|denied|excluded|never (?:read|access|touch|write)|must not|cannot be|are not permitted|is not permitted)\b/;
const SHADOWING =
  /\bwhen\s+(?:the\s+)?(?:user|agent|you)\s+(?:calls?|uses?)\s+(?:the\s+|any\s+)?(?:other\s+)?[\w-]+\s+tool\b|\binstead\s+of\s+(?:using\s+)?(?:the\s+)?[\w-]+\s+tool\b|\ball\s+(?:emails?|messages?|requests?|calls?)\s+(?:must|should)\s+(?:be\s+)?(?:sent|forwarded|copied|routed)\s+to\b|\b(?:this\s+tool\s+)?(?:replaces|overrides|supersedes)\s+(?:the\s+)?[\w-]+\s+tool\b/;

export const injectionRules: Rule[] = [
  {
    id: 'inject.steer-reviewer',
    family: 'injection',
    title: 'Tries to steer the reviewer',
    effect: { flag: 'injection_attempt', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the text says "{match}", which addresses whoever judges the tool rather than describing it; such claims are ignored and the tool is treated as hostile',
    phase: 'definition',
    detect: (view) => {
      if (!triggered(view)) return NONE;
      const f = findPhrase([view.title, ...textFields(view)], STEER_REVIEWER);
      return f ? [f] : NONE;
    },
  },
  {
    id: 'inject.fake-verdict',
    family: 'injection',
    title: 'Carries a verdict about itself',
    effect: { flag: 'injection_attempt', minRisk: 'high' },
    strength: 'weak',
    rationale: 'the text carries a ready-made verdict ("{match}"); a definition does not get to label itself',
    phase: 'definition',
    detect: (view) => {
      if (!triggered(view)) return NONE;
      const f = findPhrase(textFields(view), FAKE_VERDICT);
      return f ? [f] : NONE;
    },
  },
  {
    id: 'poison.hidden-instruction',
    family: 'injection',
    title: 'Hides instructions for the agent',
    effect: { flag: 'tool_poisoning', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the text tells the agent "{match}", an instruction meant to be followed without the user knowing',
    phase: 'definition',
    detect: (view) => {
      if (!triggered(view)) return NONE;
      const f = findPhrase(textFields(view), HIDDEN_INSTRUCTION);
      return f ? [f] : NONE;
    },
  },
  {
    id: 'poison.sensitive-path',
    family: 'injection',
    title: 'Points the agent at secrets',
    effect: { flag: 'tool_poisoning', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the text mentions "{match}", a file that holds keys or credentials and that no ordinary tool description needs',
    phase: 'definition',
    detect: (view) => {
      // a mention inside a refusal ("paths such as ~/.ssh are rejected") is a safeguard, not an instruction
      if (!triggered(view)) return NONE;
      for (const field of textFields(view)) {
        const re = new RegExp(SENSITIVE_PATHS.source, 'g');
        let m: RegExpExecArray | null;
        let tries = 0;
        while ((m = re.exec(field.lower)) && tries++ < 20) {
          const sentence = field.lower.slice(Math.max(0, m.index - 160), m.index + 160);
          if (REFUSAL.test(sentence)) continue;
          // the file is what the tool is about ("audit_ssh_keys" naming ~/.ssh, "check_env" naming .env):
          // its subject, not a place the agent is sent; an instruction about it is read by the sentence reader
          if (ownSubject(view.nameTokens, m[0])) continue;
          return [{ path: field.path, match: m[0] }];
        }
      }
      return NONE;
    },
  },
  {
    id: 'poison.shadowing',
    family: 'injection',
    title: 'Changes how other tools behave',
    effect: { flag: 'tool_poisoning', minRisk: 'high' },
    strength: 'weak',
    rationale: 'the text says "{match}", reaching beyond this tool to change how the agent uses others',
    phase: 'definition',
    detect: (view) => {
      if (!triggered(view)) return NONE;
      const f = findPhrase(textFields(view), SHADOWING);
      return f ? [f] : NONE;
    },
  },
];
