#!/usr/bin/env node
// A small static server for the built site (no dependencies): `node site/scripts/serve.mjs [--port 4321] [--host 127.0.0.1]`.
// Serves site/dist (or $MCP_RISK_SITE_DIR) on loopback and prints the URL on stdout.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next */
    }
  }
  return null;
}

export function serve({ root, port = 4321, host = '127.0.0.1' }) {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const file = fileFor(dir, req.url ?? '/');
    if (!file) {
      const notFound = fileFor(dir, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'], ...HEADERS });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...HEADERS });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const root = process.env.MCP_RISK_SITE_DIR ?? resolve(import.meta.dirname, '..', 'dist');
  const server = await serve({ root, port: Number(values.port), host: values.host });
  const { port } = server.address();
  process.stdout.write(`mcp-risk catalogue: http://${values.host}:${port}/\n`);
}
