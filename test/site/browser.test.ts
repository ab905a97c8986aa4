/**
 * Browser tests: Debian's Chromium driven by playwright-core against the site built from the fixture
 * export, served on loopback. Screenshots go to test-results/site/. Without Chromium the tests are
 * skipped locally and FAIL when CI is set.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndexSchema, CatalogueToolSchema, safeSlug, type CatalogueTool } from '../../core/index.js';
import {
  EXPORT_TARGETS,
  PROFILE_DESCRIPTIONS,
  buildPolicy,
  classifyServer,
  exportPolicy,
} from '../../classifier/index.js';
import type { Profile } from '../../core/index.js';
import { HOSTILE } from './fixture-export.js';
import { FIXTURE_EXPORT, REPO, RESULTS, buildFixtureSite } from './site-build.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const SHOTS = join(RESULTS, 'site');

if (!haveChromium && process.env['CI']) {
  describe('browser tests', () => {
    it('needs Chromium', () => {
      throw new Error(
        `Chromium not found at ${CHROMIUM}; .ci/run must install Debian's chromium (apt-get install -y chromium)`,
      );
    });
  });
}

describe.skipIf(!haveChromium)('site in Chromium', () => {
  let server: Server;
  let base = '';
  let browser: Browser;
  let context: BrowserContext;
  const dialogs: string[] = [];

  const readTools = (serverSlug: string): CatalogueTool[] =>
    CatalogueToolSchema.array().parse(
      JSON.parse(readFileSync(join(FIXTURE_EXPORT, 'servers', `${serverSlug}.json`), 'utf8')),
    );
  const index = CatalogueIndexSchema.parse(
    JSON.parse(readFileSync(join(FIXTURE_EXPORT, 'index.json'), 'utf8')),
  );

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => dialogs.push(`pageerror: ${e.message}`));
    await page.goto(`${base}${path}`);
    return page;
  }

  beforeAll(async () => {
    const dist = await buildFixtureSite();
    mkdirSync(SHOTS, { recursive: true });
    // serve.mjs is plain JavaScript; a typed import of it is not worth a declaration file
    const { serve } = (await import(join(REPO, 'site', 'scripts', 'serve.mjs'))) as {
      serve: (o: { root: string; port: number }) => Promise<Server>;
    };
    server = await serve({ root: dist, port: 0 });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // launch() starts Chromium with a fresh, empty profile directory of its own
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((r) => server?.close(r));
    expect(dialogs).toEqual([]);
  });

  it('shows the home page with counts, and the skip link comes first on Tab', async () => {
    const page = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('MCP tool');
    expect(await page.locator('main').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
    await page.close();
  });

  it('searches for a tool, opens it, checks labels and downloads the policy equal to the export', async () => {
    const page = await open('/');
    await page.fill('#q', 'refund');
    await page.click('form.search button[type=submit]');
    await page.waitForURL(/\/search\/\?q=refund/);
    const link = page.locator('#results a', { hasText: 'create_refund' });
    await link.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
    await link.click();
    await page.waitForURL(/\/tools\/payments-mcp\/create_refund\/$/);
    const tool = readTools('payments-mcp').find((t) => t.name === 'create_refund')!;
    expect(await page.locator('h1').textContent()).toBe('create_refund');
    expect(await page.locator('.badges [data-risk]').getAttribute('data-risk')).toBe(
      tool.classification.risk,
    );
    expect(await page.locator('.badges [data-category]').getAttribute('data-category')).toBe(
      tool.classification.category,
    );
    expect(JSON.parse((await page.locator('#policy-native').textContent())!)).toEqual(tool.policy);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-download="policy-native"]'),
    ]);
    expect(download.suggestedFilename()).toBe('create_refund.policy.json');
    const saved = join(SHOTS, 'downloaded-policy.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(`${JSON.stringify(tool.policy, null, 2)}\n`);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(tool.policy);
    await page.screenshot({ path: join(SHOTS, 'tool-create_refund.png'), fullPage: true });
    await page.close();
  });

  it('finds tools by risk alone', async () => {
    const risk = index.tools[0]!.risk;
    const page = await open(`/search/?risk=${risk}`);
    await page.locator('#results li').first().waitFor({ timeout: 15_000 });
    const expected = index.tools.filter((t) => t.risk === risk).length;
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(
      new RegExp(`^${expected} result`),
    );
    await page.close();
  });

  it('classifies a pasted tool list in the browser and offers the policy', async () => {
    const page = await open('/classify/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const tools = {
      tools: [
        {
          name: 'run_job',
          description: 'Run a job template by ID, optionally with extra_vars.',
          inputSchema: {
            type: 'object',
            properties: { job_id: { type: 'integer' }, extra_vars: { type: 'object' } },
            required: ['job_id'],
          },
        },
        { name: 'list_jobs', description: 'List jobs.', inputSchema: { type: 'object', properties: {} } },
        { name: HOSTILE.script, description: HOSTILE.img, inputSchema: { type: 'object', properties: {} } },
      ],
    };
    await page.fill('#tools-input', JSON.stringify(tools, null, 2));
    await page.click('#classify-button');
    await page.locator('#classify-results').waitFor({ state: 'visible' });
    const rows = page.locator('#classify-table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe('high');
    expect(await rows.nth(2).locator('code').textContent()).toBe(HOSTILE.script);
    // one paragraph per tool, composed in the page by classifier/rationale.ts, the hostile one as text
    const why = page.locator('#classify-why li');
    expect(await why.count()).toBe(3);
    const runJob = (await page.locator('#classify-why li[data-tool="run_job"] p').textContent())!;
    expect(runJob).toContain('Run a job template by ID, optionally with extra_vars.');
    expect(runJob).toMatch(/The balanced policy caps it at 10 calls a minute/);
    expect(
      await page.locator('#classify-why li[data-tool="run_job"] q').getAttribute('data-quote-path'),
    ).toBe('description');
    expect(await page.locator('#classify-why img, #classify-why script').count()).toBe(0);
    const policy = JSON.parse((await page.locator('#classify-policy').textContent())!) as {
      tools: Record<string, unknown>;
    };
    expect(policy.tools['run_job']).toEqual({
      limits: [{ counter: 'run_job_rate', window: 'minute', max: 10, scope: 'grant' }],
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#classify-download')]);
    const saved = join(SHOTS, 'classified-policy.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(await page.locator('#classify-policy').textContent());
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'classify.png'), fullPage: true });
    await page.close();
  });

  it('renders the hostile fixture server as text', async () => {
    const evil = index.servers.find((s) => s.package === '@example/evil-server')!;
    const page = await open(`/tools/${evil.slug}/${safeSlug(HOSTILE.img)}/`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.img);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('blockquote.description').textContent()).toContain(HOSTILE.jsLink);
    await page.screenshot({ path: join(SHOTS, 'hostile-tool.png'), fullPage: true });
    await page.goto(`${base}/servers/${evil.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(evil.title);
    expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
    // a 10,000-character tool name scrolls inside its own block; the page never grows wider than the window
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(SHOTS, 'hostile-server.png'), fullPage: true });
    await page.close();
  });

  it('is readable without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/tools/aap-enterprise-mcp-server/run_job/`);
    expect(JSON.parse((await page.locator('#policy-native').textContent())!)).toEqual({
      version: '1',
      default: 'deny',
      tools: {
        run_job: { limits: [{ counter: 'run_job_rate', window: 'minute', max: 10, scope: 'grant' }] },
      },
    });
    expect(await page.locator('button[data-download]').first().isVisible()).toBe(false);
    await page.close();
    await noJs.close();
  });

  it('switches enforcement tabs with the mouse and the keyboard, and without JavaScript', async () => {
    const page = await open('/tools/aap-enterprise-mcp-server/run_job/');
    const panel = (k: string) => page.locator(`#enforce-panel-${k}`);
    expect(await panel('claude-code').isVisible()).toBe(true);
    expect(await panel('codex').isVisible()).toBe(false);
    await page.click('label[for=enforce-codex]');
    expect(await panel('codex').isVisible()).toBe(true);
    expect(await panel('claude-code').isVisible()).toBe(false);
    expect(await panel('codex').locator('.enforce-file').textContent()).toContain('~/.codex/config.toml');
    // arrow keys move between the radios of the group, as in any radio group
    await page.focus('#enforce-codex');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#enforce-guard').isChecked()).toBe(true);
    expect(await panel('guard').isVisible()).toBe(true);
    await page.locator('#enforce').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'tool-enforce-guard.png'), fullPage: false });
    await page.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await noJs.newPage();
    await p2.goto(`${base}/servers/payments-mcp/`);
    await p2.click('label[for=enforce-docker]');
    expect(await p2.locator('#enforce-panel-docker').isVisible()).toBe(true);
    expect(await p2.locator('#enforce-panel-claude-code').isVisible()).toBe(false);
    expect(await p2.locator('#enforce-panel-docker .enforce-check').textContent()).toContain(
      'cedar validate',
    );
    await p2.close();
    await noJs.close();
  });

  it('shows a tool page and a server page with risk bands (screenshots)', async () => {
    const page = await open('/tools/payments-mcp/create_refund/');
    const band = page.locator('header.risk-band');
    expect(
      await page.evaluate("getComputedStyle(document.querySelector('header.risk-band')).borderLeftWidth"),
    ).not.toBe('0px');
    expect(await band.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'tool-page.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'tool-page-fold.png') });
    await page.goto(`${base}/servers/aap-enterprise-mcp-server/`);
    expect(await page.locator('[data-changed=run_job]').count()).toBe(1);
    expect(await page.locator('[data-link=repository] a').getAttribute('href')).toBe(
      'https://github.com/example/aap-enterprise-mcp-server',
    );
    await page.screenshot({ path: join(SHOTS, 'server-page.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'server-page-fold.png') });
    await page.goto(`${base}/risk/high/`);
    const critical = await open('/risk/critical/');
    const edge = "getComputedStyle(document.querySelector('tbody tr td')).boxShadow";
    expect(await page.evaluate(edge)).not.toBe(await critical.evaluate(edge));
    await critical.close();
    await page.close();
  });

  it('serves the change feeds as Atom and JSON Feed', async () => {
    const page = await open('/');
    const atom = await page.request.get(`${base}/feeds/changes.atom`);
    expect(atom.headers()['content-type']).toContain('application/atom+xml');
    const entries = await page.evaluate<Array<{ link: string; content: string }> | null>(`(async () => {
      const text = await (await fetch(${JSON.stringify(`${base}/feeds/changes.atom`)})).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('entry')].map((e) => ({
        link: e.querySelector('link')?.getAttribute('href') ?? '',
        content: e.querySelector('content')?.textContent ?? '',
      }));
    })()`);
    expect(entries).not.toBeNull();
    expect(entries!.map((e) => new URL(e.link).pathname)).toEqual([
      '/tools/payments-mcp/create_refund/',
      '/tools/aap-enterprise-mcp-server/run_job/',
    ]);
    expect(entries![1]!.content).toContain('+ "Run a job template by ID, optionally with extra_vars."');
    const json = (await (
      await page.request.get(`${base}/servers/aap-enterprise-mcp-server/changes.json`)
    ).json()) as {
      items: Array<{ url: string }>;
    };
    expect(json.items.map((i) => new URL(i.url).pathname)).toEqual([
      '/tools/aap-enterprise-mcp-server/run_job/',
    ]);
    await page.close();
  });

  it('shows the accuracy page', async () => {
    const page = await open('/accuracy/');
    expect(await page.locator('h1').textContent()).toBe('Accuracy');
    expect(await page.locator('#access-confusion tbody tr').count()).toBe(3);
    expect(await page.locator('#risk-confusion tbody tr').count()).toBe(4);
    expect(await page.locator('[data-weakness] .example').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'accuracy.png'), fullPage: true });
    await page.close();
  });

  it('classifies every input kind on /classify/, copies the policy, and keeps tool names whole', async () => {
    const tools = [
      {
        name: 'trigger_deployment_pipeline_for_environment',
        description: 'Run the deployment pipeline of a project for an environment.',
        inputSchema: { type: 'object', properties: { project: { type: 'string' } }, required: ['project'] },
      },
      { name: 'list_jobs', description: 'List jobs.', inputSchema: { type: 'object', properties: {} } },
    ];
    const saved = {
      mcpRisk: '0.1.0',
      classifierVersion: '0.1.0',
      profile: 'balanced',
      servers: [
        {
          name: 'saved-server',
          tools: readTools('aap-enterprise-mcp-server').map((t) => t.classification),
        },
      ],
    };
    const inputs: Array<[string, unknown, number, RegExp]> = [
      ['tools/list result', { tools }, 2, /a tools\/list result/],
      ['JSON-RPC response', { jsonrpc: '2.0', id: 1, result: { tools } }, 2, /JSON-RPC/],
      ['array', tools, 2, /an array of tools/],
      [
        'client config',
        { mcpServers: { ci: { command: 'npx', args: ['ci-mcp'], tools } } },
        2,
        /client config \(mcpServers\.ci\)/,
      ],
      [
        'classify JSON',
        saved,
        readTools('aap-enterprise-mcp-server').length,
        /mcp-risk classify --format json/,
      ],
    ];
    const page = await open('/classify/');
    for (const [what, value, count, kind] of inputs) {
      await page.fill('#server-name', 'my-server');
      await page.fill('#tools-input', JSON.stringify(value));
      await page.click('#classify-button');
      await page.locator('#classify-results').waitFor({ state: 'visible' });
      expect(await page.locator('#classify-table tbody tr').count(), what).toBe(count);
      expect(await page.locator('#classify-status').textContent(), what).toMatch(kind);
    }
    expect(await page.inputValue('#server-name')).toBe('saved-server');
    // the client config names the server
    await page.fill('#server-name', 'my-server');
    await page.fill('#tools-input', JSON.stringify(inputs[3]![1]));
    await page.click('#classify-button');
    expect(await page.inputValue('#server-name')).toBe('ci');
    await page.click('#classify-copy');
    await expect.poll(() => page.locator('#classify-copy-status').textContent()).toBe('Copied.');
    const copied = await page.evaluate('navigator.clipboard.readText()');
    expect(copied).toBe(await page.locator('#classify-policy').textContent());
    // a long tool name stays on one line: its cell scrolls with the table instead of breaking the word
    await page.setViewportSize({ width: 480, height: 900 });
    const lines = await page.evaluate(
      "document.querySelector('#classify-table tbody tr code').getClientRects().length",
    );
    expect(lines).toBe(1);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.fill(
      '#tools-input',
      JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -1, message: 'x' } }),
    );
    await page.click('#classify-button');
    expect(await page.locator('#classify-status').textContent()).toMatch(/error, not a tool list/);
    await page.screenshot({ path: join(SHOTS, 'classify-kinds.png'), fullPage: true });
    await page.close();
  });
  it('exports the policy for the chosen profile and target on /classify/, all in the page', async () => {
    const tools = [
      {
        name: 'run_job',
        description: 'Run a job template by ID, optionally with extra_vars.',
        inputSchema: { type: 'object', properties: { job_id: { type: 'integer' } }, required: ['job_id'] },
      },
      { name: 'list_jobs', description: 'List jobs.', inputSchema: { type: 'object', properties: {} } },
      {
        name: 'delete_job',
        description: 'Permanently delete a job template.',
        inputSchema: { type: 'object', properties: { job_id: { type: 'integer' } }, required: ['job_id'] },
      },
    ];
    const page = await open('/classify/');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // the choices on the page are the classifier's own
    expect(
      await page.evaluate("[...document.querySelectorAll('#profile option')].map((o) => o.value)"),
    ).toEqual(Object.keys(PROFILE_DESCRIPTIONS));
    expect(
      await page.evaluate("[...document.querySelectorAll('#target option')].map((o) => o.value)"),
    ).toEqual(EXPORT_TARGETS);
    await page.fill('#server-name', 'jobs');
    await page.fill('#tools-input', JSON.stringify({ tools }));
    await page.click('#classify-button');
    await page.locator('#classify-results').waitFor({ state: 'visible' });
    const classifications = classifyServer(tools, { name: 'jobs' }).tools;
    let shots = 0;
    for (const profile of Object.keys(PROFILE_DESCRIPTIONS) as Profile[]) {
      await page.selectOption('#profile', profile);
      for (const target of EXPORT_TARGETS) {
        // changing a select re-renders the results without pressing Classify again
        await page.selectOption('#target', target);
        const want = exportPolicy(buildPolicy(classifications, profile), classifications, target, 'jobs');
        const name = want.filename.replace(/^.*\//, '');
        await expect
          .poll(() => page.locator('#classify-policy').getAttribute('data-target'), {
            message: `${profile} ${target}`,
          })
          .toBe(target);
        expect(await page.locator('#classify-policy').getAttribute('data-profile')).toBe(profile);
        expect(await page.locator('#classify-policy').textContent(), `${profile} ${target}`).toBe(
          want.content,
        );
        expect(await page.locator('#classify-download').textContent()).toBe(`Download ${name}`);
        if (profile !== 'strict' && target !== 'codex' && target !== 'cedar-docker') continue;
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click('#classify-download'),
        ]);
        expect(download.suggestedFilename(), `${profile} ${target}`).toBe(name);
        expect(name).not.toMatch(/\.(\w+)\.\1$/);
        const saved = join(SHOTS, `classified-${profile}-${name}`);
        await download.saveAs(saved);
        expect(readFileSync(saved, 'utf8')).toBe(want.content);
        await page.click('#classify-copy');
        await expect.poll(() => page.locator('#classify-copy-status').textContent()).toBe('Copied.');
        expect(await page.evaluate('navigator.clipboard.readText()')).toBe(want.content);
        shots++;
      }
    }
    expect(shots).toBeGreaterThan(3);
    // strict and permissive differ for the same tools
    await page.selectOption('#target', 'native');
    await page.selectOption('#profile', 'strict');
    const strict = await page.locator('#classify-policy').textContent();
    await page.selectOption('#profile', 'permissive');
    expect(await page.locator('#classify-policy').textContent()).not.toBe(strict);
    // nothing but the downloads' blob: URLs (and the browser's own lazy favicon fetch) after load
    expect(requests.filter((u) => !u.startsWith('blob:') && u !== `${base}/favicon.svg`)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'classify-targets.png'), fullPage: true });
    await page.close();
  });
  it('follows a dark colour scheme with AA contrast for body text and risk badges', async () => {
    // WCAG contrast of an element's text on the first opaque background up its ancestors
    const contrastOf = `(sel) => {
      const lum = (c) => {
        const [r, g, b] = c.match(/[0-9.]+/g).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const opaque = (c) => !/rgba\\(.*,\\s*0\\)$/.test(c) && c !== 'transparent';
      return [...document.querySelectorAll(sel)].map((el) => {
        let bgEl = el;
        while (bgEl && !opaque(getComputedStyle(bgEl).backgroundColor)) bgEl = bgEl.parentElement;
        const bg = bgEl ? getComputedStyle(bgEl).backgroundColor : 'rgb(255, 255, 255)';
        const fg = getComputedStyle(el).color;
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return { sel, text: el.textContent.trim().slice(0, 40), fg, bg, ratio: (a + 0.05) / (b + 0.05) };
      });
    }`;
    const pages = [
      '/tools/payments-mcp/create_refund/',
      '/tools/gitlab-ci-mcp/run_pipeline/',
      '/tools/gitlab-ci-mcp/list_pipelines/',
      '/tools/evil-server-script-alert-1-script-519ffea18d/a-b-c14cddc033/',
      '/risk/critical/',
      '/',
    ];
    const selectors = 'body, main p, .muted, main a, .badge, tr.band-critical td, button';
    const seen: Record<'light' | 'dark', { bg: string; fg: string }> = {
      light: { bg: '', fg: '' },
      dark: { bg: '', fg: '' },
    };
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/');
      await page.emulateMedia({ colorScheme: scheme });
      const body = await page.evaluate<{ bg: string; fg: string }>(
        '({ bg: getComputedStyle(document.documentElement).backgroundColor, fg: getComputedStyle(document.body).color })',
      );
      seen[scheme] = body;
      const badges = new Set<string>();
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        const checks = await page.evaluate<
          Array<{ sel: string; text: string; fg: string; bg: string; ratio: number }>
        >(`(${contrastOf})(${JSON.stringify(selectors)})`);
        expect(checks.length).toBeGreaterThan(5);
        for (const c of checks)
          expect(c.ratio, `${scheme} ${path} "${c.text}" ${c.fg} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
        for (const r of await page.evaluate<string[]>(
          "[...document.querySelectorAll('.badge[data-risk]')].map((e) => e.dataset.risk)",
        ))
          badges.add(r);
      }
      // every risk level's badge was measured, and the bands still differ in width (the non-colour cue)
      expect([...badges].sort(), scheme).toEqual(['critical', 'high', 'low', 'medium']);
      await page.goto(`${base}/tools/payments-mcp/create_refund/`);
      expect(
        await page.evaluate("getComputedStyle(document.querySelector('header.risk-band')).borderLeftWidth"),
      ).not.toBe('0px');
      // each band has its own edge colour (a variable that failed to resolve would fall back to the text colour)
      const edges = new Set<string>();
      for (const path of pages.slice(0, 4)) {
        await page.goto(`${base}${path}`);
        const edge = await page.evaluate<string>(
          "getComputedStyle(document.querySelector('header.risk-band')).borderLeftColor",
        );
        expect(edge, `${scheme} ${path}`).not.toBe(
          await page.evaluate<string>('getComputedStyle(document.body).color'),
        );
        edges.add(edge);
      }
      expect(edges.size, scheme).toBe(4);
      await page.close();
    }
    expect(seen.dark.bg).not.toBe(seen.light.bg);
    expect(seen.dark.fg).not.toBe(seen.light.fg);
  });
  it('puts the verdict, the reason and the rule above the fold of a 1280x800 laptop screen', async () => {
    const page = await open('/');
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of [
      '/tools/payments-mcp/create_refund/',
      '/tools/gitlab-ci-mcp/run_pipeline/',
      '/tools/gitlab-ci-mcp/list_pipelines/',
      '/tools/aap-enterprise-mcp-server/run_job/',
    ]) {
      await page.goto(`${base}${path}`);
      for (const sel of ['[data-verdict-access]', '[data-verdict-reason]', '[data-verdict-policy] pre']) {
        const box = await page.locator(sel).first().boundingBox();
        expect(box, `${path} ${sel}`).not.toBeNull();
        expect(box!.y + box!.height, `${path} ${sel} bottom`).toBeLessThanOrEqual(800);
        expect(box!.height, `${path} ${sel}`).toBeGreaterThan(0);
      }
      expect(await page.locator('[data-verdict-access]').textContent()).toMatch(/access, \w+ risk/);
      expect((await page.locator('[data-verdict-reason]').textContent())!.length).toBeGreaterThan(40);
      const tool = path.split('/')[3]!;
      expect(await page.locator('[data-verdict-policy] pre').textContent()).toContain(tool);
    }
    await page.close();
  });

  it('takes light and dark screenshots of an execute, a financial and a read tool page', async () => {
    const shots: Array<[string, string]> = [
      ['execute-run_pipeline', '/tools/gitlab-ci-mcp/run_pipeline/'],
      ['financial-create_refund', '/tools/payments-mcp/create_refund/'],
      ['read-list_pipelines', '/tools/gitlab-ci-mcp/list_pipelines/'],
      ['low-read-a-b', '/tools/evil-server-script-alert-1-script-519ffea18d/a-b-c14cddc033/'],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, path] of shots) {
        await page.goto(`${base}${path}`);
        await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
        await page.screenshot({ path: join(SHOTS, `${name}-${scheme}-full.png`), fullPage: true });
      }
      await page.close();
    }
  });
});
