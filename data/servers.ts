import * as z from 'zod';
import { McpRiskError } from '../core/index.js';

/** An npm package name (scoped or not), as npm accepts it for new packages. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** An exact semver version: no ranges, no tags. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Environment variable names that carry secrets: their values must be visibly fake. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|PRIVATE|SESSION|COOKIE/i;
/** Shapes of real credentials that must never be committed, even by mistake. */
const REAL_SECRET_SHAPES = [
  /\bsk-(?:proj-|live_|test_)?[A-Za-z0-9]{20,}/,
  /\bgh[pousr]_[A-Za-z0-9]{30,}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
  /\bAKIA[0-9A-Z]{16}\b/,
  /\bAIza[0-9A-Za-z_-]{35}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];

export const PLACEHOLDER_WORD = 'placeholder';

/**
 * Tokens in `args` and `env` values the crawler replaces before starting the server:
 * `{{home}}` the sandbox's private home, `{{workdir}}` an empty writable scratch folder.
 */
export const TARGET_TOKENS = ['{{home}}', '{{workdir}}'] as const;

const looksLikeRealSecret = (value: string): boolean => REAL_SECRET_SHAPES.some((re) => re.test(value));

export const ServerEntrySchema = z
  .object({
    /** Catalogue name: lower-case, safe as a URL segment. */
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/, 'lower-case letters, digits and dashes'),
    title: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    package: z.string().regex(NPM_NAME, 'an npm package name'),
    version: z.string().regex(EXACT_VERSION, 'an exact version (no range, no tag)'),
    /** The package's bin to run when it has several (default: the only one, or the one named like the package). */
    bin: z.string().min(1).optional(),
    args: z.array(z.string().max(1000)).max(50).default([]),
    env: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string().max(1000))
      .default({})
      .superRefine((env, ctx) => {
        for (const [key, value] of Object.entries(env)) {
          if (looksLikeRealSecret(value)) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'looks like a real credential; use a placeholder',
            });
          } else if (
            SECRET_NAME.test(key) &&
            value !== '' &&
            !value.toLowerCase().includes(PLACEHOLDER_WORD)
          ) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `a secret-looking variable must hold a value containing "${PLACEHOLDER_WORD}"`,
            });
          }
        }
      }),
    /** Why these args/env, or what the server needs to list tools; free text for reviewers. */
    notes: z.string().max(2000).optional(),
  })
  .strict();
export type ServerEntry = z.infer<typeof ServerEntrySchema>;

export const ServersFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    servers: z.array(ServerEntrySchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.servers.forEach((server, i) => {
      const first = seen.get(server.name);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['servers', i, 'name'],
          message: `duplicate name (also at index ${first})`,
        });
      else seen.set(server.name, i);
    });
  });
export type ServersFile = z.infer<typeof ServersFileSchema>;

/** Friendly one-line-per-issue message from a zod error. */
export function formatIssues(error: z.ZodError, max = 20): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Parses a curated JSON file against its schema; throws `config_invalid` with every issue listed. */
export function parseConfigJson<T>(schema: z.ZodType<T>, text: string, source: string, hint?: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new McpRiskError('config_invalid', `${source} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new McpRiskError(
      'config_invalid',
      `${source} is invalid:\n${formatIssues(parsed.error)}`,
      hint ? { hint } : {},
    );
  }
  return parsed.data;
}

/** Parses servers.json text; throws `config_invalid` with every issue listed. */
export const parseServersFile = (text: string, source = 'servers.json'): ServersFile =>
  parseConfigJson(ServersFileSchema, text, source, 'see data/servers.ts for the format');
