/**
 * Page checks over every page of the site built from the fixture export (no browser): links resolve,
 * tool pages carry their labels, evidence and policy, and untrusted text never becomes markup.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPolicy } from '../../classifier/index.js';
import {
  AccuracySchema,
  CatalogueIndexSchema,
  CatalogueToolSchema,
  PolicySchema,
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
  'html head meta title link body a header nav ul ol li main footer h1 h2 h3 h4 p strong em code pre blockquote q table caption thead tbody tr th td span div section article details summary button form label input select option textarea br noscript script dl dt dd time'.split(
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
        if (/^https?:\/\//.test(ref)) return;
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
      // one paragraph (classifier/rationale.ts), not a sentence per finding; its quote is verbatim
      const para = $('p.rationale[data-rationale]');
      expect(para.length, key).toBe(1);
      expect(para.text()).not.toContain("From the tool's definition");
      expect(para.text()).toMatch(/(policy|profile)/);
      const q = para.find('q.quote');
      if (q.length > 0) {
        const path = q.attr('data-quote-path')!;
        const text = q.text().replace(/^…|…$/g, '');
        const field =
          path === 'description'
            ? tool.description
            : path === 'title'
              ? (tool.title ?? '')
              : JSON.stringify(tool.inputSchema);
        // the quote is the field's text (the schema is searched as JSON text, where it is escaped)
        if (!text.includes('<U+') && (path === 'description' || path === 'title' || !/["\\]/.test(text)))
          expect(field, `${key}: ${path}`).toContain(text);
        expect(para.find('code.quote-path').text()).toBe(path);
      } else if (tool.description.trim() !== '' && !c.flags.includes('invalid_definition'))
        expect.fail(`${key}: a described tool has no quote`);
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

  it('gives every link an http(s) or internal address, never another scheme', () => {
    const bad: string[] = [];
    for (const [file, $] of html)
      $('a[href], link[href]').each((_, el) => {
        const href = ($(el).attr('href') ?? '').trim();
        if (href.startsWith('/') && !href.startsWith('//')) return;
        if (href.startsWith('#')) return;
        if (/^https?:\/\/[^/]/i.test(href)) return;
        bad.push(`${file}: ${href}`);
      });
    expect(bad).toEqual([]);
  });

  it('opens server pages with the display name, description, version, status, links and coverage', () => {
    for (const s of index.servers) {
      const $ = html.get(`servers/${s.slug}/index.html`)!;
      expect($('h1').text()).toBe(s.title ?? s.serverInfoName ?? s.package);
      expect($('[data-field=package]').text()).toContain(s.package);
      expect($('[data-field=package]').text()).toContain(s.version);
      if (s.description) expect($('[data-field=description]').text()).toBe(s.description);
      expect($('[data-field=status]').text()).toContain(s.crawledAt ? s.crawledAt.slice(0, 10) : 'never');
      expect($('[data-field=coverage]').text()).toContain(`${Math.round(s.annotationCoverage * 100)} %`);
      const npm = $('[data-link=npm] a');
      expect(npm.attr('href')).toBe(`https://www.npmjs.com/package/${s.package}/v/${s.version}`);
    }
    const aap = html.get('servers/aap-enterprise-mcp-server/index.html')!;
    expect(aap('[data-link=homepage] a').attr('href')).toBe('https://aap.example.com/mcp');
    expect(aap('[data-link=repository] a').attr('href')).toBe(
      'https://github.com/example/aap-enterprise-mcp-server',
    );
    expect(aap('[data-field=serverinfo-name]').text()).toBe('aap-enterprise');
    expect(aap('.lede').text()).toContain('1.2.0-build.7');
  });

  it('shows a javascript: or file: homepage as text, never as a link', () => {
    const evil = index.servers.find((s) => s.package === '@example/evil-server')!;
    expect(evil.homepage).toBe(HOSTILE.jsUrl);
    const $ = html.get(`servers/${evil.slug}/index.html`)!;
    expect($('[data-link=homepage] a').length).toBe(0);
    expect($('[data-link=homepage] .not-a-link').text()).toContain(HOSTILE.jsUrl);
    expect($('[data-link=repository] a').length).toBe(0);
    expect($('[data-link=repository] .not-a-link').text()).toContain('file:///etc/passwd');
    expect($('a[href^="javascript:"], a[href^="file:"]').length).toBe(0);
  });

  it('lists what changed since the last crawl on each server page', () => {
    const aap = html.get('servers/aap-enterprise-mcp-server/index.html')!;
    const run = aap('[data-changed=run_job]');
    expect(run.length).toBe(1);
    expect(run.text()).toContain('description');
    expect(run.find('a').attr('href')).toBe('/tools/aap-enterprise-mcp-server/run_job/');
    const pay = html.get('servers/payments-mcp/index.html')!;
    expect(pay('[data-changed=create_refund]').length).toBe(1);
    expect(pay('[data-changed]').length).toBe(1);
    const db = html.get('servers/databricks-mcp-server/index.html')!;
    expect(db('[data-changed]').length).toBe(0);
    expect(db('[data-changes=none]').text()).toContain('Only one crawl');
  });

  it('gives every tool and server page enforcement tabs that work without JavaScript', () => {
    const pages = [...tools.keys()]
      .map((k) => `tools/${k}/index.html`)
      .concat(index.servers.map((s) => `servers/${s.slug}/index.html`));
    const keys = ['claude-code', 'codex', 'guard', 'intercept', 'agentgateway', 'toolhive', 'docker'];
    for (const file of pages) {
      const $ = html.get(file)!;
      expect($('#enforce').text(), file).toBe('How to enforce it');
      const radios = $('.tabs input.tab-input[type=radio][name=enforce-target]');
      expect(radios.map((_, el) => $(el).attr('value')).get(), file).toEqual(keys);
      expect(radios.filter('[checked]').length).toBe(1);
      for (const k of keys) {
        expect($(`label[for=enforce-${k}]`).text().trim().length).toBeGreaterThan(0);
        const panel = $(`#enforce-panel-${k}`);
        expect(panel.length, `${file} ${k}`).toBe(1);
        expect(panel.find('.enforce-file').text().trim()).not.toBe('');
        expect(panel.find('.enforce-place').text().trim()).not.toBe('');
        expect(panel.find('.enforce-check').text().trim()).not.toBe('');
        expect(panel.find('.enforce-cannot').length).toBe(1);
        expect(panel.find('pre').length).toBeGreaterThan(0);
      }
    }
    // the CSS that shows one panel at a time without JavaScript
    const css = files
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    for (const k of keys) expect(css).toContain(`#enforce-${k}:checked~#enforce-panel-${k}`);
    // above the fold on a tool page: every target with the file its policy goes into, in the verdict
    for (const k of tools.keys()) {
      const $ = html.get(`tools/${k}/index.html`)!;
      const quick = $('[data-verdict] [data-enforce-quick] li');
      expect(quick.map((_, el) => $(el).find('a').attr('data-enforce-tab')).get(), k).toEqual(keys);
      quick.each((_, el) => {
        expect($(el).find('code').text().trim().length, k).toBeGreaterThan(3);
      });
    }
  });

  it("takes each tab's policy and 'cannot express' notes from the exporters", () => {
    const key = 'aap-enterprise-mcp-server/run_job';
    const tool = tools.get(key)!;
    const $ = html.get(`tools/${key}/index.html`)!;
    const server = index.servers.find((s) => s.slug === tool.server)!;
    const cases: Array<[string, Parameters<typeof exportPolicy>[2]]> = [
      ['claude-code', 'claude-code'],
      ['codex', 'codex'],
      ['intercept', 'intercept'],
      ['agentgateway', 'agentgateway'],
      ['toolhive', 'cedar-toolhive'],
      ['docker', 'cedar-docker'],
    ];
    for (const [tab, target] of cases) {
      const exported = exportPolicy(
        PolicySchema.parse(tool.policy),
        [tool.classification],
        target,
        server.name,
      );
      const panel = $(`#enforce-panel-${tab}`);
      expect(panel.find('pre').first().text(), tab).toBe(exported.content);
      expect(
        panel
          .find('.enforce-cannot li')
          .map((_, el) => $(el).text())
          .get(),
        tab,
      ).toEqual(exported.notes);
    }
    expect($('#enforce-panel-claude-code .enforce-file').text()).toContain('.claude/settings.json');
    expect($('#enforce-panel-codex .enforce-file').text()).toContain('~/.codex/config.toml');
    const guard = JSON.parse($('#enforce-guard-mcpservers').text()) as {
      mcpServers: Record<string, { command: string; args: string[] }>;
    };
    const entry = guard.mcpServers[server.name]!;
    expect(entry.command).toBe('mcp-risk');
    expect(entry.args.slice(0, 2)).toEqual(['guard', '--policy']);
    expect(entry.args.slice(-3)).toEqual(['npx', '-y', `${server.package}@${server.version}`]);
    expect(JSON.parse($('#enforce-guard-policy').text())).toEqual(tool.policy);
  });

  it('names downloads once per extension', () => {
    const names: string[] = [];
    for (const [, $] of html)
      $('button[data-filename]').each((_, el) => void names.push($(el).attr('data-filename')!));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n).toMatch(/^[a-z0-9][a-z0-9_.-]*$/);
      expect(n).not.toMatch(/\.(\w+)\.\1$/);
    }
    expect(names).toContain('run_pipeline.docker.cedar');
    expect(names).toContain('run_pipeline.toolhive-authz.json');
  });

  it('writes every policy on a page with the same key order as the policy block', () => {
    let checked = 0;
    for (const [file, $] of html)
      $('pre').each((_, el) => {
        const text = $(el).text();
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return;
        }
        const policy = PolicySchema.safeParse(value);
        if (!policy.success) return;
        checked++;
        expect(text, file).toBe(`${JSON.stringify(policy.data, null, 2)}\n`);
      });
    expect(checked).toBeGreaterThan(tools.size * 4);
  });

  it('never writes "Labelled execute (execute)"', () => {
    for (const [file, $] of html) expect($('main').text(), file).not.toMatch(/Labelled (\w+) \(\1\)/);
  });

  it("gives listings the risk's reason, in a band of the risk's colour", () => {
    for (const r of ['low', 'medium', 'high', 'critical'] as const) {
      const $ = html.get(`risk/${r}/index.html`)!;
      const rows = $('tbody tr');
      expect(rows.length).toBe(index.tools.filter((t) => t.risk === r).length);
      rows.each((_, el) => {
        expect($(el).hasClass(`band-${r}`)).toBe(true);
        expect($(el).find('.risk-reason').text()).toMatch(
          new RegExp(`^${r[0]!.toUpperCase()}${r.slice(1)}: `),
        );
      });
    }
    const $ = html.get('category/financial/index.html')!;
    const reasons = $('tbody tr .risk-reason')
      .map((_, el) => $(el).text().split('.')[0])
      .get();
    expect(new Set(reasons).size).toBe(reasons.length);
    const tool = html.get('tools/payments-mcp/create_refund/index.html')!;
    expect(tool('header.risk-band').hasClass('band-critical')).toBe(true);
  });

  it('shows nested parameters to a bounded depth with types, enums, defaults and required marks', () => {
    const $ = html.get('tools/databricks-mcp-server/create_job/index.html')!;
    const row = (path: string) => $(`table.params tr[data-path="${path}"]`);
    expect(row('settings').attr('data-depth')).toBe('0');
    expect(row('settings').text()).toContain('required');
    expect(row('settings.name').text()).toContain('required');
    expect(row('settings.tasks').text()).toContain('array of object');
    expect(row('settings.tasks[].task_key').attr('data-depth')).toBe('2');
    const source = row('settings.tasks[].notebook_task.source');
    expect(source.attr('data-depth')).toBe('3');
    expect(source.text()).toContain('one of "WORKSPACE", "GIT"');
    expect(source.text()).toContain('"WORKSPACE"');
    expect(row('settings.schedule.timezone_id').text()).toContain('"UTC"');
    expect(row('settings.schedule.pause_status').text()).toContain('optional');
    expect(row('deep.level1.level2.level3.level4').attr('data-depth')).toBe('4');
    expect(row('deep.level1.level2.level3.level4.level5').length).toBe(0);
  });

  it('relates tools by what they do: a CI trigger gets job runners, never a browser select_option', () => {
    const $ = html.get('tools/gitlab-ci-mcp/run_pipeline/index.html')!;
    const related = $('[data-related]')
      .map((_, el) => $(el).attr('data-related'))
      .get();
    expect(related.slice(0, 2).sort()).toEqual([
      'aap-enterprise-mcp-server/run_job',
      'databricks-mcp-server/run_job',
    ]);
    expect(related).not.toContain('browser-mcp/browser_select_option');
    expect(related.every((r) => !r.startsWith('gitlab-ci-mcp/'))).toBe(true);
    const browser = html.get('tools/browser-mcp/browser_select_option/index.html')!;
    expect(
      browser('[data-related]')
        .map((_, el) => browser(el).attr('data-related'))
        .get(),
    ).not.toContain('gitlab-ci-mcp/run_pipeline');
  });

  it('publishes the held-out evaluation on /accuracy/ with matrices, flag precision and weaknesses', () => {
    const acc = AccuracySchema.parse(JSON.parse(readFileSync(join(FIXTURE_EXPORT, 'accuracy.json'), 'utf8')));
    const $ = html.get('accuracy/index.html')!;
    expect($('[data-figure=access] td').first().text()).toBe(
      `${(acc.heldout.accessAccuracy * 100).toFixed(1)} %`,
    );
    expect($('[data-figure=risk-exact] td').first().text()).toBe(
      `${(acc.heldout.riskExact * 100).toFixed(1)} %`,
    );
    for (const [id, m] of [
      ['access-confusion', acc.heldout.accessConfusion],
      ['risk-confusion', acc.heldout.riskConfusion],
    ] as const) {
      const cells: number[][] = [];
      $(`#${id} tbody tr`).each((_, tr) => {
        cells.push(
          $(tr)
            .find('td')
            .map((__, td) => Number($(td).text()))
            .get()
            .slice(0, -1),
        );
      });
      expect(cells, id).toEqual(m.counts);
    }
    expect($('table.flag-precision tbody tr').length).toBe(acc.heldout.flags.length);
    expect($('#standard').length).toBe(1);
    const heldout = new Set(
      (
        JSON.parse(
          readFileSync(join(FIXTURE_EXPORT, '..', '..', '..', 'data', 'corpus', 'split.json'), 'utf8'),
        ) as { heldout: string[] }
      ).heldout,
    );
    expect($('[data-weakness]').length).toBe(acc.weaknesses.length);
    for (const w of acc.weaknesses) {
      if (!w.example) continue;
      const slug = w.example.package.toLowerCase().replace(/^@/, '').replace(/\//g, '__');
      expect(heldout.has(slug), w.example.package).toBe(false);
      expect($(`[data-weakness=${w.id}] .example[data-split=tuning]`).text()).toContain(w.example.tool);
    }
  });

  it('writes Atom and JSON feeds of definition changes, site-wide and per server, with the diff', () => {
    const atom = cheerio.load(readFileSync(join(dist, 'feeds', 'changes.atom'), 'utf8'), { xml: true });
    expect(atom('feed > entry').length).toBe(2);
    const first = atom('feed > entry').first();
    expect(first.find('link').attr('href')).toMatch(/\/tools\/payments-mcp\/create_refund\/$/);
    expect(first.find('content').text()).toContain('- "Refund a charge in full."');
    expect(first.find('content').text()).toContain('+ "Refund a charge, fully or partly."');
    const feed = JSON.parse(readFileSync(join(dist, 'feeds', 'changes.json'), 'utf8')) as {
      version: string;
      items: Array<{
        id: string;
        url: string;
        date_published: string;
        _mcp_risk: { server: string; tool: string; changes: unknown };
      }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => `${i._mcp_risk.server}/${i._mcp_risk.tool}`)).toEqual([
      'payments-mcp/create_refund',
      'aap-enterprise-mcp-server/run_job',
    ]);
    const runJob = tools.get('aap-enterprise-mcp-server/run_job')!;
    expect(feed.items[1]!._mcp_risk.changes).toEqual(runJob.history[1]!.changes);
    for (const s of index.servers) {
      const per = JSON.parse(readFileSync(join(dist, 'servers', s.slug, 'changes.json'), 'utf8')) as {
        items: unknown[];
      };
      const expected = s.slug === 'aap-enterprise-mcp-server' || s.slug === 'payments-mcp' ? 1 : 0;
      expect(per.items.length, s.slug).toBe(expected);
      const perAtom = cheerio.load(readFileSync(join(dist, 'servers', s.slug, 'changes.atom'), 'utf8'), {
        xml: true,
      });
      expect(perAtom('feed > entry').length).toBe(expected);
    }
    const home = html.get('index.html')!;
    expect(home('link[type="application/atom+xml"]').attr('href')).toBe('/feeds/changes.atom');
  });
});
