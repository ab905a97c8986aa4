import {
  contentHash,
  maxAccess,
  maxRisk,
  riskRank,
  type Access,
  type ActionLabel,
  type Category,
  type Classification,
  type Evidence,
  type Flag,
  type Risk,
  type ServerContext,
  type SuggestedAnnotations,
} from '../core/index.js';
import { ALL_RULES, RULES_BY_ID } from './rules/index.js';
import { accessOfVerbClass, actionSelector } from './rules/multi-action.js';
import type { Finding, Rule, Verdict } from './rules/types.js';
import { CLASSIFIER_VERSION } from './version.js';
import { buildView, type ToolView } from './view.js';
import { ACCESS_ORDER_FOR_MODEL, RISK_ORDER_FOR_MODEL, predictLearned, type RuleSummary } from './learned.js';

const DEFINITION = ALL_RULES.filter((r) => r.phase === 'definition');
const VERDICT = ALL_RULES.filter((r) => r.phase === 'verdict');
const FALLBACK = ALL_RULES.filter((r) => r.phase === 'fallback');
const NO_VERDICT: Verdict = {
  access: 'unknown',
  flags: new Set(),
  verbClasses: new Set(),
  sessionLocal: false,
};
/** the rules that find a control of the server's own session (navigation is a read too, but medium) */
const SESSION_LOCAL = new Set(['browser.session-local', 'session.local']);
const MAX_MATCH = 120;
/** the rules whose read overrides a verb that only sounds like a write: session-local controls and navigation */
const SESSION_OVERRIDES = new Set([...SESSION_LOCAL, 'browser.navigation']);
const VERB_ONLY_RULES = new Set([
  'write.name-verb',
  'write.description-verb',
  'write.description-mention',
  'write.generic-verb',
  'write.mutating-switch',
  'destructive.name-verb',
  'destructive.description-verb',
  'destructive.description-mention',
  'execute.name-verb',
  'execute.description-verb',
]);

export interface ClassifyOptions {
  /** content hash already computed by the caller (the crawler has it); computed here otherwise */
  hash?: string;
  /** false: rules alone, without the learned layer (for measuring what the layer adds) */
  learned?: boolean;
  /** sees what the learned layer is given (the training script uses it to build features) */
  inspect?: (view: ToolView, rules: RuleSummary) => void;
  /** the names of the other tools of the same listing (classifyServer passes them): look-alike names and redirections are checked against them */
  siblings?: ReadonlySet<string>;
}

/**
 * The learned layer may call a tool read where the rules found no strong evidence only above this.
 * Chosen by the engine's cross-validation by server on the tuning servers (scripts/train-model.ts):
 * 0.8 gave 92.6 % access and 38 false reads, 0.9 92.2 % and 28, 0.95 91.4 % and 27. A false read is
 * what a policy allows wrongly (LABELS.md rule 7), so the fewer false reads were taken over the access.
 * Keeping 0.8 where weak rule evidence already says read gave 37: that is where the false reads are.
 */
export const LEARNED_READ_CONFIDENCE = 0.9;
/** Where the rules found strong evidence, the learned layer raises the risk only above this. */
export const LEARNED_RAISE_CONFIDENCE = 0.6;

interface Found {
  rule: Rule;
  finding: Finding;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (s: string): string =>
  (s.length > MAX_MATCH ? `${s.slice(0, MAX_MATCH)}…` : s).replace(CONTROL, ' ');

function effectOf(f: Found): Evidence['effect'] {
  return f.finding.effect ?? f.rule.effect;
}

function run(rules: readonly Rule[], view: ToolView, verdict: Verdict, out: Found[]): void {
  // indexed loops: detect returns arrays of several kinds (the frozen NONE, fresh literals), which
  // make a for-of iterator here megamorphic, and this runs for every rule of every tool
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const findings = rule.detect(view, verdict);
    for (let i = 0; i < findings.length; i++) out.push({ rule, finding: findings[i]! });
  }
}

/** Default reading of ARCHITECTURE.md: base risk by access, raised by flags and by evidence floors. */
export function riskOf(access: Access, flags: ReadonlySet<Flag>, floor: Risk): Risk {
  let risk: Risk = access === 'read' ? 'low' : access === 'write' ? 'medium' : 'high';
  // LABELS.md: private reads (account data, local files, databases, secrets) are medium; public
  // content, even text strangers wrote, fetched through a vendor's API is low; a page the user's
  // machine loads for the caller is medium
  if (
    access === 'read' &&
    (flags.has('private_data') ||
      flags.has('credentials') ||
      flags.has('filesystem') ||
      (flags.has('untrusted_content') && flags.has('network_egress')))
  )
    risk = 'medium';
  if (
    access === 'write' &&
    (flags.has('public_sink') || flags.has('destructive') || flags.has('credentials'))
  )
    risk = 'high';
  if (access !== 'read' && flags.has('host_execution')) risk = 'critical';
  if (access !== 'read' && flags.has('mass_destruction')) risk = 'critical';
  if (poisoned(flags)) risk = maxRisk(risk, 'high');
  return maxRisk(risk, floor);
}

/** A definition that carries an injected instruction or a poisoned field: at least high everywhere. */
const poisoned = (flags: ReadonlySet<Flag>): boolean =>
  flags.has('injection_attempt') || flags.has('tool_poisoning');

/**
 * The risk `classify --fail-on` counts: a poisoned or injected definition is an attack on whoever runs
 * it, so it fails every threshold, whatever risk its effect alone would earn.
 */
export function failRisk(c: Pick<Classification, 'risk' | 'flags'>): Risk {
  return c.flags.includes('tool_poisoning') || c.flags.includes('injection_attempt') ? 'critical' : c.risk;
}

export function categoryOf(access: Access, flags: ReadonlySet<Flag>): Category {
  if (access === 'unknown') return 'unknown';
  if (flags.has('financial') && access !== 'read') return 'financial';
  if (flags.has('destructive') && access !== 'read') return 'destructive';
  return access;
}

/** The behaviour hints we would suggest for a label. */
export function suggestAnnotations(access: Access, flags: ReadonlySet<Flag>): SuggestedAnnotations {
  return {
    readOnlyHint: access === 'read',
    destructiveHint: access === 'unknown' || (access !== 'read' && flags.has('destructive')),
    idempotentHint: access === 'read',
    openWorldHint:
      access === 'unknown' ||
      flags.has('open_world') ||
      flags.has('network_egress') ||
      flags.has('untrusted_content') ||
      flags.has('public_sink'),
  };
}

/** Declared hints that claim less risk than the suggested ones, one sentence each. */
export function compareAnnotations(
  declared: Readonly<Record<string, unknown>> | null,
  suggested: SuggestedAnnotations,
): string[] {
  const mismatches: string[] = [];
  if (!declared) return mismatches;
  if (declared.readOnlyHint === true && !suggested.readOnlyHint)
    mismatches.push('readOnlyHint: declared true, the definition shows it is not read-only');
  if (declared.destructiveHint === false && suggested.destructiveHint)
    mismatches.push('destructiveHint: declared false, the definition shows it is destructive');
  if (declared.openWorldHint === false && suggested.openWorldHint)
    mismatches.push('openWorldHint: declared false, the definition shows it reaches outside the server');
  return mismatches;
}

const WHY: Record<Category, string> = {
  read: 'it only observes',
  write: 'it changes state in a bounded way',
  execute: 'what it does depends on what it runs and on the arguments it is given',
  destructive: 'it can delete, overwrite or stop things that may not come back',
  financial: 'it can move money or commit someone to pay',
  unknown: 'the definition does not let us tell what it does, so it is treated as high risk and denied',
};

const RAISED_BY: Partial<Record<Flag, string>> = {
  host_execution: 'it can run arbitrary code or commands',
  mass_destruction: 'one call can destroy many things',
  public_sink: 'other people see what it does',
  private_data: 'it returns private data',
  untrusted_content: 'it returns text strangers wrote, which may carry instructions aimed at the agent',
  credentials: 'it handles secrets',
  injection_attempt: 'its text tries to steer the reviewer',
  tool_poisoning: 'its text hides instructions for the agent',
  financial: 'money is involved',
};

function hashOf(input: unknown, options: ClassifyOptions): string {
  if (options.hash) return options.hash;
  try {
    return contentHash(input);
  } catch {
    return contentHash({ unhashable: String(typeof input) });
  }
}

const LEARNED_RATIONALE: Record<string, string> = {
  'learned.access':
    'no rule found strong evidence of what it does, so the learned model decided from the words it was trained on ({match})',
  'learned.risk':
    'the learned model, trained on hand-labelled tools, rates it higher than the rules did ({match})',
  'learned.read-risk':
    "the learned model judged from its words whether this read reaches public data (low) or the user's own account, files or databases (medium) ({match})",
};

type LearnedEvidence = Evidence & { confidence: number; effect: Evidence['effect'] & { setRisk?: Risk } };

/** What the learned layer changes, as one piece of evidence (null when it changes nothing). */
function applyLearned(view: ToolView, summary: RuleSummary): LearnedEvidence | null {
  const { tier } = summary;
  const risk = summary.risk as Risk;
  const ruleFloor = (summary.floor ?? 'low') as Risk;
  const pred = predictLearned(view, summary);
  if (!pred) return null;
  const argmax = (p: number[]) => p.reduce((best, x, i) => (x > p[best]! ? i : best), 0);
  const top = (order: readonly string[], p: number[]) => {
    const i = argmax(p);
    return { value: order[i]!, p: p[i]! };
  };
  const effect: LearnedEvidence['effect'] = {};
  let confidence = 0.5;
  if (tier !== 'strong') {
    // with no description there is nothing for the model to read: what the rules found stands
    if (!view.description) return null;
    let a = top(ACCESS_ORDER_FOR_MODEL, pred.access);
    if (a.value === 'read' && a.p < LEARNED_READ_CONFIDENCE) {
      // not sure enough to call it read: the write it most plausibly is (LABELS.md rule 7), or execute
      // when the model rates that above write and read together
      a =
        pred.access[2]! > pred.access[0]! + pred.access[1]!
          ? { value: 'execute', p: pred.access[2]! }
          : { value: 'write', p: pred.access[1]! };
      confidence = 0.35;
    } else if (a.value === 'execute' && a.p < 0.5) {
      a = { value: 'write', p: pred.access[1]! };
      confidence = 0.35;
    } else confidence = Math.min(0.45, 0.2 + a.p * 0.25);
    // a label the rules could not support is a guess: below LOW_CONFIDENCE, so a second opinion is asked
    effect.access = a.value as Access;
    // the model's risk where it decided the access: a read's low/medium split both ways, above that
    // only a raise
    const r = top(RISK_ORDER_FOR_MODEL, pred.risk);
    if (a.value === 'read' && riskRank(r.value as Risk) <= 1)
      effect.setRisk = maxRisk(r.value as Risk, ruleFloor);
    else if (riskRank(r.value as Risk) > 1 && r.p >= LEARNED_RAISE_CONFIDENCE)
      effect.minRisk = r.value as Risk;
  } else {
    // strong rule evidence: the model can only raise the access (read -> write -> execute) or the risk
    const a = top(ACCESS_ORDER_FOR_MODEL, pred.access);
    const order = ACCESS_ORDER_FOR_MODEL as readonly string[];
    const ruleAccess = summary.access;
    if (
      ruleAccess !== 'unknown' &&
      a.p >= LEARNED_RAISE_CONFIDENCE &&
      order.indexOf(a.value) > order.indexOf(ruleAccess)
    )
      effect.access = a.value as Access;
    const r = top(RISK_ORDER_FOR_MODEL, pred.risk);
    const finalAccess = effect.access ?? ruleAccess;
    if (finalAccess === 'read' && riskRank(risk) <= 1 && riskRank(r.value as Risk) <= 1) {
      // a read's low/medium split (public vs private data) is the model's call both ways: no policy
      // depends on it (policies follow the category), and the word rules for "private" over-fire
      const set = maxRisk(r.value as Risk, ruleFloor);
      if (set !== risk) effect.setRisk = set;
    } else if (riskRank(r.value as Risk) > riskRank(risk) && r.p >= LEARNED_RAISE_CONFIDENCE)
      effect.minRisk = r.value as Risk;
    if (!effect.access && !effect.minRisk && !effect.setRisk) return null;
  }
  const words = [...view.nameTokens, ...view.leadWords.slice(0, 3)].slice(0, 6).join(' ');
  return {
    rule: effect.access ? 'learned.access' : effect.setRisk ? 'learned.read-risk' : 'learned.risk',
    path: 'name+description+inputSchema',
    match: clean(words),
    effect,
    strength: 'weak',
    note: effect.access
      ? 'Learned model decided'
      : effect.setRisk
        ? 'Learned model judged whose data it reads'
        : 'Learned model raised the risk',
    confidence,
  };
}

/** Classifies one untrusted tool definition. Never throws; bad input is labelled unknown. */
export function classifyTool(
  input: unknown,
  server?: ServerContext,
  options: ClassifyOptions = {},
): Classification {
  const view = buildView(input, server, options.siblings);
  let found: Found[] = [];
  run(DEFINITION, view, NO_VERDICT, found);
  // navigation and session-local controls are reads (LABELS.md cases 2 and 3): the verb that names
  // them ("close", "navigate", "stop") is not evidence of a write
  const sessionOverride = found.some((f) => SESSION_OVERRIDES.has(f.rule.id));
  if (sessionOverride) found = found.filter((f) => !VERB_ONLY_RULES.has(f.rule.id));

  // Access: strong evidence decides; weak evidence only when nothing strong was found; then fallbacks.
  let tier: 'strong' | 'weak' | 'fallback' | 'none' = 'none';
  let access: Access | undefined;
  for (const f of found) {
    const a = effectOf(f).access;
    if (a && f.rule.strength === 'strong') access = access ? maxAccess(access, a) : a;
  }
  if (access) tier = 'strong';
  else {
    for (const f of found) {
      const a = effectOf(f).access;
      if (a) access = access ? maxAccess(access, a) : a;
    }
    if (access) tier = 'weak';
  }
  if (!access) {
    run(FALLBACK, view, NO_VERDICT, found);
    for (const f of found) {
      const a = effectOf(f).access;
      if (a) access = access ? maxAccess(access, a) : a;
    }
    tier = access ? 'fallback' : 'none';
  }
  let ruleAccess: Access = access ?? 'unknown';
  // the server's readOnlyHint: false raises a read to a write (never lowers anything), except for
  // navigation and session-local controls, which LABELS.md counts as reads whatever the hint says
  const declaresChange = found.find((f) => f.rule.id === 'annot.declares-change');
  if (ruleAccess === 'read' && declaresChange && !sessionOverride) ruleAccess = 'write';
  const raisedByAnnotation = ruleAccess === 'write' && access === 'read';
  // weak access-only evidence that did not decide is dropped from the record
  const kept =
    tier === 'strong'
      ? found.filter(
          (f) =>
            !(f.rule.strength === 'weak' && effectOf(f).access && !effectOf(f).flag) ||
            (raisedByAnnotation && f.rule.id === 'annot.declares-change'),
        )
      : found.filter((f) => !(f.rule.id === 'annot.declares-read-only' && ruleAccess !== 'read'));

  const flags = new Set<Flag>();
  for (const f of kept) {
    const e = effectOf(f);
    if (e.flag && !(e.access && tier === 'strong' && f.rule.strength === 'weak')) flags.add(e.flag);
  }
  const verbClasses = new Set<string>();
  for (const v of view.nameVerbs) verbClasses.add(v.cls);
  for (const v of view.leadVerbs) verbClasses.add(v.cls);
  const verdict: Verdict = {
    access: ruleAccess,
    flags,
    verbClasses,
    sessionLocal: ruleAccess === 'read' && kept.some((f) => SESSION_LOCAL.has(f.rule.id)),
  };
  const before = kept.length;
  run(VERDICT, view, verdict, kept);
  for (let i = before; i < kept.length; i++) {
    const e = effectOf(kept[i]!);
    if (e.flag) flags.add(e.flag);
  }

  // derived flags
  if (flags.has('host_execution')) flags.add('code_execution');
  if (
    flags.has('network_egress') ||
    flags.has('public_sink') ||
    kept.some((f) => f.rule.family === 'browser')
  )
    flags.add('open_world');
  if (flags.has('mass_destruction')) flags.add('destructive');
  if (view.hiddenUnicode.length > 0) flags.add('hidden_unicode');

  let floor: Risk = 'low';
  for (const f of kept) {
    const r = effectOf(f).minRisk;
    if (r) floor = maxRisk(floor, r);
  }
  let finalAccess: Access = ruleAccess;
  let risk = riskOf(finalAccess, flags, floor);

  // the learned layer: decides where the rules had no strong evidence, only raises elsewhere
  // a definition with no name gives the model nothing to read: it stays unknown
  const useLearned = options.learned !== false && !!view.name;
  let learnedEvidence: LearnedEvidence | null = null;
  if (useLearned || options.inspect) {
    const summary: RuleSummary = {
      access: finalAccess,
      tier,
      risk,
      rules: kept.map((f) => f.rule.id),
      flags: [...flags].sort(),
      floor: poisoned(flags) ? maxRisk(floor, 'high') : floor,
    };
    options.inspect?.(view, summary);
    if (useLearned) learnedEvidence = applyLearned(view, summary);
  }
  if (learnedEvidence) {
    if (learnedEvidence.effect.access) finalAccess = learnedEvidence.effect.access;
    // never below what the rules found for that access (riskOf starts from the access's own bound)
    risk = maxRisk(riskOf(finalAccess, flags, floor), learnedEvidence.effect.minRisk ?? 'low');
    // the model's low/medium split of a read overrides what the flags suggest (the private-data words
    // over-fire), never a floor a rule set (applyLearned keeps to it): navigation is medium (LABELS.md
    // case 3), a poisoned tool high
    if (learnedEvidence.effect.setRisk) risk = learnedEvidence.effect.setRisk;
  }
  const category = categoryOf(finalAccess, flags);

  // per-action labels for multi-action tools
  const actions: ActionLabel[] = [];
  const selector = flags.has('multi_action') ? actionSelector(view) : undefined;
  if (selector) {
    const shared = new Set<Flag>(
      [...flags].filter(
        (fl) =>
          fl !== 'destructive' && fl !== 'mass_destruction' && fl !== 'multi_action' && fl !== 'financial',
      ),
    );
    for (const v of selector.verbs) {
      const a = accessOfVerbClass(v.cls);
      const af = new Set<Flag>(shared);
      if (v.cls === 'destructive') af.add('destructive');
      if (a === 'read')
        for (const fl of ['public_sink', 'host_execution', 'code_execution'] as const) af.delete(fl);
      actions.push({
        param: selector.param.name,
        value: v.value,
        access: a,
        category: categoryOf(a, af),
        risk: riskOf(a, af, 'low'),
        flags: [...af].sort(),
      });
    }
  }

  const evidence: Evidence[] = kept.map((f) => ({
    rule: f.rule.id,
    path: f.finding.path,
    match: clean(f.finding.match),
    effect: effectOf(f),
    strength: f.rule.strength,
    note: f.rule.title,
  }));
  if (learnedEvidence) {
    const { effect } = learnedEvidence;
    const e: Evidence['effect'] = {};
    if (effect.access) e.access = effect.access;
    const r = effect.setRisk ?? effect.minRisk;
    if (r) e.minRisk = r;
    // the public evidence without the layer's confidence, keys in the order a rest spread gave them
    evidence.push({
      rule: learnedEvidence.rule,
      path: learnedEvidence.path,
      match: learnedEvidence.match,
      strength: learnedEvidence.strength,
      note: learnedEvidence.note,
      effect: e,
    });
  }

  // confidence
  let confidence: number;
  if (finalAccess === 'unknown') confidence = view.valid ? 0.3 : 0.9;
  else if (tier === 'strong') {
    const agreeing = new Set<string>();
    let disagree = false;
    for (const e of evidence) {
      if (!e.effect.access || e.strength !== 'strong') continue;
      // the part of the definition it came from: the path up to its first dot
      if (e.effect.access === finalAccess) {
        const dot = e.path.indexOf('.');
        agreeing.add(dot < 0 ? e.path : e.path.slice(0, dot));
      } else disagree = true;
    }
    confidence = Math.min(0.95, 0.72 + 0.1 * agreeing.size) - (disagree ? 0.07 : 0);
  } else confidence = tier === 'weak' ? 0.5 : 0.4;
  if (learnedEvidence?.effect.access && tier !== 'strong')
    confidence = Math.min(confidence, learnedEvidence.confidence);
  const declared = view.annotations;
  const suggested = suggestAnnotations(finalAccess, flags);
  const mismatches = compareAnnotations(declared, suggested);
  if (declared) {
    if (mismatches.length > 0) confidence -= 0.1;
    else if (typeof declared.readOnlyHint === 'boolean' && declared.readOnlyHint === suggested.readOnlyHint)
      confidence += 0.04;
  }
  if (!view.valid) confidence = Math.min(confidence, 0.35);
  confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;

  const rationale = writeRationale(evidence, finalAccess, category, risk, flags);
  const oneLine = summarize(evidence, finalAccess, category);
  return {
    tool: view.name,
    hash: hashOf(input, options),
    access: finalAccess,
    category,
    risk,
    flags: [...flags].sort(),
    confidence,
    evidence,
    rationale,
    summary: oneLine,
    annotations: { declared: declared ? { ...declared } : null, suggested, mismatches },
    actions,
    source: 'rules',
    classifierVersion: CLASSIFIER_VERSION,
  };
}

function writeRationale(
  evidence: Evidence[],
  access: Access,
  category: Category,
  risk: Risk,
  flags: ReadonlySet<Flag>,
): string[] {
  const lines: string[] = [];
  // one line per rule and path; the list is short, so earlier entries are compared rather than
  // "rule|path" keys built and hashed for every piece of evidence
  const shown: Evidence[] = [];
  for (const e of evidence) {
    if (e.rule === 'annot.missing' || lines.length >= 12) continue;
    if (shown.some((s) => s.rule === e.rule && s.path === e.path)) continue;
    shown.push(e);
    const template = RULES_BY_ID.get(e.rule)?.rationale ?? LEARNED_RATIONALE[e.rule] ?? e.note;
    lines.push(`From the tool's definition (${e.path}): ${template.replace('{match}', e.match)}.`);
  }
  const raised = [...flags].map((f) => RAISED_BY[f]).filter((s): s is string => !!s);
  const because =
    raised.length > 0 && riskRank(risk) > 0
      ? `; the risk is ${risk} because ${raised.slice(0, 3).join(', and ')}`
      : '';
  // the category in brackets only when it says more than the access ("write (destructive)", not "execute (execute)")
  const filed = category === access ? access : `${access} (${category})`;
  lines.push(`Labelled ${filed}, ${risk} risk: ${WHY[category]}${because}.`);
  return lines;
}

function summarize(evidence: Evidence[], access: Access, category: Category): string {
  const pick =
    (category === 'financial' && evidence.find((e) => e.effect.flag === 'financial')) ||
    (category === 'destructive' &&
      evidence.find((e) => e.effect.flag === 'destructive' || e.effect.flag === 'mass_destruction')) ||
    evidence.find((e) => e.effect.flag === 'host_execution') ||
    evidence.find((e) => e.effect.access === access && e.strength === 'strong') ||
    evidence.find((e) => e.effect.access === access) ||
    evidence.find((e) => e.rule !== 'annot.missing');
  if (!pick) return WHY[category];
  return `${pick.note}: "${pick.match.length > 60 ? `${pick.match.slice(0, 60)}…` : pick.match}" (${pick.path})`;
}

export interface ServerClassification {
  server: ServerContext | null;
  tools: Classification[];
  /** tools whose definitions were not valid MCP tools (still classified, as unknown) */
  invalid: number;
  maxRisk: Risk | null;
  counts: Record<Risk, number>;
}

/** Classifies a whole tools/list result. Duplicate names are kept; each definition is labelled on its own. */
export function classifyServer(tools: readonly unknown[], server?: ServerContext): ServerClassification {
  const siblings = new Set<string>();
  for (const t of tools) {
    const name = (t as { name?: unknown } | null)?.name;
    if (typeof name === 'string') siblings.add(name);
  }
  const out = tools.map((t) => classifyTool(t, server, { siblings }));
  const counts: Record<Risk, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  let top: Risk | null = null;
  let invalid = 0;
  for (const c of out) {
    counts[c.risk]++;
    top = top ? maxRisk(top, c.risk) : c.risk;
    if (c.flags.includes('invalid_definition')) invalid++;
  }
  return { server: server ?? null, tools: out, invalid, maxRisk: top, counts };
}
