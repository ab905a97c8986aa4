import { annotationRules } from './annotations.js';
import { browserRules } from './browser.js';
import { codeRules } from './code.js';
import { communicationRules } from './communication.js';
import { contextRules } from './context.js';
import { credentialRules } from './credentials.js';
import { destructiveRules } from './destructive.js';
import { executeRules } from './execute.js';
import { filesystemRules } from './filesystem.js';
import { financialRules } from './financial.js';
import { hygieneRules } from './hygiene.js';
import { injectionRules } from './injection.js';
import { multiActionRules } from './multi-action.js';
import { networkRules } from './network.js';
import { poisoningRules } from './poisoning.js';
import { privateRules } from './private.js';
import { readRules } from './read.js';
import { sessionRules } from './session.js';
import { untrustedRules } from './untrusted.js';
import { writeRules } from './write.js';
import type { Rule } from './types.js';

export const ALL_RULES: readonly Rule[] = [
  ...hygieneRules,
  ...readRules,
  ...writeRules,
  ...destructiveRules,
  ...executeRules,
  ...codeRules,
  ...browserRules,
  ...sessionRules,
  ...multiActionRules,
  ...contextRules,
  ...financialRules,
  ...communicationRules,
  ...credentialRules,
  ...filesystemRules,
  ...networkRules,
  ...untrustedRules,
  ...privateRules,
  ...injectionRules,
  ...poisoningRules,
  ...annotationRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
