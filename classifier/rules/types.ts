import type { Access, Evidence, Flag, Risk } from '../../core/index.js';
import type { ToolView } from '../view.js';

export type Effect = Evidence['effect'];

/** What a rule found: where in the definition and what text. The rule supplies the rest. */
export interface Finding {
  path: string;
  match: string;
  /** overrides the rule's default effect for this finding (e.g. a per-finding risk floor) */
  effect?: Effect;
}

/** The label so far, for rules that compare against it (annotations, financial, sinks). */
export interface Verdict {
  access: Access;
  flags: ReadonlySet<Flag>;
  /** the action verb classes found in the name and the description's opening */
  verbClasses: ReadonlySet<string>;
  /** a rule found that the tool only changes state private to the server's own session (LABELS.md case 2) */
  sessionLocal: boolean;
}

export interface Rule {
  id: string;
  family: string;
  title: string;
  effect: Effect;
  /** strong evidence decides access; weak evidence counts only when nothing strong was found */
  strength: 'strong' | 'weak';
  /** A clause completing "From the tool's definition (<path>): …"; `{match}` is replaced by the matched text. */
  rationale: string;
  /** definition: runs on the definition alone; verdict: also sees the label so far; fallback: only when no access evidence was found */
  phase: 'definition' | 'verdict' | 'fallback';
  detect(view: ToolView, verdict: Verdict): readonly Finding[];
}

export const NONE: readonly Finding[] = Object.freeze([]);

export const RISK_FLOOR = (minRisk: Risk): Effect => ({ minRisk });
export const FLAG = (flag: Flag, minRisk?: Risk): Effect => (minRisk ? { flag, minRisk } : { flag });
