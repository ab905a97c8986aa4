/** The site's pure helpers, without a build: links, parameters, the risk line, related tools. */
import { describe, expect, it } from 'vitest';
import { RelatedIndex, toolShape, type RelatedCandidate } from '../../site/src/lib/related.js';
import { PARAM_DEPTH, httpUrl, npmUrl, paramRows, riskReason } from '../../site/src/lib/text.js';

describe('httpUrl', () => {
  it('links http(s) only', () => {
    expect(httpUrl('https://example.com/a?b#c')).toBe('https://example.com/a?b#c');
    expect(httpUrl(' http://example.com ')).toBe('http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox',
      'ftp://example.com/',
      '//example.com/',
      '/relative',
      'example.com',
      'https://user:pass@example.com/',
      '',
      null,
      undefined,
    ])
      expect(httpUrl(bad), String(bad)).toBeNull();
  });

  it('makes npm links from package names only', () => {
    expect(npmUrl('@scope/pkg', '1.2.3')).toBe('https://www.npmjs.com/package/@scope/pkg/v/1.2.3');
    expect(npmUrl('pkg', 'unknown')).toBe('https://www.npmjs.com/package/pkg');
    expect(npmUrl('javascript:alert(1)')).toBeNull();
    expect(npmUrl('../../etc')).toBeNull();
  });
});

describe('paramRows', () => {
  it('opens nested objects and array items to PARAM_DEPTH, with required, enum and default', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i++) deep = { type: 'object', properties: { x: deep } };
    const rows = paramRows({
      type: 'object',
      required: ['a'],
      properties: {
        a: {
          type: 'array',
          items: {
            type: 'object',
            required: ['b'],
            properties: { b: { type: 'string', enum: ['x', 'y'], default: 'x' } },
          },
        },
        deep,
      },
    });
    expect(rows.find((r) => r.path === 'a')).toMatchObject({
      required: true,
      type: 'array of object',
      depth: 0,
    });
    expect(rows.find((r) => r.path === 'a[].b')).toMatchObject({
      required: true,
      depth: 1,
      values: '"x", "y"',
      defaultValue: '"x"',
    });
    expect(Math.max(...rows.map((r) => r.depth))).toBe(PARAM_DEPTH);
  });

  it('names the type of arrays nested 100,000 deep without overflowing the stack', () => {
    let items: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 100_000; i++) items = { type: 'array', items };
    const [row] = paramRows({ type: 'object', properties: { a: items } });
    expect(row!.type).toMatch(/^array of array of .*…$/);
  });

  it('is bounded on a schema with 100,000 properties', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, i) => [`p${i}`, { type: 'string' }]),
    );
    expect(paramRows({ type: 'object', properties }).length).toBeLessThanOrEqual(300);
  });
});

describe('riskReason', () => {
  it("gives the risk's reason, so the same category at two risks reads differently", () => {
    expect(riskReason({ risk: 'critical', category: 'execute', flags: ['host_execution'] })).toBe(
      'Critical: it can run arbitrary code or commands on a host.',
    );
    expect(riskReason({ risk: 'high', category: 'execute', flags: ['missing_annotations'] })).toBe(
      'High: what it does depends on the arguments it is given.',
    );
    expect(riskReason({ risk: 'medium', category: 'read', flags: ['private_data'] })).toBe(
      'Medium: it returns private data.',
    );
  });
});

describe('related tools', () => {
  const t = (server: string, name: string, access: string, category = access): RelatedCandidate => ({
    server,
    slug: name,
    name,
    risk: 'high',
    category,
    access,
  });

  it('splits a name into its verb and objects, leaving out the server name', () => {
    expect(toolShape('browser_select_option', 'browser-mcp')).toEqual({
      verb: 'click',
      objects: ['option'],
      words: ['option'],
    });
    expect(toolShape('runPipeline', 'ci')).toMatchObject({
      verb: 'run',
      objects: ['job'],
      words: ['pipeline'],
    });
    expect(toolShape('gitlab_list_issues', 'gitlab')).toMatchObject({ verb: 'list', words: ['issue'] });
  });

  it('ranks the same object first and never offers a tool that shares neither object nor verb', () => {
    const index = new RelatedIndex([
      t('gitlab', 'run_pipeline', 'execute'),
      t('circleci', 'runPipeline', 'execute'),
      t('jenkins', 'trigger_job', 'execute'),
      t('jenkins', 'get_job_log', 'read'),
      t('browser', 'browser_select_option', 'execute'),
      t('shell', 'run_command', 'execute'),
    ]);
    const related = index.related(t('gitlab', 'run_pipeline', 'execute')).map((x) => `${x.server}/${x.name}`);
    expect(related[0]).toBe('circleci/runPipeline');
    expect(related).toContain('jenkins/trigger_job');
    expect(related).toContain('shell/run_command');
    expect(related).not.toContain('browser/browser_select_option');
    expect(related.some((r) => r.startsWith('gitlab/'))).toBe(false);
    expect(related.indexOf('jenkins/trigger_job')).toBeLessThan(related.indexOf('shell/run_command'));
  });
});
