// Change feeds: an Atom feed and a JSON Feed of tool definitions that changed between crawls, for the
// whole catalogue (/feeds/changes.atom, /feeds/changes.json, the newest FEED_ENTRIES changes) and per
// server (/servers/<slug>/changes.atom and .json, every change in the export). One entry per new
// version of a tool definition (history[i], i >= 1), with the definition diff: each changed path with
// its value before and after. A server the export compares with an earlier crawl (`previousCrawl`, from
// the snapshot export) also gets one entry per tool new at its last crawl and per tool no longer listed
// (`removedTools`). The text is untrusted: XML-escaped, characters XML cannot carry removed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FEED_ENTRIES = 200;

/** Characters XML 1.0 cannot hold even escaped (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F). */
const XML_BAD =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (s) =>
  String(s)
    .replace(XML_BAD, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const clip = (s, n) => {
  const chars = Array.from(s);
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
};

/** The diff as plain text: one block per path, `-` before and `+` after. */
export function diffText(changes, paths) {
  if (!changes || changes.length === 0)
    return paths.length ? `Changed: ${paths.join(', ')}` : 'The definition changed.';
  return changes
    .map((c) =>
      [
        c.path,
        c.before === null ? '- (absent)' : `- ${c.before}`,
        c.after === null ? '+ (absent)' : `+ ${c.after}`,
      ].join('\n'),
    )
    .join('\n\n');
}

/** The change entries of one server's tools, newest first. */
export function serverEntries(server, tools, site) {
  const out = [];
  for (const t of tools) {
    for (let i = 1; i < t.history.length; i++) {
      const v = t.history[i];
      const prev = t.history[i - 1];
      const page = new URL(`/tools/${server.slug}/${t.slug}/`, site).href;
      const name = t.name === '' ? '(unnamed tool)' : t.name;
      const paths = v.changedPaths ?? [];
      out.push({
        id: `${page}#version-${v.hash.replace(/[^a-z0-9]/gi, '').slice(0, 40)}`,
        url: page,
        title: clip(
          `${server.title ?? server.name} / ${name}: ${paths.length ? paths.slice(0, 4).join(', ') : 'definition'} changed`,
          300,
        ),
        date: v.firstSeen,
        server: server.slug,
        tool: t.slug,
        toolName: name,
        hash: v.hash,
        previousHash: prev.hash,
        paths,
        changes: v.changes ?? [],
        text: diffText(v.changes, paths),
        kind: 'changed',
      });
    }
  }
  if (server.previousCrawl && server.crawledAt) {
    const serverName = server.title ?? server.name;
    for (const t of tools) {
      const v = t.history[0];
      if (t.history.length !== 1 || !v || v.firstSeen !== server.crawledAt) continue;
      const page = new URL(`/tools/${server.slug}/${t.slug}/`, site).href;
      const name = t.name === '' ? '(unnamed tool)' : t.name;
      out.push({
        id: `${page}#added-${v.hash.replace(/[^a-z0-9]/gi, '').slice(0, 40)}`,
        url: page,
        title: clip(`${serverName} / ${name}: new tool`, 300),
        date: v.firstSeen,
        server: server.slug,
        tool: t.slug,
        toolName: name,
        hash: v.hash,
        previousHash: null,
        paths: [],
        changes: [],
        kind: 'added',
        text: `New at the crawl of ${v.firstSeen.slice(0, 10)}: not listed at the crawl of ${server.previousCrawl.crawledAt.slice(0, 10)}.`,
      });
    }
    const home = new URL(`/servers/${server.slug}/`, site).href;
    for (const r of server.removedTools ?? []) {
      out.push({
        id: `${home}#removed-${r.hash.replace(/[^a-z0-9]/gi, '').slice(0, 40)}`,
        url: home,
        title: clip(`${serverName} / ${r.name === '' ? '(unnamed tool)' : r.name}: no longer listed`, 300),
        date: server.crawledAt,
        server: server.slug,
        tool: null,
        toolName: r.name === '' ? '(unnamed tool)' : r.name,
        hash: null,
        previousHash: r.hash,
        paths: [],
        changes: [],
        kind: 'removed',
        text: `Listed at the crawl of ${r.lastSeen.slice(0, 10)}, not at the crawl of ${server.crawledAt.slice(0, 10)}.`,
      });
    }
  }
  return out.sort(byNewest);
}

export const byNewest = (a, b) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const summaryText = (x) =>
  x.previousHash === null
    ? `${x.toolName} on ${x.server}: new tool, definition ${x.hash.slice(0, 19)}`
    : x.hash === null
      ? `${x.toolName} on ${x.server}: no longer listed (last definition ${x.previousHash.slice(0, 19)})`
      : `${x.toolName} on ${x.server}: new definition ${x.hash.slice(0, 19)} (was ${x.previousHash.slice(0, 19)})`;

function atom({ title, selfUrl, homeUrl, updated, entries }) {
  const e = entries
    .map(
      (x) => `  <entry>
    <id>${xmlText(x.id)}</id>
    <title>${xmlText(x.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(x.url)}"/>
    <updated>${xmlText(x.date)}</updated>
    <summary type="text">${xmlText(summaryText(x))}</summary>
    <content type="text">${xmlText(x.text)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(selfUrl)}</id>
  <title>${xmlText(title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(homeUrl)}"/>
  <updated>${xmlText(updated)}</updated>
  <author><name>mcp-risk</name></author>
${e}
</feed>
`;
}

function jsonFeed({ title, selfUrl, homeUrl, entries }) {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: homeUrl,
      feed_url: selfUrl,
      authors: [{ name: 'mcp-risk' }],
      items: entries.map((x) => ({
        id: x.id,
        url: x.url,
        title: x.title,
        content_text: x.text,
        date_published: x.date,
        _mcp_risk: {
          kind: x.kind,
          server: x.server,
          tool: x.tool,
          name: x.toolName,
          hash: x.hash,
          previous_hash: x.previousHash,
          changed_paths: x.paths,
          changes: x.changes,
        },
      })),
    },
    null,
    2,
  )}\n`;
}

/** Writes both feeds of `entries` to `<dir>/changes.atom` and `<dir>/changes.json`. */
export function writeFeeds(dir, urlDir, { title, homePath, site, entries, fallbackUpdated }) {
  mkdirSync(dir, { recursive: true });
  const selfAtom = new URL(`${urlDir}changes.atom`, site).href;
  const selfJson = new URL(`${urlDir}changes.json`, site).href;
  const homeUrl = new URL(homePath, site).href;
  const updated = entries[0]?.date ?? fallbackUpdated;
  writeFileSync(join(dir, 'changes.atom'), atom({ title, selfUrl: selfAtom, homeUrl, updated, entries }));
  writeFileSync(join(dir, 'changes.json'), jsonFeed({ title, selfUrl: selfJson, homeUrl, entries }));
}
