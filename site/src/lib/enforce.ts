/**
 * "How to enforce it": one tab per place a policy can be enforced. Each says which file the policy goes
 * into and where in it, the command that checks it took effect, and what the target cannot express.
 * The policy text and the "cannot express" notes are the exporters' own output (classifier/exporters),
 * so the site says exactly what `mcp-risk classify --target …` prints; only the placement and the check
 * are written here. Everything returned is plain text, rendered escaped.
 */
import type { Classification, Policy } from '@core';
import { policyFormats, type PolicyFormat } from './policies';
import { policyJson } from './text';

export interface EnforceBlock {
  /** element id of the <pre> (copy and download buttons point at it) */
  id: string;
  label: string;
  content: string;
  downloadName: string;
  mime: string;
}

export interface EnforceTab {
  /** stable id: the tab's radio is `enforce-<key>`, its panel `enforce-panel-<key>` */
  key: string;
  label: string;
  /** the file the text goes into */
  file: string;
  /** where in that file, and how to put it there */
  place: string;
  blocks: EnforceBlock[];
  /** the command that shows the policy took effect, and what to look for */
  check: { command: string; expect: string };
  /** what the target cannot express, from the exporter's notes (empty: nothing is lost) */
  cannot: string[];
}

export interface EnforceInput {
  policy: Policy;
  classifications: readonly Classification[];
  /** the catalogue's server name: the exporters name the server (ids, tables, scopes) after it */
  serverName: string;
  /** npm package and version that start the server */
  packageName: string;
  version: string;
  /** file-name stem of downloads: the tool slug on a tool page, the server slug on a server page */
  stem: string;
}

const byTarget = (formats: PolicyFormat[], target: string): PolicyFormat => {
  const f = formats.find((x) => x.target === target);
  if (!f) throw new Error(`no ${target} exporter`);
  return f;
};

/** The command a client runs to start the server (the exact version the catalogue listed). */
const serverCommand = (pkg: string, version: string): string[] => [
  'npx',
  '-y',
  version && version !== 'unknown' ? `${pkg}@${version}` : pkg,
];

const shellWord = (w: string): string => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
const shell = (words: string[]): string => words.map(shellWord).join(' ');

export function enforceTabs(input: EnforceInput): EnforceTab[] {
  const formats = policyFormats(input.policy, [...input.classifications], input.serverName);
  const { serverName, stem } = input;
  const cmd = serverCommand(input.packageName, input.version);
  const key = serverName;
  const nativeName = `${stem}.policy.json`;
  const block = (
    id: string,
    label: string,
    f: { content: string },
    downloadName: string,
    mime = 'text/plain',
  ) => ({
    id,
    label,
    content: f.content,
    downloadName,
    mime,
  });
  const extras = (f: PolicyFormat, target: string): EnforceBlock[] =>
    (f.extraFiles ?? []).map((x, i) =>
      block(
        `enforce-${target}-extra-${i}`,
        x.description,
        x,
        `${stem}.${target}${x.suffix}`,
        'application/json',
      ),
    );

  const claude = byTarget(formats, 'claude-code');
  const codex = byTarget(formats, 'codex');
  const toolhive = byTarget(formats, 'cedar-toolhive');
  const docker = byTarget(formats, 'cedar-docker');
  const agentgateway = byTarget(formats, 'agentgateway');
  const intercept = byTarget(formats, 'intercept');

  const guardArgs = ['guard', '--policy', `/absolute/path/to/${nativeName}`, '--', ...cmd];
  const mcpServers = {
    mcpServers: { [key]: { command: 'mcp-risk', args: guardArgs } },
  };
  const vscode = {
    servers: { [key]: { type: 'stdio', command: 'mcp-risk', args: guardArgs } },
  };

  return [
    {
      key: 'claude-code',
      label: 'Claude Code',
      file: '.claude/settings.json in the project (or ~/.claude/settings.json for every project)',
      place:
        `The "permissions" object: each id goes into its "allow", "ask" or "deny" list. Merge rather than replace: ` +
        `mcp-risk classify --policy .claude/settings.json --target claude-code --name ${key} -- ${shell(cmd)} ` +
        `adds these entries and keeps every entry already there. The ids are built from the server's key in .mcp.json ("${key}" here); pass --name with your key.`,
      blocks: [
        block(
          'policy-claude-code',
          'permissions to merge into .claude/settings.json',
          claude,
          `${stem}.claude-settings.json`,
          'application/json',
        ),
      ],
      check: {
        command: '/permissions',
        expect: `Type it in a Claude Code session: the mcp__${key}__… ids are listed under Allow, Ask and Deny as above.`,
      },
      cannot: claude.noteList,
    },
    {
      key: 'codex',
      label: 'Codex',
      file: '~/.codex/config.toml',
      place: `The [mcp_servers.${key}] table that starts the server (the one with its command or url): add these keys to it by hand. TOML allows a table only once, so do not paste a second one.`,
      blocks: [block('policy-codex', 'keys for ~/.codex/config.toml', codex, `${stem}.codex.toml`)],
      check: {
        command: 'codex mcp list',
        expect: `"${key}" is listed; in a Codex session, /mcp shows the tools it offers: only those in enabled_tools.`,
      },
      cannot: codex.noteList,
    },
    {
      key: 'guard',
      label: 'Cursor, VS Code, Claude Desktop (mcp-risk guard)',
      file: 'Cursor: .cursor/mcp.json or ~/.cursor/mcp.json. Claude Desktop: claude_desktop_config.json. Claude Code: .mcp.json. VS Code: .vscode/mcp.json',
      place: `Save the native policy as ${nativeName}, then replace the server's entry so the client starts mcp-risk guard, which starts the server and decides every call. Use absolute paths; the server's own variables go through --pass-env NAME.`,
      blocks: [
        block(
          'enforce-guard-policy',
          `${nativeName} (the native policy the guard enforces)`,
          { content: policyJson(input.policy) },
          nativeName,
          'application/json',
        ),
        block(
          'enforce-guard-mcpservers',
          'client config, "mcpServers" form (Cursor, Claude Desktop, Claude Code .mcp.json)',
          { content: `${JSON.stringify(mcpServers, null, 2)}\n` },
          `${stem}.mcp.json`,
          'application/json',
        ),
        block(
          'enforce-guard-vscode',
          'client config, VS Code form (.vscode/mcp.json)',
          { content: `${JSON.stringify(vscode, null, 2)}\n` },
          `${stem}.vscode-mcp.json`,
          'application/json',
        ),
      ],
      check: {
        command: `mcp-risk classify --config .cursor/mcp.json --server ${key}`,
        expect:
          'It starts the guard exactly as the client will and lists what the guard offers: hidden and unlisted tools are absent.',
      },
      cannot: [
        'Nothing is lost: the guard enforces the native policy itself (rate limits, argument rules, approval). Approval is asked through MCP elicitation; a client without elicitation gets a denial that says so.',
      ],
    },
    {
      key: 'intercept',
      label: 'Intercept',
      file: `${stem}.intercept.yaml, anywhere the client can read`,
      place: `Intercept runs in front of the server: make the client start "intercept -c /absolute/path/to/${stem}.intercept.yaml -- ${shell(cmd)}" instead of the server. Intercept checks the whole file when it starts and refuses it on any error.`,
      blocks: [block('policy-intercept', 'Intercept policy (YAML)', intercept, `${stem}.intercept.yaml`)],
      check: {
        command: `mcp-risk classify -- intercept -c ${stem}.intercept.yaml -- ${shell(cmd)}`,
        expect: 'Lists the tools as they reach a client through Intercept: hidden tools are absent.',
      },
      cannot: intercept.noteList,
    },
    {
      key: 'agentgateway',
      label: 'agentgateway',
      file: "the gateway's config file (YAML)",
      place:
        'Under the policies of the route backend that serves this server (routes[].backends[].policies), or under mcp.policies in the simplified form. Give this server a backend of its own: names are matched on every target of the backend.',
      blocks: [
        block(
          'policy-agentgateway',
          'mcpAuthorization block (YAML)',
          agentgateway,
          `${stem}.agentgateway.yaml`,
        ),
      ],
      check: {
        command: 'mcp-risk classify --url <the gateway route URL>',
        expect:
          'agentgateway filters tools/list through the same rule, so only the allowed tools are listed.',
      },
      cannot: agentgateway.noteList,
    },
    {
      key: 'toolhive',
      label: 'ToolHive',
      file: `${stem}.toolhive-authz.json (ToolHive's authorization config), and the Cedar schema beside it for validation`,
      place: `Pass the file when you start the server: thv run --authz-config /absolute/path/to/${stem}.toolhive-authz.json <server>. ToolHive reads the policies from it; it does not read the schema.`,
      blocks: [
        block(
          'policy-cedar-toolhive',
          'ToolHive authorization config (JSON)',
          toolhive,
          `${stem}.toolhive-authz.json`,
          'application/json',
        ),
        ...extras(toolhive, 'toolhive'),
      ],
      check: {
        command: 'thv list',
        expect:
          'Gives the URL of the running server; mcp-risk classify --url <that URL> then lists what ToolHive lets through (it filters tools/list by the same policies).',
      },
      cannot: toolhive.noteList,
    },
    {
      key: 'docker',
      label: 'Docker MCP gateway',
      file: `${stem}.docker.cedar (Cedar policies), and the Cedar schema beside it`,
      place: `Add the statements to your organization's MCP policies in Docker's governance settings. They match the server registered as "${key}": register it under that name, or export again with --name <registered name>.`,
      blocks: [
        block('policy-cedar-docker', "Cedar for Docker's MCP gateway", docker, `${stem}.docker.cedar`),
        ...extras(docker, 'docker'),
      ],
      check: {
        command: `cedar validate --schema ${stem}.docker.cedarschema.json --schema-format json --policies ${stem}.docker.cedar`,
        expect: "Validates the statements against Docker's documented request model before you publish them.",
      },
      cannot: docker.noteList,
    },
  ];
}
