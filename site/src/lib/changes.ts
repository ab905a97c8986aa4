/**
 * What changed at a server's most recent crawl, from its tools' histories (history is oldest first,
 * the last entry is the current definition): tools whose current definition was first seen at that
 * crawl after an earlier one, and tools first seen at it when the server had been crawled before.
 * Removed tools come from the server's `removedTools` (the snapshot export writes it with
 * `previousCrawl`; older exports and the database export have neither, so nothing is listed).
 */
import type { CatalogueServer, CatalogueTool } from '@core';

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
  /** tools the crawl before listed and the last one does not (no page of their own) */
  removed: { name: string; hash: string; lastSeen: string }[];
  /** the package version of the crawl compared with, when the export says */
  previousVersion: string | null;
}

export function serverChanges(
  tools: readonly CatalogueTool[],
  server?: Pick<CatalogueServer, 'previousCrawl' | 'removedTools' | 'crawledAt'>,
): ServerChanges {
  let lastCrawl: string | null = null;
  let firstSeen: string | null = null;
  for (const t of tools)
    for (const v of t.history) {
      if (lastCrawl === null || v.lastSeen > lastCrawl) lastCrawl = v.lastSeen;
      if (firstSeen === null || v.firstSeen < firstSeen) firstSeen = v.firstSeen;
    }
  const previous = server?.previousCrawl ?? null;
  if (previous && server?.crawledAt && (lastCrawl === null || server.crawledAt > lastCrawl))
    lastCrawl = server.crawledAt;
  const hadEarlier =
    (lastCrawl !== null && firstSeen !== null && firstSeen < lastCrawl) ||
    (previous !== null && lastCrawl !== null && previous.crawledAt < lastCrawl);
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
  const removed = previous ? [...(server?.removedTools ?? [])] : [];
  return { lastCrawl, hadEarlier, changed, added, removed, previousVersion: previous?.version ?? null };
}
