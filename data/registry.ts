import * as z from 'zod';
import { McpRiskError } from '../core/index.js';
import { ServerEntrySchema, formatIssues, type ServerEntry } from './servers.js';

/**
 * Importer for the official MCP Registry's `server.json` (schema 2025-09 and later, camelCase; the
 * older snake_case field names are accepted too). Only npm packages started over stdio become crawl
 * entries; everything else is reported as skipped with a reason. Values the registry marks as secret
 * become placeholders; we never supply real keys.
 */

const InputSchema = z
  .object({
    type: z.enum(['positional', 'named']).optional(),
    name: z.string().optional(),
    value: z.string().optional(),
    valueHint: z.string().optional(),
    default: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    isRequired: z.boolean().optional(),
    isSecret: z.boolean().optional(),
    choices: z.array(z.string()).optional(),
  })
  .loose();

const PackageSchema = z
  .object({
    registryType: z.string(),
    identifier: z.string(),
    version: z.string().optional(),
    transport: z.object({ type: z.string() }).loose().optional(),
    runtimeHint: z.string().optional(),
    packageArguments: z.array(InputSchema).optional(),
    environmentVariables: z.array(InputSchema).optional(),
  })
  .loose();

export const RegistryServerJsonSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(3).max(200),
    title: z.string().optional(),
    description: z.string().optional(),
    version: z.string().optional(),
    packages: z.array(PackageSchema).optional(),
    remotes: z.array(z.object({ type: z.string().optional(), url: z.string() }).loose()).optional(),
  })
  .loose();
export type RegistryServerJson = z.infer<typeof RegistryServerJsonSchema>;

export interface RegistryImport {
  entries: ServerEntry[];
  skipped: { what: string; reason: string }[];
}

const SNAKE_TO_CAMEL: Record<string, string> = {
  registry_type: 'registryType',
  registry_name: 'registryType',
  runtime_hint: 'runtimeHint',
  package_arguments: 'packageArguments',
  environment_variables: 'environmentVariables',
  value_hint: 'valueHint',
  is_required: 'isRequired',
  is_secret: 'isSecret',
  transport_type: 'type',
};

/** Renames the legacy snake_case members (and `version_detail.version`) to today's names. */
function normalizeLegacy(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => normalizeLegacy(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[SNAKE_TO_CAMEL[key] ?? key] = normalizeLegacy(v, depth + 1);
  }
  const detail = out.version_detail as { version?: unknown } | undefined;
  if (out.version === undefined && typeof detail?.version === 'string') out.version = detail.version;
  return out;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** `io.github.user/local-weather` -> `io-github-user-local-weather` (bounded, safe). */
export function catalogueNameFromRegistryName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `server-${slug || 'x'}`;
}

const placeholderFor = (what: string): string =>
  `placeholder-${
    what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'value'
  }`;

function argumentValue(input: z.infer<typeof InputSchema>): string {
  if (input.value !== undefined) return input.value;
  if (input.default !== undefined) return input.default;
  if (input.choices?.[0] !== undefined) return input.choices[0];
  if (input.format === 'filepath' || /dir|path|folder|root/i.test(input.valueHint ?? input.name ?? ''))
    return '{{workdir}}';
  return placeholderFor(input.valueHint ?? input.name ?? 'value');
}

/** Converts one registry server.json into crawl entries for its npm/stdio packages. */
export function importRegistryServer(json: unknown, source = 'server.json'): RegistryImport {
  const parsed = RegistryServerJsonSchema.safeParse(normalizeLegacy(json));
  if (!parsed.success)
    throw new McpRiskError(
      'config_invalid',
      `${source} is not a registry server.json:\n${formatIssues(parsed.error)}`,
    );
  const server = parsed.data;
  const result: RegistryImport = { entries: [], skipped: [] };
  for (const remote of server.remotes ?? []) {
    result.skipped.push({
      what: `remote ${remote.url}`,
      reason: 'remote servers are not crawled from the registry importer',
    });
  }
  const npmPackages = (server.packages ?? []).filter((p) => p.registryType === 'npm');
  for (const pkg of server.packages ?? []) {
    const what = `${pkg.registryType} ${pkg.identifier}@${pkg.version ?? '?'}`;
    if (pkg.registryType !== 'npm') {
      result.skipped.push({ what, reason: `registry type ${pkg.registryType} is not crawled (npm only)` });
      continue;
    }
    const transport = pkg.transport?.type ?? 'stdio';
    if (transport !== 'stdio') {
      result.skipped.push({ what, reason: `transport ${transport} (only stdio packages are started)` });
      continue;
    }
    if (pkg.version === undefined || !EXACT_VERSION.test(pkg.version)) {
      result.skipped.push({ what, reason: 'no exact version (ranges and "latest" are not crawled)' });
      continue;
    }
    const args: string[] = [];
    for (const input of pkg.packageArguments ?? []) {
      if (input.type === 'named') {
        if (!input.name) continue;
        if (input.isRequired !== true && input.value === undefined && input.default === undefined) continue;
        args.push(input.name);
        if (
          input.value !== undefined ||
          input.default !== undefined ||
          input.valueHint !== undefined ||
          input.format !== 'boolean'
        ) {
          args.push(input.isSecret === true ? placeholderFor(input.name) : argumentValue(input));
        }
      } else {
        if (input.isRequired === false && input.value === undefined) continue;
        args.push(
          input.isSecret === true ? placeholderFor(input.valueHint ?? 'secret') : argumentValue(input),
        );
      }
    }
    const env: Record<string, string> = {};
    for (const variable of pkg.environmentVariables ?? []) {
      if (!variable.name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable.name)) continue;
      if (variable.isSecret === true) env[variable.name] = placeholderFor(variable.name);
      else if (
        variable.value !== undefined ||
        variable.default !== undefined ||
        variable.choices?.[0] !== undefined
      ) {
        env[variable.name] = variable.value ?? variable.default ?? variable.choices![0]!;
      } else if (variable.isRequired === true) env[variable.name] = placeholderFor(variable.name);
    }
    const base = catalogueNameFromRegistryName(server.name);
    const name = npmPackages.length > 1 ? catalogueNameFromRegistryName(`${base}-${pkg.identifier}`) : base;
    const entry = ServerEntrySchema.safeParse({
      name,
      ...(server.title ? { title: server.title.slice(0, 200) } : {}),
      ...(server.description ? { description: server.description.slice(0, 2000) } : {}),
      package: pkg.identifier,
      version: pkg.version,
      args,
      env,
      notes: `imported from the MCP Registry entry ${server.name}`,
    });
    if (entry.success) result.entries.push(entry.data);
    else
      result.skipped.push({
        what,
        reason: `does not make a valid crawl entry: ${formatIssues(entry.error, 3).replace(/\n/g, '; ')}`,
      });
  }
  return result;
}

/** Entries from several server.json documents; later duplicates of a name are skipped. */
export function importRegistryServers(
  documents: readonly { source: string; json: unknown }[],
): RegistryImport {
  const all: RegistryImport = { entries: [], skipped: [] };
  const names = new Set<string>();
  for (const doc of documents) {
    const one = importRegistryServer(doc.json, doc.source);
    for (const entry of one.entries) {
      if (names.has(entry.name))
        all.skipped.push({ what: entry.name, reason: `duplicate name (from ${doc.source})` });
      else {
        names.add(entry.name);
        all.entries.push(entry);
      }
    }
    all.skipped.push(...one.skipped);
  }
  return all;
}
