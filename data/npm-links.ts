import * as z from 'zod';
import { McpRiskError } from '../core/index.js';

/**
 * Repository and homepage links from the npm registry's metadata of each snapshot package at its
 * listed version (`data/catalogue/npm-links.json`, captured once by scripts/catalogue/npm-links.ts
 * with `npm view <pkg>@<version> name repository homepage --json`). Values are normalised when captured:
 * an http(s) URL (a `git+https://` repository URL becomes `https://`, a trailing `.git` dropped) is
 * kept as a URL; anything else (`git+ssh://`, `github:user/repo`, `javascript:`, `file:`) is kept as
 * text, capped, and the site never makes it a link (its `httpUrl` accepts http(s) only).
 */

export const NPM_LINKS_VERSION = 1;

export const NpmLinkEntrySchema = z
  .object({
    package: z.string().min(1),
    version: z.string(),
    homepage: z.string().nullable(),
    repository: z.string().nullable(),
  })
  .strict();
export type NpmLinkEntry = z.infer<typeof NpmLinkEntrySchema>;

export const NpmLinksFileSchema = z
  .object({
    version: z.literal(NPM_LINKS_VERSION),
    capturedAt: z.string(),
    how: z.string(),
    packages: z.array(NpmLinkEntrySchema),
  })
  .strict();
export type NpmLinksFile = z.infer<typeof NpmLinksFileSchema>;

const TEXT_MAX = 500;

/** Controls and invisible/bidi characters out, whitespace trimmed, capped; null when nothing is left. */
function asText(value: string): string | null {
  const cleaned = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .trim();
  if (cleaned === '') return null;
  const chars = Array.from(cleaned);
  return chars.length > TEXT_MAX ? `${chars.slice(0, TEXT_MAX - 1).join('')}…` : cleaned;
}

/**
 * One link value: an http(s) URL without credentials comes back as its normalised href
 * (`git+https://` -> `https://`; for a repository, a trailing `.git` dropped); anything else as text.
 */
export function normalizeLink(value: unknown, { repository = false } = {}): string | null {
  if (typeof value !== 'string') return null;
  const text = asText(value);
  if (text === null) return null;
  const candidate = text.replace(/^git\+(https?:\/\/)/i, '$1');
  if (/^https?:\/\//i.test(candidate)) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) {
        if (repository) url.pathname = url.pathname.replace(/\.git$/i, '');
        return url.href.replace(/\/$/, url.pathname === '/' ? '/' : '');
      }
    } catch {
      /* not a URL: text */
    }
  }
  return text;
}

/** The links of one `npm view <pkg>@<version> name repository homepage --json` answer (an object by field). */
export function npmLinkFields(view: unknown): { homepage: string | null; repository: string | null } {
  const rec =
    typeof view === 'object' && view !== null && !Array.isArray(view)
      ? (view as Record<string, unknown>)
      : {};
  const repo = rec['repository'];
  const repoUrl =
    typeof repo === 'object' && repo !== null && !Array.isArray(repo)
      ? (repo as Record<string, unknown>)['url']
      : repo;
  return {
    homepage: normalizeLink(rec['homepage']),
    repository: normalizeLink(repoUrl, { repository: true }),
  };
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The file in its one order: packages by name then version, one entry each. */
export function normalizeNpmLinks(file: NpmLinksFile): NpmLinksFile {
  const packages = [...file.packages].sort(
    (a, b) => byString(a.package, b.package) || byString(a.version, b.version),
  );
  for (let i = 1; i < packages.length; i++)
    if (
      packages[i]!.package === packages[i - 1]!.package &&
      packages[i]!.version === packages[i - 1]!.version
    )
      throw new McpRiskError('input_invalid', `npm links name ${packages[i]!.package} twice`);
  return NpmLinksFileSchema.parse({ ...file, packages });
}

export function parseNpmLinks(text: string, source = 'npm-links.json'): NpmLinksFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new McpRiskError('input_invalid', `${source} is not JSON: ${(error as Error).message}`);
  }
  const parsed = NpmLinksFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new McpRiskError(
      'input_invalid',
      `${source} does not match the npm links schema: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
    );
  }
  return parsed.data;
}

/** Lookup by `package@version`. */
export const npmLinksKey = (pkg: string, version: string): string => `${pkg}@${version}`;

export function npmLinksMap(
  file: NpmLinksFile,
): Map<string, { homepage: string | null; repository: string | null }> {
  return new Map(
    file.packages.map((p) => [
      npmLinksKey(p.package, p.version),
      { homepage: p.homepage, repository: p.repository },
    ]),
  );
}
