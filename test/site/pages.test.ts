/**
 * Page checks over every page of the site built from the fixture export (no browser): links resolve,
 * tool pages carry their labels, evidence and policy, and untrusted text never becomes markup.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CatalogueIndexSchema,
  CatalogueToolSchema,
  safeSlug,
  type CatalogueIndex,
  type CatalogueTool,
} from '../../core/index.js';
import { HOSTILE } from './fixture-export.js';
import { FIXTURE_EXPORT, buildFixtureSite, runSiteBuild, walk } from './site-build.js';

let dist = '';
let files: string[] = [];
let index: CatalogueIndex;
const tools = new Map<string, CatalogueTool>();
const html = new Map<string, cheerio.CheerioAPI>();

beforeAll(async () => {
  dist = await buildFixtureSite();
  files = walk(dist);
  index = CatalogueIndexSchema.parse(JSON.parse(readFileSync(join(FIXTURE_EXPORT, 'index.json'), 'utf8')));
  for (const s of index.servers) {
    const list = CatalogueToolSchema.array().parse(
      JSON.parse(readFileSync(join(FIXTURE_EXPORT, 'servers', `${s.slug}.json`), 'utf8')),
    );
    for (const t of list) tools.set(`${t.server}/${t.slug}`, t);
  }
  for (const f of files.filter((f) => f.endsWith('.html')))
    html.set(f, cheerio.load(readFileSync(join(dist, f), 'utf8')));
}, 300_000);

/** Tags the templates use. Anything else in a page would have come from data. */
const ALLOWED_TAGS = new Set(
  'html head meta title link body a header nav ul ol li main footer h1 h2 h3 p strong em code pre blockquote q table caption thead tbody tr th td span div section article details summary button form label input select option textarea br noscript script'.split(
    ' ',
  ),
);

function resolveInternal(href: string): string | null {
  const path = href.split('#')[0]!.split('?')[0]!;
  if (path === '') return 'self';
  const clean = decodeURIComponent(path).replace(/^\//, '');
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`])
    if (files.includes(candidate) || (candidate === '' && files.includes('index.html'))) return candidate;
  return null;
}

describe('built site from the fixture export', () => {
  it('has a page for every server and tool, and a JSON twin for each', () => {
    for (const s of index.servers) {
      expect(files).toContain(`servers/${s.slug}/index.html`);
      expect(files).toContain(`servers/${s.slug}.json`);
    }
    for (const t of index.tools) {
      expect(files).toContain(`tools/${t.server}/${t.slug}/index.html`);
      expect(files).toContain(`tools/${t.server}/${t.slug}.json`);
    }
    for (const p of [
      'index.html',
      'servers/index.html',
      'classify/index.html',
      'search/index.html',
      'downloads/index.html',
      'sitemap-index.xml',
      'downloads/catalogue.json',
      'downloads/catalogue.csv',
      'pagefind/pagefind.js',
    ]) {
      expect(files).toContain(p);
    }
    for (const r of ['low', 'medium', 'high', 'critical']) expect(files).toContain(`risk/${r}/index.html`);
    for (const c of ['read', 'write', 'execute', 'destructive', 'financial', 'unknown'])
      expect(files).toContain(`category/${c}/index.html`);
  });

  it('resolves every internal link, stylesheet and script on every page', () => {
    const broken: string[] = [];
    for (const [file, $] of html) {
      $('a[href], link[href], script[src]').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src') ?? '';
        if (/^(https?:)?\/\//.test(ref) || ref.startsWith('mailto:')) return;
        if (!ref.startsWith('/') && !ref.startsWith('#')) {
          broken.push(`${file}: relative or unknown link ${ref}`);
          return;
        }
        if (ref.startsWith('#')) {
          if (ref.length > 1 && $(`[id="${ref.slice(1)}"]`).length === 0)
            broken.push(`${file}: missing anchor ${ref}`);
          return;
        }
        if (resolveInternal(ref) === null) broken.push(`${file}: ${ref}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('gives every tool page its badges, rationale, evidence, annotations and policy', () => {
    for (const [key, tool] of tools) {
      const $ = html.get(`tools/${key}/index.html`)!;
      expect($, key).toBeDefined();
      const c = tool.classification;
      expect($('main').length).toBe(1);
      expect($('h1').length).toBe(1);
      expect($('h1').text()).toBe(tool.name === '' ? '(unnamed tool)' : tool.name);
      expect($('.badges [data-risk]').attr('data-risk')).toBe(c.risk);
      expect($('.badges [data-category]').attr('data-category')).toBe(c.category);
      expect($('.rationale p').length).toBe(c.rationale.length);
      expect($('table.evidence tbody tr').length).toBe(c.evidence.length);
      expect($('table.annotations tbody tr').length).toBe(4);
      expect(JSON.parse($('#policy-native').text())).toEqual(tool.policy);
      expect($('#faq').length).toBe(1);
      expect($('#history').length).toBe(1);
      expect($('table.history tbody tr').length).toBe(tool.history.length);
      if (c.actions.length > 0) expect($('table.actions-table tbody tr').length).toBe(c.actions.length);
      const twin = JSON.parse(readFileSync(join(dist, 'tools', `${key}.json`), 'utf8')) as { tool: unknown };
      expect(twin.tool).toEqual(tool);
    }
  });

  it('never turns untrusted text into elements or attributes', () => {
    const problems: string[] = [];
    for (const [file, $] of html) {
      $('*').each((_, el) => {
        if (!('tagName' in el)) return;
        if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`${file}: <${el.tagName}>`);
        for (const [name, value] of Object.entries(el.attribs)) {
          if (name.startsWith('on')) problems.push(`${file}: ${name}= on <${el.tagName}>`);
          if (/^\s*(javascript|data|vbscript):/i.test(value)) problems.push(`${file}: ${name}=${value}`);
          if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(`${file}: attribute ${name}`);
        }
        if (el.tagName === 'script') {
          const src = el.attribs['src'];
          if (!src) problems.push(`${file}: inline script`);
          else if (!/^\/(scripts|_astro)\/[\w.-]+\.js$/.test(src)) problems.push(`${file}: script ${src}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('renders the hostile fixture as text', () => {
    const evil = index.servers.find((s) => s.package === '@example/evil-server')!;
    const page = (name: string): cheerio.CheerioAPI =>
      html.get(`tools/${evil.slug}/${safeSlug(name)}/index.html`)!;
    expect(page(HOSTILE.script)('h1').text()).toBe(HOSTILE.script);
    expect(page(HOSTILE.img)('h1').text()).toBe(HOSTILE.img);
    expect(page(HOSTILE.img)('blockquote.description').text()).toContain(HOSTILE.jsLink);
    const server = html.get(`servers/${evil.slug}/index.html`)!;
    expect(server('h1').text()).toBe(evil.title);
    expect(server('blockquote').first().text()).toContain(HOSTILE.img);
    // the raw markup is escaped in the file
    const raw = readFileSync(join(dist, 'tools', evil.slug, safeSlug(HOSTILE.script), 'index.html'), 'utf8');
    expect(raw).not.toContain('<script>alert(1)</script>');
    expect(raw).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives hostile names distinct, safe, bounded slugs inside the output folder', () => {
    const evil = index.servers.find((s) => s.package === '@example/evil-server')!;
    const slugs = index.tools.filter((t) => t.server === evil.slug).map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('delete');
    expect(slugs).toContain(safeSlug('Delete'));
    expect(safeSlug(HOSTILE.nfc)).not.toBe(safeSlug(HOSTILE.nfd));
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9][a-z0-9_-]{0,80}$/);
    expect(files.every((f) => !f.split('/').includes('..'))).toBe(true);
    const long = html.get(`tools/${evil.slug}/${safeSlug(HOSTILE.long)}/index.html`)!;
    expect(long('h1').text()).toBe(HOSTILE.long);
    expect(long('title').text().length).toBeLessThan(200);
  });

  it('lists every page in the sitemap and ships both datasets', () => {
    const urls = new Set<string>();
    for (const f of files.filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
      for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
        urls.add(new URL(m[1]!).pathname);
    }
    const pages = files
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.slice(0, -'index.html'.length)}`);
    for (const p of pages) expect(urls.has(p), p).toBe(true);
    const catalogue = JSON.parse(readFileSync(join(dist, 'downloads', 'catalogue.json'), 'utf8')) as {
      tools: CatalogueTool[];
      servers: unknown[];
    };
    expect(catalogue.tools.length).toBe(index.tools.length);
    expect(catalogue.servers.length).toBe(index.servers.length);
    const csv = readFileSync(join(dist, 'downloads', 'catalogue.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('server,tool,risk,category,access,flags,confidence,summary,hash,page');
    for (const t of index.tools) expect(csv).toContain(`"/tools/${t.server}/${t.slug}/"`);
  });

  it('fails the build loudly on a slug collision', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-collide-'));
    try {
      cpSync(FIXTURE_EXPORT, join(dir, 'export'), { recursive: true });
      const file = join(dir, 'export', 'index.json');
      const bad = JSON.parse(readFileSync(file, 'utf8')) as CatalogueIndex;
      bad.tools.push({ ...bad.tools[0]!, name: `${bad.tools[0]!.name} (twin)` });
      writeFileSync(file, JSON.stringify(bad));
      const { status, output } = runSiteBuild(join(dir, 'export'), join(dir, 'out'));
      expect(status).not.toBe(0);
      expect(output).toMatch(/share the slug/);
      expect(existsSync(join(dir, 'out', 'sitemap-index.xml'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
