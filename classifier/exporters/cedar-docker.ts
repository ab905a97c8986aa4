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
 * Cedar for Docker's MCP gateway (Docker Sandboxes MCP governance). The engine is not open source
 * (docker/mcp-gateway's pkg/policy/desktop_client.go posts each request to Docker Desktop's
 * `/mcp/policy/evaluate`), so the request model is the documented one: docker/docs
 * content/manuals/ai/sandboxes/governance/reference/mcp-policy.md ("MCP policy reference"):
 * - action `MCP::Action::"invokeTool"`; resource an `MCP::Tool` whose `resource.name` is the bare
 *   tool name, inside `MCP::Server::"<registered server name>"` ("A bare-name match applies to
 *   every server exposing a tool with that name", so every statement is scoped to the server);
 * - `context.args`: "Tool-call arguments for invokeTool requests to local stdio servers ... Remote
 *   server requests don't include it" and "Unsupported or malformed arguments are omitted": so a
 *   guard requires `context has args` and the argument's presence, and a missing one denies;
 * - default deny, forbid overrides permit, `@requireApproval("reason")` on a permit asks through
 *   MCP elicitation and "takes precedence over a normal permit".
 * The gateway is Go (docker/mcp-gateway) and decodes calls with encoding/json: see GO_REPLACEMENT.
 * The docs do not say how errors are handled; the guards assume Cedar's rule (an erroring policy is
 * skipped) and so never rely on a forbid that can error.
 *
 * Approval is expressed with @requireApproval; a rate limit has no Cedar form, and a tool with one
 * is forbidden (asking cannot stand in for a spent limit), with a note.
 */

const ENGINE = "Docker's MCP gateway";

const DOCKER_ARGS: ArgAccess = {
  value: (key) => `context.args[${cedarString(key)}]`,
  present: (key) => `context.args has ${cedarString(key)}`,
  unreadable: (s) => (s.includes('\uFFFD') ? GO_REPLACEMENT : undefined),
};

const ACTION = 'action == MCP::Action::"invokeTool"';

/** The statements (each with its tool) and notes of a Docker export, and the schema types. */
export function dockerStatements(
  policy: Policy,
  classifications: readonly Classification[],
  server: string,
): { statements: CedarStatement[]; notes: string[]; types: Map<string, ArgType> } {
  const notes: string[] = [];
  const statements: CedarStatement[] = [];
  const types = new Map<string, ArgType>();
  const add = (tool: string, text: string) => statements.push({ tool, text });
  const inServer = `resource in MCP::Server::${cedarString(server)}`;
  const match = (tool: string) => `${inServer} && resource.name == ${cedarString(tool)}`;
  const forbid = (tool: string) => `forbid (principal, ${ACTION}, resource)\nwhen { ${match(tool)} };`;

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${toolLabel(name)}: the name has an unpaired UTF-16 surrogate, which a Cedar string cannot carry; no statement is written, so Cedar's default deny applies.`,
      );
      continue;
    }
    if (hidden || !rule) {
      add(name, forbid(name));
      continue;
    }
    const plan = name.includes('\uFFFD')
      ? { kind: 'forbid' as const, reasons: [`its name holds U+FFFD: ${GO_REPLACEMENT}`] }
      : planTool(rule, DOCKER_ARGS, { approval: true, engine: ENGINE }, types);
    if (plan.kind === 'forbid') {
      add(name, forbid(name));
      notes.push(forbidNote(name, plan.reasons, ENGINE));
      continue;
    }
    const guards =
      plan.guards.length === 0
        ? ''
        : ` && context has args && ${plan.guards.map((g) => g.pass).join(' && ')}`;
    // the reason is shown in the elicitation; a very long name is shortened by code point
    const shown = [...name].length > 200 ? `${[...name].slice(0, 200).join('')}...` : name;
    const annotation = plan.approval
      ? `@requireApproval(${cedarString(`mcp-risk: ${shown} needs approval`)})\n`
      : '';
    add(name, `${annotation}permit (principal, ${ACTION}, resource)\nwhen { ${match(name)}${guards} };`);
    for (const g of plan.guards)
      if (g.hit)
        add(
          name,
          `forbid (principal, ${ACTION}, resource)\nwhen { ${match(name)} && context has args && ${g.hit} };`,
        );
    if (plan.guards.length > 0)
      notes.push(
        absentNote(
          name,
          [...new Set(plan.guards.map((g) => g.key))],
          "Docker's gateway passes arguments only to policies for local stdio servers and omits unsupported ones, so a missing argument cannot be told from one left out (against a remote server this tool is always denied)",
        ),
      );
  }
  return { statements, notes: [...new Set(notes)], types };
}

export function exportCedarDocker(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const server = hasLoneSurrogate(serverName) ? 'server' : serverName;
  const { statements, notes, types } = dockerStatements(policy, classifications, server);
  const header = [
    `// Cedar policies for Docker's MCP gateway, generated by mcp-risk for the MCP server ${cedarString(server)}.`,
    `// Every statement matches tools of the server registered as ${cedarString(server)}: register it under that name,`,
    '// or export with --name <registered name>. Anything no permit allows is denied.',
  ];
  const schema = {
    MCP: {
      entityTypes: {
        User: {},
        Server: {
          shape: {
            type: 'Record',
            attributes: {
              type: { type: 'String', required: false },
              identityURL: { type: 'String', required: false },
            },
          },
        },
        Tool: {
          memberOfTypes: ['Server'],
          shape: {
            type: 'Record',
            attributes: {
              name: { type: 'String' },
              readOnly: { type: 'Boolean' },
              destructive: { type: 'Boolean' },
              idempotent: { type: 'Boolean' },
              openWorld: { type: 'Boolean' },
            },
          },
        },
      },
      actions: {
        invokeTool: {
          appliesTo: {
            principalTypes: ['User'],
            resourceTypes: ['Tool'],
            context: {
              type: 'Record',
              attributes: {
                args: { type: 'Record', required: false, attributes: argAttributes(types, (k) => k) },
              },
            },
          },
        },
      },
    },
  };
  notes.push(
    `server ${toolLabel(server)}: the statements match the server registered in Docker's gateway as ${JSON.stringify(server)}; if you registered it under another name, export again with --name <that name> or change it in the file, or nothing is permitted.`,
  );
  const stem = `${safeFileStem(serverName)}.docker`;
  return {
    target: 'cedar-docker',
    filename: `${stem}.cedar`,
    content: `${[...header, '', ...statements.flatMap((s) => [s.text, ''])].join('\n').trimEnd()}\n`,
    notes: [...new Set(notes)],
    extraFiles: [
      {
        suffix: '.cedarschema.json',
        content: `${JSON.stringify(schema, null, 2)}\n`,
        description:
          "Cedar schema (JSON) written from Docker's MCP policy reference, for validating the policies",
      },
    ],
  };
}
