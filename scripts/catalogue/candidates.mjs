#!/usr/bin/env node
// Candidate MCP server packages for the catalogue crawl (issue 12, breadth), chosen from the env
// skill's npm package list by a fixed, committed filter. Deterministic: the same list gives the same
// JSON, byte for byte (no timestamps; ties in downloads broken by name).
//
// Usage:
//   node scripts/catalogue/candidates.mjs [--tsv /work/.library/env/packages/npm.tsv] \
//        [--attempts data/corpus/attempts.json] [--out data/catalogue/candidates.json]
//
// 1. Match: a package matches when its name contains "mcp" or its summary says MCP or Model Context
//    Protocol (as a word: "MCP", "webmcp", "ModelContextProtocol", …). On the 2026-12 list: 1,128
//    of 226,995 rows.
// 2. Drop, first rule that fires wins (the ids, rules and counts are also written to the JSON):
//    - platform-binary  a per-platform build (`-linux-x64`, `_darwin_arm64`, `/win32-x64` …) of
//                       another package; the main package is the candidate.                      (40)
//    - editor-bundle    `@codingame/monaco-vscode-*`: VS Code in the browser, whose summary lists
//                       "mcp" among its parts.                                                    (31)
//    - types            type definitions (`@types/*`, `*-types`, "type definitions").             (2)
//    - template         templates, boilerplates, scaffolders, starter kits, code generators; a
//                       `create-*` name always.                                                    (8)
//    - host-plugin      plugins, add-ons and nodes that run inside a host app (Vite, Nuxt, n8n,
//                       Payload, Backstage, Strapi, Docusaurus, Genkit, Tauri …) and cannot be
//                       started on their own, even when they serve MCP.                           (33)
//    - sdk-library      SDKs, libraries, utilities, adapters, transports, middleware, bindings,
//                       providers, instrumentation and auth helpers for building or wiring MCP.  (109)
//    - framework        frameworks and toolkits for building MCP servers or apps.                 (16)
//    - client           clients, inspectors, CLIs that install/add/sync/manage MCP servers, and
//                       test/eval/lint/scan harnesses for MCP servers and configs.                (35)
//    - proxy-gateway    proxies, gateways, relays, tunnels, bridges and aggregators of other MCP
//                       servers.                                                                   (19)
//    - not-mcp          "mcp" only in the scope or inside another word, and a summary that never
//                       says MCP (`@mcpher/*` Apps Script, `mcprotocol` for PLCs, brand tooling).   (6)
//    A summary that itself calls the package an MCP server ("MCP server for X", "Model Context
//    Protocol server …", "… CLI and MCP server") protects it from sdk-library, framework and client,
//    from template unless its name is `create-*`, and from the weak signs of proxy-gateway (a word in
//    its name, "gateway" or "relay" alone). A claim such as "MCP server SDK", "MCP server
//    boilerplate", "for MCP servers" or "middleware for Model Context Protocol server" protects
//    nothing. The packages issue 8 reserves are never dropped.
// 3. Mark: `reserved: true` for the packages issue 8 reserves for evaluation (crawled like any other,
//    never added to the corpus); `attempted` is the status in data/corpus/attempts.json, or null.
// 4. Sort: downloads a month, most first; then name. Result on the 2026-12 list: 829 candidates, 32
//    of them reserved, 356 already attempted (data/corpus/attempts.json), 473 to collect.
//
// The counts in brackets are from the 2026-12 list; the JSON's `rules[].count` is authoritative.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const RESERVED = [
  '@angiejones/mcp-selenium',
  '@berthojoris/mcp-mysql-server',
  '@browsermcp/mcp',
  '@digitalocean/mcp',
  '@drawio/mcp',
  '@google-cloud/cloud-run-mcp',
  '@henkey/postgres-mcp-server',
  '@instantdb/mcp',
  '@launchdarkly/mcp-server',
  '@line/line-bot-mcp-server',
  '@masonator/coolify-mcp',
  '@mister-good-deal/host-mcp-jenkins',
  '@mobilenext/mobile-mcp',
  '@openai/codex-shell-tool-mcp',
  '@paddle/paddle-mcp',
  '@perplexity-ai/mcp-server',
  '@softeria/ms-365-mcp-server',
  '@steipete/claude-code-mcp',
  '@xeroapi/xero-mcp-server',
  '@zilliz/claude-context-mcp',
  'argocd-mcp',
  'chrome-devtools-mcp',
  'cursor-talk-to-figma-mcp',
  'datadog-mcp',
  'kubernetes-mcp-server',
  'mcp-alertmanager',
  'mcp-discord',
  'mcp-searxng',
  'n8n-mcp',
  'replicate-mcp',
  'sonarqube-mcp-server',
  'ssh-mcp',
];

const MENTIONS_MCP = /\bmcps?\b|\bmcp[-_]|[a-z]mcp\b|model\s*context\s*protocol/i;

// The summary calls the package itself an MCP server (and not an SDK, framework … for one).
const NOT_AFTER = String.raw`(?<!\b(?:for|to|from|of|with|between|inside|into|in|across|on|by|install|installs|installing|connect|connecting)\s(?:an?\s|the\s|your\s|other\s|any\s|existing\s|remote\s|local\s|stdio\s|\w+\s)?)`;
const SERVER_CLAIM = new RegExp(
  String.raw`${NOT_AFTER}\b(?:mcp|model\s*context\s*protocol)(?:\s*\((?:mcp|model\s*context\s*protocol)\))?(?:\s*cli)?[ -](?:server|service)\b(?!s\b|\s*(?:sdk|framework|library|libraries|utilit|utils|boilerplate|template|starter|tester|testing|unit testing|hooks|harness|infrastructure|packages|orchestration|implementation library|code|proxy|development|tools\b))` +
    String.raw`|${NOT_AFTER}\bmcp server (?:for|that|providing|exposing|giving|with)\b` +
    String.raw`|\b(?:and|\+|with|plus|,|与) (?:an? )?(?:built-in |local |stdio )?mcp server\b(?!s)` +
    String.raw`|\bexpos(?:e|es|ing) [\w ]+ as (?:mcp )?tools\b`,
  'i',
);
const BUILDING =
  /\b(?:for|to) (?:build|create|write|writ)(?:ing)? (?:\w+ ){0,3}(?:mcp|model context protocol)|\bbuild(?:ing)? (?:your own )?mcp servers\b|\bcreate (?:new )?mcp servers\b|\bsimplifies mcp server development\b/i;

const n = (s) => s.toLowerCase();

export const RULES = [
  {
    id: 'platform-binary',
    description:
      'A per-platform build (-linux-x64, _darwin_arm64, /win32-x64 …) of another package; the main package is the candidate.',
    protectedByServerClaim: false,
    test: ({ name, summary }) =>
      /[-_/](?:linux|darwin|win32|windows|macos|freebsd)[-_](?:x64|amd64|arm64|ia32|x86_64|x86|arm)(?:[-_](?:gnu|musl|msvc))?$/i.test(
        name,
      ) || /^platform[- ]specific binary|^platform binary\b/i.test(summary),
  },
  {
    id: 'editor-bundle',
    description:
      '@codingame/monaco-vscode-* packages: VS Code in the browser, with "mcp" among its listed parts.',
    protectedByServerClaim: false,
    test: ({ name }) => name.startsWith('@codingame/monaco-vscode-'),
  },
  {
    id: 'types',
    description: 'Type definitions (@types/*, *-types, "type definitions").',
    protectedByServerClaim: false,
    test: ({ name, summary }) =>
      name.startsWith('@types/') ||
      /[-/]types$/i.test(name) ||
      /\btype definitions\b|\bprotocol types\b/i.test(summary),
  },
  {
    id: 'template',
    description:
      'Templates, boilerplates, scaffolders, starter kits and code generators (a `create-*` name always; the others unless the summary claims an MCP server).',
    protectedByServerClaim: 'except create-*',
    test: ({ name, summary }, claim) =>
      /^create-/.test(n(name)) ||
      (!claim &&
        (/(?:^|[-/])(?:template|boilerplate|starter|create-server|generator)(?:[-/]|$)/.test(n(name)) ||
          /\b(?:template|boilerplate|scaffold(?:s|ing)?|starter(?: kit| pack)?|generates? (?:mcp|an mcp) server|generates mcp server code|generate (?:and serve )?an mcp server)\b/i.test(
            summary,
          ))),
  },
  {
    id: 'host-plugin',
    description:
      'Plugins, add-ons and nodes that run inside a host application (Vite, Nuxt, n8n, Payload, Backstage, Strapi, Docusaurus, Genkit, ElizaOS, Tauri, Tabby, Storybook …) and cannot be started on their own, even when they serve MCP.',
    protectedByServerClaim: false,
    test: ({ name, summary }) => {
      const bare = n(name.replace(/^@[^/]+\//, ''));
      return (
        /(?:^|-)(?:plugin|addon|nodes)(?:-|$)|^vite-plugin|^n8n-nodes|^fastify-mcp$|^elysia-mcp$|^middy-mcp$|^hono-mcp|-mcp-adapter$/.test(
          bare,
        ) ||
        /\b(?:genkit|elysiajs|codemirror|elizaos|strapi(?: v\d)?|kubb|vite|nuxt|payload|backstage|n8n|opencode|claude code|tabby|theia|tauri|docusaurus|pi coding agent) plugin\b|\bserver plugin for\b|\bplugin for (?:kubb|tabby|vite|nuxt)\b/i.test(
          summary,
        )
      );
    },
  },
  {
    id: 'sdk-library',
    description:
      'SDKs, libraries, utilities, adapters, transports, middleware, bindings, providers, instrumentation and auth helpers for building or wiring MCP; plugins and add-ons that run inside a host application (Vite, Nuxt, n8n, Payload, Backstage, Strapi, Genkit …) and cannot be started on their own.',
    protectedByServerClaim: true,
    test: ({ name, summary }) => {
      const bare = n(name.replace(/^@[^/]+\//, ''));
      const scope = n(name.startsWith('@') ? name.slice(1, name.indexOf('/')) : '');
      if (
        /(?:^|[-_.])(?:sdk|sdks|lib|utils?|core|common|shared|types?|adapters?|transports?|middleware|handler|session-manager|oauth|instrumentation|polyfill|provider|provider-api|config-schema|client|ui-client)(?:[-_.]|$)|-ui$|^ui$/.test(
          bare,
        ) &&
        !/server/.test(bare)
      )
        return true;
      if (/^(?:tmcp|mcp-ui|mcp-b|metorial)$|sdk/.test(scope)) return true;
      if (/^mcp-lite$|^mcp-handler$|^use-mcp$/.test(bare)) return true;
      return /\b(?:sdk|(?<!(?:component|ui|icon|skill|prompt|design|knowledge|memory|recipe) )library|libraries|utilit(?:y|ies)|utils|helpers?|adapters?|middleware|transports? (?:for|to|implementations?)|bindings|polyfill|instrumentation|analytics (?:sdk|tool) for|tracing middleware|react hooks|module for creating|implementation for typescript|implementation of model context protocol|shared (?:core|infrastructure|utilities)|core (?:interfaces|logic|library)|(?:auth|authentication|oauth) (?:integration|provider|middleware|library) for|(?:plug and play )?auth for (?:mcp|model context protocol)|console\.log for|environment variables in your|mcp integration$|integration$)\b/i.test(
        summary,
      );
    },
  },
  {
    id: 'framework',
    description: 'Frameworks and toolkits for building MCP servers or MCP apps.',
    protectedByServerClaim: true,
    test: ({ name, summary }) =>
      /\b(?:mcp|app|agent|typescript) framework\b|\bframework (?:for|to) (?:build|creat)|\btoolkit for build|\bmcp server framework\b|\btools for (?:building|writing) mcp\b|\btoolkit for building\b/i.test(
        summary,
      ) ||
      BUILDING.test(summary) ||
      /^(?:fastmcp|mcp-framework|xmcp|mcp-use|skybridge|chapplin|sunpeak|muppet)$|-fastmcp$/.test(n(name)),
  },
  {
    id: 'client',
    description:
      'Clients, inspectors, CLIs that install, add, sync or manage MCP servers, and test, evaluation, lint or scan harnesses for MCP servers and configs.',
    protectedByServerClaim: true,
    test: ({ name, summary }) =>
      /(?:^|[-/])(?:inspector|mcp-cli|mcpc|mcp-client|client|install-mcp|add-mcp|mcporter|smithery|cli)$/.test(
        n(name),
      ) ||
      /\bclient\b|\b(?:mcp|model context protocol|cli) inspector\b|\binspector (?:for|client)\b|^(?:the )?[\w -]*inspector$|\binstall(?:s|er|ing)? (?:and (?:list|manage) )?(?:mcp|model context protocol)|\binstall(?:s|ing)? .*\bmcp servers\b|\binstall \w+ mcp\b|\badd mcp servers\b|\bsync(?:ing|s)?\b.*\bmcp\b|\bmcp\b.*\bsync\b|\bmanage(?:r|s)? (?:mcp servers|your mcp)|\b(?:testing|test) (?:utility|framework|harness)\b|\bunit testing\b|\bevals?\b|\bevaluat(?:e|ion|ing) (?:library|framework|mcp)|\blinter\b|\bsecurity scanner\b|\bscanner for\b|\bindex of\b|\bcli commands from mcp\b|\binstall agent skills, mcps\b/i.test(
        summary,
      ),
  },
  {
    id: 'proxy-gateway',
    description:
      'Proxies, gateways, relays, tunnels and bridges to other MCP servers. A summary that calls the package an MCP server protects it only from the weak signs (the words in its name, "gateway" or "relay" alone).',
    protectedByServerClaim: 'weak signs only',
    test: ({ name, summary }, claim) => {
      const strong =
        /\b(?:sse |stdio |remote |auth |passthrough |compatibility |reverse )?proxy (?:for|to|server|kept)\b|\bpassthrough proxy\b|\bmcp server proxy\b|\bmcp servers? over\b|\brun mcp (?:stdio )?servers\b|\bmeta-mcp\b|\bas many mcp servers\b|\brun (?:mcp|model context protocol)(?: \(mcp\))? servers\b|\bconnect unlimited (?:mcp|model context protocol)|\bmultiple mcp servers\b|\baggregat\w* (?:mcp )?servers?\b|\bserver aggregation\b|\bproxy, aggregate\b|\bmanager server for mcp servers\b|\bbridge webmcp\b|\bauth proxy\b/i.test(
          summary,
        );
      if (strong) return true;
      if (claim) return false;
      return (
        /(?:^|[-/])(?:proxy|gateway|supergateway|tunnel|remote|router|relay)(?:[-/]|$)/.test(n(name)) ||
        /\b(?:proxy|proxies|gateway|relay|tunnel|passthrough)\b(?! (?:settings|support))/i.test(summary)
      );
    },
  },
  {
    id: 'not-mcp',
    description:
      '"mcp" only in the scope or inside another word, and a summary that never mentions MCP (an Apps Script runtime, a PLC protocol, brand tooling).',
    protectedByServerClaim: false,
    test: ({ name, summary }) => {
      if (!summary || MENTIONS_MCP.test(summary)) return false;
      const bare = name.replace(/^@[^/]+\//, '');
      return !/mcp/i.test(bare) || /^mcprotocol$/i.test(bare);
    },
  },
];

function parseArgs(argv) {
  const o = {
    tsv: '/work/.library/env/packages/npm.tsv',
    attempts: 'data/corpus/attempts.json',
    out: 'data/catalogue/candidates.json',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tsv') o.tsv = argv[++i];
    else if (a === '--attempts') o.attempts = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

export function classify(pkg) {
  const claim = SERVER_CLAIM.test(pkg.summary) && !BUILDING.test(pkg.summary);
  for (const r of RULES) {
    if (r.protectedByServerClaim === true && claim) continue;
    if (r.test(pkg, claim)) return r.id;
  }
  return null;
}

export function readTsv(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const [name, version, downloads, ...rest] = line.split('\t');
    out.push({ name, version, downloads: Number(downloads) || 0, summary: rest.join('\t').trim() });
  }
  return out;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const all = readTsv(o.tsv);
  const attempts = new Map(JSON.parse(readFileSync(o.attempts, 'utf8')).map((a) => [a.package, a.status]));
  const reserved = new Set(RESERVED);
  const byDownloads = (a, b) => b.downloads - a.downloads || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const matched = all.filter((p) => /mcp/i.test(p.name) || MENTIONS_MCP.test(p.summary)).sort(byDownloads);
  const counts = Object.fromEntries(RULES.map((r) => [r.id, 0]));
  const candidates = [];
  const dropped = [];
  for (const p of matched) {
    const rule = reserved.has(p.name) ? null : classify(p);
    if (rule) {
      counts[rule]++;
      dropped.push({ name: p.name, version: p.version, downloads: p.downloads, rule, summary: p.summary });
    } else {
      candidates.push({
        name: p.name,
        version: p.version,
        downloads: p.downloads,
        summary: p.summary,
        reserved: reserved.has(p.name),
        attempted: attempts.get(p.name) ?? null,
      });
    }
  }
  const missingReserved = RESERVED.filter((r) => !candidates.some((c) => c.name === r));
  const doc = {
    source: path.basename(o.tsv),
    sourceRows: all.length,
    filter: 'scripts/catalogue/candidates.mjs',
    match: 'name contains "mcp", or the summary says MCP / Model Context Protocol',
    matched: matched.length,
    rules: RULES.map((r) => ({
      id: r.id,
      description: r.description,
      protectedByServerClaim: r.protectedByServerClaim,
      count: counts[r.id],
    })),
    dropped: dropped.length,
    candidates: candidates.length,
    reserved: candidates.filter((c) => c.reserved).length,
    reservedMissingFromList: missingReserved,
    alreadyAttempted: candidates.filter((c) => c.attempted !== null).length,
    toCollect: candidates.filter((c) => c.attempted === null).length,
    packages: candidates,
    droppedPackages: dropped,
  };
  mkdirSync(path.dirname(o.out), { recursive: true });
  writeFileSync(o.out, JSON.stringify(doc, null, 2) + '\n');
  process.stderr.write(
    `matched ${doc.matched}, dropped ${doc.dropped} (${RULES.map((r) => `${r.id} ${counts[r.id]}`).join(', ')}), ` +
      `candidates ${doc.candidates} (reserved ${doc.reserved}, already attempted ${doc.alreadyAttempted}, to collect ${doc.toCollect})\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
