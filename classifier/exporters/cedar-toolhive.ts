import type { Classification, Policy } from '../../core/index.js';
import {
  absentNote,
  argAttributes,
  cedarString,
  forbidNote,
  GO_REPLACEMENT,
  planTool,
  type ArgAccess,
  type ArgType,
  type CedarStatement,
} from './cedar.js';
import { hasLoneSurrogate, policyEntries, safeFileStem, toolLabel } from './translate.js';
import type { ExportedPolicy } from './types.js';

/**
 * Cedar for ToolHive (stacklok/toolhive, pkg/authz/authorizers/cedar/core.go at e25de16). The
 * export is ToolHive's authorization config file, `{"version":"1.0","type":"cedarv1","cedar":
 * {"policies":[...],"entities_json":"[]"}}` (core.go `Config` / `ConfigOptions`; each string in
 * `policies` is parsed as exactly one policy by `policy.UnmarshalCedar`), with a Cedar schema
 * (JSON form) beside it for validation; ToolHive itself reads no schema.
 *
 * The request, as `authorizeToolCall` builds it for a tools/call:
 * - principal `Client::"<sub or client_id claim>"`, action `Action::"call_tool"`, resource
 *   `Tool::"<params.name>"` (parseCedarEntityID splits at the first `::`, so the name is exact);
 * - context = JWT claims as `claim_<name>` merged with `preprocessArguments(arguments)`: each
 *   top-level argument whose JSON value is a string, bool or number becomes `arg_<key>`, anything
 *   else (null, array, object) only `arg_<key>_present: true`;
 * - numbers arrive as float64 and become Cedar decimals (`convertFloatToCedar`, cedar-go's
 *   NewDecimalFromFloat truncates to 4 places), and a number beyond +-922337203685477 fails that
 *   conversion and is dropped from the context: so a missing argument cannot be told from such a
 *   number, and every guard requires the argument to be present;
 * - `IsAuthorized` returns false when the Cedar diagnostic has any error, so an error in any policy
 *   that applies denies the whole call (stricter than Cedar's own skip rule; the guards do not rely
 *   on it);
 * - Go's encoding/json turns an unpaired surrogate escape into U+FFFD (see GO_REPLACEMENT), so a
 *   tool whose name or rule holds U+FFFD is forbidden.
 *
 * Limits and approval have no Cedar form: the tool is forbidden (a forbid, so no broader permit in
 * the store allows it), with a note.
 */

const ENGINE = 'ToolHive';

/** ToolHive's context keys for an argument: `arg_<key>`, exactly as preprocessArguments writes them. */
const TOOLHIVE_ARGS: ArgAccess = {
  value: (key) => `context[${cedarString(`arg_${key}`)}]`,
  present: (key) => `context has ${cedarString(`arg_${key}`)}`,
  unreadable: (s, what) => {
    if (s.includes('\uFFFD')) return GO_REPLACEMENT;
    // preprocessArguments writes arg_<k>_present for a complex argument <k>: the key `x_present`
    // would read `true` for a call that passed an object as `x`
    if (what === 'key' && s.endsWith('_present'))
      return 'ToolHive writes arg_<key>_present for complex arguments, which collides with this key';
    return undefined;
  },
};

const scope = (tool: string): string =>
  `principal, action == Action::"call_tool", resource == Tool::${cedarString(tool)}`;

/** The statements (each with its tool), notes and schema types of a ToolHive export. */
export function toolhiveStatements(
  policy: Policy,
  classifications: readonly Classification[],
): { statements: CedarStatement[]; notes: string[]; types: Map<string, ArgType> } {
  const notes: string[] = [];
  const statements: CedarStatement[] = [];
  const types = new Map<string, ArgType>();
  const add = (tool: string, text: string) => statements.push({ tool, text });

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${toolLabel(name)}: the name has an unpaired UTF-16 surrogate, which a Cedar string cannot carry; no statement is written, so Cedar's default deny applies.`,
      );
      continue;
    }
    if (hidden || !rule) {
      add(name, `forbid (${scope(name)});`);
      continue;
    }
    const plan = name.includes('\uFFFD')
      ? {
          kind: 'forbid' as const,
          reasons: [`its name holds U+FFFD: ${GO_REPLACEMENT}`],
        }
      : planTool(rule, TOOLHIVE_ARGS, { approval: false, engine: ENGINE }, types);
    if (plan.kind === 'forbid') {
      add(name, `forbid (${scope(name)});`);
      notes.push(forbidNote(name, plan.reasons, ENGINE));
      continue;
    }
    if (plan.guards.length === 0) {
      add(name, `permit (${scope(name)});`);
      continue;
    }
    add(name, `permit (${scope(name)})\nwhen { ${plan.guards.map((g) => g.pass).join(' && ')} };`);
    for (const g of plan.guards) if (g.hit) add(name, `forbid (${scope(name)})\nwhen { ${g.hit} };`);
    notes.push(
      absentNote(
        name,
        [...new Set(plan.guards.map((g) => g.key))],
        'ToolHive drops numbers beyond +-922337203685477 from the request, so a missing argument cannot be told from one',
      ),
    );
  }
  return { statements, notes: [...new Set(notes)], types };
}

export function exportCedarToolhive(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const { statements, notes, types } = toolhiveStatements(policy, classifications);
  const policies = statements.map((s) => s.text);
  // ToolHive refuses a config without policies (ValidateConfig); this one matches nothing
  if (policies.length === 0)
    policies.push('forbid (principal, action == Action::"call_tool", resource) when { false };');
  const config = {
    version: '1.0',
    type: 'cedarv1',
    cedar: { policies, entities_json: '[]' },
  };
  const schema = {
    '': {
      entityTypes: {
        Client: { memberOfTypes: ['THVGroup'], shape: { type: 'Record', attributes: {} } },
        THVGroup: {},
        MCP: {},
        Tool: {
          memberOfTypes: ['MCP'],
          shape: {
            type: 'Record',
            attributes: {
              name: { type: 'String' },
              operation: { type: 'String' },
              feature: { type: 'String' },
            },
          },
        },
      },
      actions: {
        call_tool: {
          appliesTo: {
            principalTypes: ['Client'],
            resourceTypes: ['Tool'],
            context: { type: 'Record', attributes: argAttributes(types, (k) => `arg_${k}`) },
          },
        },
      },
    },
  };
  const stem = `${safeFileStem(serverName)}.toolhive-authz`;
  return {
    target: 'cedar-toolhive',
    filename: `${stem}.json`,
    content: `${JSON.stringify(config, null, 2)}\n`,
    notes,
    extraFiles: [
      {
        suffix: '.cedarschema.json',
        content: `${JSON.stringify(schema, null, 2)}\n`,
        description: 'Cedar schema (JSON) for validating the policies; ToolHive does not read it',
      },
    ],
  };
}
