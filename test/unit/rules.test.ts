import { describe, expect, it } from 'vitest';
import { ALL_RULES, classifyTool } from '../../classifier/index.js';
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.js';

const fired = (tool: unknown, server?: Parameters<typeof classifyTool>[1]) =>
  new Set(classifyTool(tool, server).evidence.map((e) => e.rule));

describe('rule fixtures', () => {
  it('every rule has at least one positive and one negative fixture (meta-test)', () => {
    const missing = ALL_RULES.filter((r) => {
      const f = RULE_FIXTURES[r.id];
      return !f || f.positive.length === 0 || f.negative.length === 0;
    }).map((r) => r.id);
    expect(missing).toEqual([]);
    const stale = Object.keys(RULE_FIXTURES).filter((id) => !ALL_RULES.some((r) => r.id === id));
    expect(stale).toEqual([]);
  });

  it('rule ids are unique and every rule is fully described', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(3);
      expect(r.rationale.length, r.id).toBeGreaterThan(10);
      expect(r.id.startsWith(''), r.id).toBe(true);
    }
  });

  for (const rule of ALL_RULES) {
    const f = RULE_FIXTURES[rule.id];
    if (!f) continue;
    it(`${rule.id}: fires on its positive fixtures and not on its negatives`, () => {
      for (const p of f.positive)
        expect(fired(p.tool, p.server).has(rule.id), `positive ${JSON.stringify(p.tool).slice(0, 120)}`).toBe(
          true,
        );
      for (const n of f.negative)
        expect(fired(n.tool, n.server).has(rule.id), `negative ${JSON.stringify(n.tool).slice(0, 120)}`).toBe(
          false,
        );
    });
  }
});

describe('labels the rules give whole tools (LABELS.md cases)', () => {
  const tool = (name: string, description: string, properties: Record<string, unknown> = {}) => ({
    name,
    description,
    inputSchema: { type: 'object', properties },
  });
  const label = (t: unknown, server?: Parameters<typeof classifyTool>[1]) => {
    const c = classifyTool(t, server);
    return `${c.access}/${c.risk}`;
  };
  const str = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });

  it('a query the definition confines to SELECT is a private read; one that may write is execute', () => {
    expect(label(tool('query', 'Run a read-only SQL query', { sql: str() }))).toBe('read/medium');
    expect(label(tool('query', 'Run a SQL query against the database', { sql: str() }))).not.toMatch(/^read/);
    expect(
      label(
        tool('query', 'Run a read-only query; INSERT and UPDATE are allowed with a flag', { sql: str() }),
      ),
    ).not.toMatch(/^read/);
  });

  it('a query parameter: a search term for a search tool, SQL for a query tool; "SELECT query" is a claim', () => {
    const docs = classifyTool(
      tool('search_local_docs', 'Search the extracted documentation in the SQLite database.', {
        query: str(),
      }),
    );
    expect(docs.access).toBe('read');
    expect(docs.evidence.some((e) => e.rule === 'code.sql-param')).toBe(false);
    // the same parameter on a tool that runs it, or a search whose query is SQL, stays code
    expect(
      label(tool('run_query', 'Run a query against the SQLite database.', { query: str() })),
    ).not.toMatch(/^read/);
    expect(
      fired(tool('search_rows', 'Search rows in PostgreSQL.', { query: str('SQL query to run') })).has(
        'code.sql-param',
      ),
    ).toBe(true);
    const select = classifyTool(
      tool('mysql_select', 'Runs a custom SELECT query against MySQL', { query: str('SQL SELECT query') }),
    );
    expect(select.evidence.find((e) => e.rule === 'code.sql-param')?.match).toMatch(/select query/);
  });

  it('building a filter string or a plan is computation; building an app or running its tests is not', () => {
    expect(
      label(tool('build_logs_query_filter', 'Build a query filter string using the query language.')),
    ).toMatch(/^read/);
    expect(label(tool('build_sim', 'Build the app for the iOS simulator.', { scheme: str() }))).toMatch(
      /^execute/,
    );
    expect(label(tool('analyze_coverage', 'Perform test coverage analysis with gap identification'))).toMatch(
      /^execute/,
    );
  });

  it("a control of the server's own session reads nobody's data: no private_data flag", () => {
    const wait = classifyTool(
      tool('browser_wait_for_selector', 'Wait for an element matching the selector to appear on the page', {
        selector: str(),
      }),
      undefined,
      { learned: false },
    );
    expect(wait.evidence.some((e) => e.rule === 'browser.session-local')).toBe(true);
    expect(wait.flags).not.toContain('private_data');
    expect(`${wait.access}/${wait.risk}`).toBe('read/low');
    // the same page words on a tool that reads the user's own pages still count
    const notes = classifyTool(tool('get_page', 'Get the content of a page in the workspace', { id: str() }));
    expect(notes.flags).toContain('private_data');
  });

  it('a verb spelling that is another word where it stands is not the lead verb', () => {
    const lead = (d: string) =>
      classifyTool(tool('helper', d), undefined, { learned: false }).evidence.some(
        (e) =>
          e.path === 'description' &&
          /verb|mention/.test(e.rule) &&
          /^(?:start|like|react|charge)$/.test(e.match),
      );
    expect(lead('Start here: one call returns the map overview.')).toBe(false);
    expect(lead('Like code_task, but the local model reads files from disk.')).toBe(false);
    expect(lead('Comprehensive React Native codebase analysis.')).toBe(false);
    // an accented word is one word: "télécharge" holds no "charge"
    expect(lead("Télécharge le contenu d'un document par son ID.")).toBe(false);
    expect(label(tool('predict', 'Make predictions using a neural model', { input: str() }))).toMatch(
      /^read/,
    );
  });

  it('a bracketed heading is not the lead verb; a deploy named as a noun is a run', () => {
    expect(
      label(tool('get_vm_deploy_order', '[VM Deploy Order Management] Get VM deploy order details')),
    ).toMatch(/^read/);
    expect(
      label(tool('resume_vm_deploy_order', '[VM Deploy Order Management] Resume a paused deploy order')),
    ).toMatch(/^execute/);
  });

  it('a code that identifies something is not code to run', () => {
    expect(
      label(
        tool('create_website', 'Provision a website', { datacenter_code: str('Datacenter code to use') }),
      ),
    ).not.toMatch(/critical/);
    expect(
      label(
        tool('run_apex', 'Execute anonymous Apex code in the org', {
          apex_code: str('Apex code to execute'),
        }),
      ),
    ).toBe('execute/critical');
  });

  it('input on a simulator screen, tunnels, promotions and workflow definitions are execute', () => {
    expect(
      label(tool('ui_tap', 'Tap on the screen at x, y', { x: { type: 'number' } }), {
        name: 'ios-simulator',
      }),
    ).toMatch(/^execute/);
    expect(label(tool('port_forward', 'Forward a local port to a pod', { pod: str() }))).toMatch(/^execute/);
    expect(
      label(tool('pipelines_promote', 'Promote the apps in a pipeline stage', { pipeline: str() })),
    ).toMatch(/^execute/);
    expect(label(tool('workflow_update', 'Update a workflow definition', { id: str() }))).toMatch(/^execute/);
    expect(label(tool('update_workflow_tags', 'Set the tags of a workflow', { id: str() }))).toMatch(
      /^write/,
    );
  });

  it('a description in the third person is read like an imperative, irregular verbs included', () => {
    // "sent" and "dropped" are irregular; "sends", "drops", "sending" are not and were once missing
    expect(label(tool('cafe', 'Drops the database.', { x: str() }))).toBe('write/critical');
    expect(label(tool('cafe', 'Sends an email to the recipient.', { to: str() }))).toBe('write/high');
    expect(label(tool('cafe', 'Sending an email to the recipient.', { to: str() }))).toBe('write/high');
    expect(label(tool('cafe', 'Stops the production server.', { id: str() }))).not.toMatch(/^read/);
  });

  it('financial: a sale order, a discount or a domain bought; not a bookkeeping record or a budget', () => {
    const flags = (t: unknown) => classifyTool(t).flags;
    expect(flags(tool('cancel_order', 'Cancel an order with an optional reason.', { id: str() }))).toContain(
      'financial',
    );
    expect(flags(tool('create_discount', 'Create a new discount.', { value: str() }))).toContain('financial');
    expect(flags(tool('domain_register', 'Register a new domain.', { name: str() }))).toContain('financial');
    expect(flags(tool('update_sort_order', 'Change the sort order of a list.', { id: str() }))).not.toContain(
      'financial',
    );
    expect(
      flags(
        tool('create_transactions', 'Record transactions in the budget app.', {
          amount: str(),
          currency: str(),
        }),
      ),
    ).not.toContain('financial');
    expect(
      flags(
        tool('send_transaction', 'Sign and send a transaction with the given amount.', { amount: str() }),
      ),
    ).toContain('financial');
    expect(flags(tool('upsert_budget', 'Set a budget.', { amount: str(), currency: str() }))).not.toContain(
      'financial',
    );
    // record names in the plural are not verbs: a search of purchases is a read
    expect(label(tool('boond_purchases_search', 'Search purchases.', { q: str() }))).toMatch(/^read/);
  });

  it('untrusted_content: what people wrote, not a template, a count or a place to look', () => {
    const flags = (t: unknown) => classifyTool(t).flags;
    expect(
      flags(tool('get_channel_messages', 'Retrieve recent messages from a channel.', { id: str() })),
    ).toContain('untrusted_content');
    expect(
      flags(
        tool('get_inapp_template', 'Get details for a specific in-app message template by ID', { id: str() }),
      ),
    ).not.toContain('untrusted_content');
    expect(flags(tool('count_emails', 'Count emails that match the filters.', { q: str() }))).not.toContain(
      'untrusted_content',
    );
    expect(
      flags(tool('search_users_for_mentions', 'Search for users to mention in messages.', { q: str() })),
    ).not.toContain('untrusted_content');
  });

  it('a required output path makes writing that file the purpose; an optional one or a route destination does not', () => {
    const req = (
      name: string,
      description: string,
      properties: Record<string, unknown>,
      required: string[],
    ) => ({
      name,
      description,
      inputSchema: { type: 'object', properties, required },
    });
    expect(
      label(
        req('svg_generate', 'Generates an SVG from a prompt.', { prompt: str(), output_path: str() }, [
          'prompt',
          'output_path',
        ]),
      ),
    ).toMatch(/^write/);
    // the rules read an optional output path as no write (the evaluating verb stands); the whole
    // engine, whose learned layer must be 90 % sure of a read the rules only weakly support, may still
    // fall back to a low-confidence write (LABELS.md rule 7), never to a confident one
    const optional = req(
      'svg_generate',
      'Generates an SVG from a prompt.',
      { prompt: str(), output_path: str() },
      ['prompt'],
    );
    const rulesAlone = classifyTool(optional, undefined, { learned: false });
    expect(`${rulesAlone.access}/${rulesAlone.risk}`).toMatch(/^read/);
    expect(rulesAlone.evidence.map((e) => e.rule)).not.toContain('write.saves-to-disk');
    const engine = classifyTool(optional);
    if (engine.access !== 'read') expect(engine.confidence).toBeLessThan(0.5);
    expect(
      label(
        req('maps_directions', 'Get directions between two places.', { origin: str(), destination: str() }, [
          'origin',
          'destination',
        ]),
      ),
    ).toMatch(/^read/);
  });

  it('triggering a refresh or a sync is a lifecycle write; triggering a pipeline starts work', () => {
    expect(label(tool('refresh_series', 'Trigger a refresh of series metadata.', { id: str() }))).toMatch(
      /^write/,
    );
    expect(label(tool('trigger_pipeline', 'Trigger a pipeline run on a branch.', { branch: str() }))).toMatch(
      /^execute/,
    );
  });

  it('session-local: stopping a recording, resetting the server sandbox; a product name is not a verb', () => {
    expect(label(tool('stop_recording', 'Stop the screen recording.', {}))).toBe('read/low');
    expect(label(tool('bash_sandbox_reset', 'Reset the sandbox.', {}))).toBe('read/low');
    expect(label(tool('ssh_disconnect', 'Disconnect the SSH session.', {}))).toBe('read/low');
    // "WordPress" is one word: its "press" is not a verb
    expect(
      label(
        tool('checkIfWordPressInstallationsAreValid', 'Check the WordPress installations.', { id: str() }),
      ),
    ).toMatch(/^read/);
  });

  it('a prompt sent to a model is inference; a message sent to people is a visible write', () => {
    expect(
      label(tool('chat_completions', 'Send a chat completion request to the model.', { prompt: str() })),
    ).toMatch(/^read/);
    expect(label(tool('send_message', 'Send a message to a channel.', { text: str() }))).toBe('write/high');
  });

  it('a verb that evaluates (audit, test, validate, generate) is weak evidence of a read; one that observes is strong', () => {
    const audit = classifyTool(
      tool('security_audit', 'Audit a web application for vulnerabilities', { url: str() }),
      undefined,
      { learned: false },
    );
    expect(audit.access).toBe('read');
    expect(audit.evidence.find((e) => e.rule === 'read.evaluate-verb')?.strength).toBe('weak');
    expect(audit.evidence.some((e) => e.rule === 'read.name-verb')).toBe(false);
    expect(audit.confidence).toBeLessThanOrEqual(0.5);
    const list = classifyTool(tool('list_apps', 'List the applications'), undefined, { learned: false });
    expect(list.evidence.some((e) => e.rule === 'read.name-verb' && e.strength === 'strong')).toBe(true);
    expect(list.confidence).toBeGreaterThan(0.7);
    // with the learned layer, the model decides such a tool: never a read below its read confidence
    const withModel = classifyTool(
      tool('security_audit', 'Audit a web application for vulnerabilities', { url: str() }),
    );
    expect(withModel.evidence.some((e) => e.rule === 'learned.access')).toBe(true);
  });

  it('adding a person who then has access is high; a record about people is not', () => {
    expect(
      label(tool('add_tester_to_group', 'Add a beta tester to a TestFlight group', { email: str() })),
    ).toBe('write/high');
    expect(label(tool('create_users', 'Create users in the instance', { emails: str() }))).toBe('write/high');
    expect(label(tool('create_user_note', 'Create a note on a user record', { text: str() }))).not.toBe(
      'write/high',
    );
  });

  it('an in-place update is high; renaming a tag is medium', () => {
    expect(label(tool('update_product', 'Update the fields of a product', { id: str() }))).toBe('write/high');
    expect(label(tool('update_tag', 'Rename a tag', { id: str(), name: str() }))).toBe('write/medium');
  });

  it('dropping the server own connection is session-local; a hosted service log is not', () => {
    expect(label(tool('ssh_disconnect', 'Close the SSH connection'))).toBe('read/low');
    expect(
      label(tool('clear_runtime_logs_v1', 'Clear the runtime logs of a hosted app', { id: str() })),
    ).not.toMatch(/^read/);
  });
});
