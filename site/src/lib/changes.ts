/**
 * What changed at a server's most recent crawl, from its tools' histories (history is oldest first,
 * the last entry is the current definition): tools whose current definition was first seen at that
 * crawl after an earlier one, and tools first seen at it when the server had been crawled before.
 * Removed tools are not in the export, so they are not listed.
 */
import type { CatalogueTool } from '@core';

export interface ToolChange {
  slug: string;
  name: string;
  /** when the current definition was first seen */
  at: string;
  hash: string;
  previousHash: string;
  paths: string[];
  changes: { path: string; before: string | null; after: string | null }[];
}

export interface ServerChanges {
  /** the newest crawl any tool was seen in, or null when there is no history */
  lastCrawl: string | null;
  /** whether the server had been crawled before that */
  hadEarlier: boolean;
  changed: ToolChange[];
  added: { slug: string; name: string }[];
}

export function serverChanges(tools: readonly CatalogueTool[]): ServerChanges {
  let lastCrawl: string | null = null;
  let firstSeen: string | null = null;
  for (const t of tools)
    for (const v of t.history) {
      if (lastCrawl === null || v.lastSeen > lastCrawl) lastCrawl = v.lastSeen;
      if (firstSeen === null || v.firstSeen < firstSeen) firstSeen = v.firstSeen;
    }
  const hadEarlier = lastCrawl !== null && firstSeen !== null && firstSeen < lastCrawl;
  const changed: ToolChange[] = [];
  const added: ServerChanges['added'] = [];
  for (const t of tools) {
    const cur = t.history[t.history.length - 1];
    if (!cur || cur.firstSeen !== lastCrawl) continue;
    const prev = t.history[t.history.length - 2];
    if (prev)
      changed.push({
        slug: t.slug,
        name: t.name,
        at: cur.firstSeen,
        hash: cur.hash,
        previousHash: prev.hash,
        paths: cur.changedPaths,
        changes: cur.changes ?? [],
      });
    else if (hadEarlier) added.push({ slug: t.slug, name: t.name });
  }
  return { lastCrawl, hadEarlier, changed, added };
}
