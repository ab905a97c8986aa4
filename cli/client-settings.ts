import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { McpRiskError } from '../core/index.js';
import type { ExportedPolicy } from '../classifier/index.js';
import { mergeClaudeCodeSettings } from '../classifier/exporters/claude-code.js';
import { readInputFile } from './input.js';

/**
 * Writing a policy into a client's own settings file, where the user's entries live: Claude Code's
 * settings.json is merged (never overwritten); a Codex fragment never replaces a file mcp-risk did
 * not write (it may be the user's config.toml, which we do not edit). Writes go through a temporary
 * file and a rename, so a failure leaves the old file whole.
 */

const CODEX_HEADER = '# mcp-risk policy for Codex';

const readIfExists = (path: string, file: string): Promise<string | undefined> =>
  readInputFile('/', path, file === path ? 'settings file' : `settings file (${file})`, {
    code: 'config_invalid',
    missingOk: true,
  });

/** The content to write for a client target, given what the file holds now. */
export async function clientFileContent(
  target: string,
  path: string,
  file: string,
  exported: ExportedPolicy,
): Promise<ExportedPolicy> {
  if (target === 'claude-code')
    return mergeClaudeCodeSettings(await readIfExists(path, file), exported, file);
  if (target === 'codex') {
    const existing = await readIfExists(path, file);
    if (existing !== undefined && !existing.startsWith(CODEX_HEADER))
      throw new McpRiskError(
        'config_invalid',
        `${file} exists and was not written by mcp-risk; it was left unchanged`,
        {
          hint: 'write the Codex policy to a new file and merge its keys into config.toml by hand',
        },
      );
  }
  return exported;
}

/** Writes through a temporary file in the same folder and a rename. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Several servers' Codex fragments as one file: one header, then each server's tables. */
export function joinCodex(exports: readonly ExportedPolicy[]): ExportedPolicy {
  const [first, ...rest] = exports;
  if (!first) throw new McpRiskError('internal', 'no Codex export to join');
  const body = (e: ExportedPolicy): string => e.content.replace(/^(#[^\n]*\n)+\n/, '');
  return {
    ...first,
    content: [first.content, ...rest.map(body)].join('\n'),
    notes: [...new Set(exports.flatMap((e) => e.notes))],
  };
}

/**
 * The advice for ids built from the server's own name: Claude Code and Codex name a server by its
 * key in the user's config, which classify knows only in --config mode or from --name.
 */
export function serverNameAdvice(target: string, serverName: string, nameGiven: boolean): string | undefined {
  if (nameGiven || (target !== 'claude-code' && target !== 'codex')) return undefined;
  const where = target === 'codex' ? 'the [mcp_servers.<name>] table in config.toml' : 'the key in .mcp.json';
  return `The server part of these entries is the server's own name ${JSON.stringify(serverName)}; if ${where} differs, run again with --name <that name>, or the entries will not apply.`;
}
