import * as z from 'zod';
import { McpRiskError, NamedTargetSchema, type NamedTarget, type ServerTarget } from '../core/index.js';

/**
 * Client configs -> ServerTarget[]. Pure: the caller reads the file. Understands
 * - Claude Desktop, Cursor, Windsurf, `.mcp.json` (Claude Code): `{ "mcpServers": { name: entry } }`
 * - VS Code (`.vscode/mcp.json`, settings): `{ "servers": { name: entry } }` or `{ "mcp": { "servers": ... } }`
 * where an entry is `{ command, args?, env?, cwd? }` (stdio) or `{ url, headers?, type? }` (HTTP).
 */

const StdioEntrySchema = z.looseObject({
  type: z.literal('stdio').optional(),
  command: z.string().min(1),
  args: z.array(z.string()).optional(),
  env: z.record(z.string(), z.string()).optional(),
  cwd: z.string().optional(),
});

const HttpEntrySchema = z.looseObject({
  type: z.enum(['http', 'streamable-http', 'streamableHttp', 'sse']).optional(),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
});

export type ConfigFormat = 'mcpServers' | 'vscode';

export interface ParsedConfig {
  format: ConfigFormat;
  servers: NamedTarget[];
  /** Entries skipped (disabled, or with a variable we cannot resolve), with a reason each. */
  skipped: { name: string; reason: string }[];
}

/** `${env:NAME}` / `${NAME}` / `${input:id}` placeholders cannot be resolved here: we never read the user's secrets for them. */
const PLACEHOLDER = /\$\{(?:env:|input:)?[^}]*\}/;

function entryToTarget(name: string, entry: unknown, where: string): ServerTarget {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new McpRiskError('config_invalid', `${where}: server "${name}" is not an object`);
  }
  if ('command' in entry) {
    const parsed = StdioEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new McpRiskError('config_invalid', `${where}: server "${name}": ${issueText(parsed.error)}`);
    const { command, args, env, cwd } = parsed.data;
    return {
      type: 'stdio',
      command,
      args: args ?? [],
      env: env ?? {},
      ...(cwd === undefined ? {} : { cwd }),
    };
  }
  if ('url' in entry) {
    const parsed = HttpEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new McpRiskError('config_invalid', `${where}: server "${name}": ${issueText(parsed.error)}`);
    const { url, headers, type } = parsed.data;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new McpRiskError('config_invalid', `${where}: server "${name}": url must be http(s)`);
    }
    return {
      type: 'http',
      url,
      headers: headers ?? {},
      transport: type === 'sse' ? 'sse' : type === undefined ? 'auto' : 'streamable-http',
    };
  }
  throw new McpRiskError('config_invalid', `${where}: server "${name}" has neither "command" nor "url"`);
}

const issueText = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(entry)'}: ${issue.message}` : 'invalid';
};

/** Parses a client config document (already JSON-parsed). Throws `config_invalid` with one clear line. */
export function parseClientConfig(doc: unknown, where = 'config'): ParsedConfig {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new McpRiskError(
      'config_invalid',
      `${where}: expected a JSON object with "mcpServers" or "servers"`,
    );
  }
  const record = doc as Record<string, unknown>;
  const mcp = record.mcp;
  let format: ConfigFormat;
  let table: unknown;
  if ('mcpServers' in record) {
    format = 'mcpServers';
    table = record.mcpServers;
  } else if ('servers' in record) {
    format = 'vscode';
    table = record.servers;
  } else if (typeof mcp === 'object' && mcp !== null && 'servers' in mcp) {
    format = 'vscode';
    table = (mcp as Record<string, unknown>).servers;
  } else {
    throw new McpRiskError(
      'config_invalid',
      `${where}: no "mcpServers" (Claude Desktop, Cursor, .mcp.json) or "servers" (VS Code) object found`,
    );
  }
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new McpRiskError(
      'config_invalid',
      `${where}: "${format === 'mcpServers' ? 'mcpServers' : 'servers'}" must be an object of named servers`,
    );
  }
  const servers: NamedTarget[] = [];
  const skipped: ParsedConfig['skipped'] = [];
  for (const [name, entry] of Object.entries(table as Record<string, unknown>)) {
    if (typeof entry === 'object' && entry !== null && (entry as { disabled?: unknown }).disabled === true) {
      skipped.push({ name, reason: 'disabled in the config' });
      continue;
    }
    const target = entryToTarget(name, entry, where);
    servers.push(NamedTargetSchema.parse({ name, target }));
  }
  return { format, servers, skipped };
}

/** The server named `name`, or every server when `name` is undefined. */
export function selectServers(
  config: ParsedConfig,
  name: string | undefined,
  where = 'config',
): NamedTarget[] {
  if (name === undefined) {
    if (config.servers.length === 0)
      throw new McpRiskError('config_invalid', `${where}: no servers to classify`);
    return config.servers;
  }
  const found = config.servers.find((s) => s.name === name);
  if (!found) {
    const known = config.servers.map((s) => s.name).join(', ') || '(none)';
    throw new McpRiskError('usage', `${where}: no server named "${name}" (servers: ${known})`);
  }
  return [found];
}

/** Placeholders like `${env:TOKEN}` left in a target: reported so the user knows to pass `--env`. */
export function unresolvedPlaceholders(target: ServerTarget): string[] {
  const values =
    target.type === 'stdio'
      ? [target.command, ...target.args, ...Object.values(target.env)]
      : [target.url, ...Object.values(target.headers)];
  return values.filter((v) => PLACEHOLDER.test(v));
}

/**
 * A saved tools/list result (`{ tools: [...] }`), a JSON-RPC response carrying one
 * (`{ result: { tools } }`), or a bare array of tools -> the raw entries (validated later, one by one).
 */
export function parseToolsDocument(doc: unknown, where = 'tools file'): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (typeof doc === 'object' && doc !== null) {
    const record = doc as Record<string, unknown>;
    if (Array.isArray(record.tools)) return record.tools;
    const result = record.result;
    if (
      typeof result === 'object' &&
      result !== null &&
      Array.isArray((result as Record<string, unknown>).tools)
    ) {
      return (result as { tools: unknown[] }).tools;
    }
  }
  throw new McpRiskError(
    'input_invalid',
    `${where}: expected a tools/list result ({"tools": [...]}) or an array of tools`,
  );
}
