// In-browser classification: the page's tool list goes through the same classifier as the catalogue,
// and the results are written with textContent. No fetch, no storage, nothing leaves the page.
import {
  buildPolicy,
  classifyServer,
  composeRationale,
  exportPolicy,
  visibleText,
  type ExportTarget,
} from '@classifier';
import { RationaleSchema, type Classification, type Profile, type Rationale } from '@core';
import { riskReason } from '../lib/text';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const form = $<HTMLFormElement>('classify-form');
const input = $<HTMLTextAreaElement>('tools-input');
const file = $<HTMLInputElement>('tools-file');
const status = $<HTMLParagraphElement>('classify-status');
const results = $<HTMLElement>('classify-results');
const tbody = $<HTMLTableElement>('classify-table').tBodies[0]!;
const policyPre = $<HTMLPreElement>('classify-policy');
const notes = $<HTMLUListElement>('classify-notes');
const whyList = $<HTMLOListElement>('classify-why');
const download = $<HTMLButtonElement>('classify-download');
const copy = $<HTMLButtonElement>('classify-copy');
const copyStatus = $<HTMLSpanElement>('classify-copy-status');
let current: { content: string; filename: string } | null = null;

const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** A classification as `mcp-risk classify --format json` writes it (not a tool definition). */
const isClassification = (v: unknown): boolean => {
  const o = obj(v);
  return (
    !!o && typeof o['tool'] === 'string' && typeof o['access'] === 'string' && Array.isArray(o['evidence'])
  );
};

export interface ParsedInput {
  /** what was recognised, for the status line */
  kind: string;
  /** tool definitions to classify, or */
  tools?: unknown[];
  /** labels saved by the CLI, shown as they are */
  classifications?: Classification[];
  /** a server name found in the input (a config key, the CLI's server name) */
  serverName?: string;
  note?: string;
}

/**
 * Recognises every input the page accepts: a tools/list result, a JSON-RPC response carrying one, a
 * bare array of tools, a client config (`mcpServers` or VS Code `servers`) whose entries carry `tools`,
 * and a saved `mcp-risk classify --format json` document. `preferred` picks a server of a config.
 */
export function parseInput(value: unknown, preferred = ''): ParsedInput {
  if (Array.isArray(value)) return { kind: 'an array of tools', tools: value };
  const v = obj(value);
  if (!v) throw new Error('expected a JSON object or array');
  if (Array.isArray(v['tools'])) return { kind: 'a tools/list result', tools: v['tools'] };
  const result = obj(v['result']);
  if (result && Array.isArray(result['tools']))
    return { kind: 'a JSON-RPC tools/list response', tools: result['tools'] };
  if (v['error'] !== undefined && v['jsonrpc'] !== undefined)
    throw new Error('the JSON-RPC response is an error, not a tool list');
  if (Array.isArray(v['servers']) && typeof v['classifierVersion'] === 'string') {
    savedProfile = typeof v['profile'] === 'string' ? (v['profile'] as Profile) : null;
    const servers = v['servers'].map(obj).filter((s): s is Record<string, unknown> => !!s);
    const pick =
      servers.find((s) => s['name'] === preferred) ?? servers.find((s) => Array.isArray(s['tools']));
    const labels = Array.isArray(pick?.['tools']) ? (pick['tools'] as unknown[]) : [];
    if (!pick || !labels.every(isClassification))
      throw new Error('the mcp-risk classify document has no server with labelled tools');
    return {
      kind: 'a saved mcp-risk classify --format json document (labels shown as saved)',
      classifications: labels as Classification[],
      ...(typeof pick['name'] === 'string' ? { serverName: pick['name'] } : {}),
      ...(servers.length > 1
        ? {
            note: `${servers.length - 1} other server(s) in the document; type one's name as the server name to pick it.`,
          }
        : {}),
    };
  }
  for (const key of ['mcpServers', 'servers']) {
    const servers = obj(v[key]);
    if (!servers) continue;
    const withTools = Object.entries(servers).filter(([, s]) => Array.isArray(obj(s)?.['tools']));
    if (withTools.length === 0)
      throw new Error(
        `the config's "${key}" entries carry no "tools" arrays; paste each server's tools/list result instead`,
      );
    const [name, entry] = withTools.find(([n]) => n === preferred) ?? withTools[0]!;
    return {
      kind: `a client config (${key}.${name})`,
      tools: obj(entry)!['tools'] as unknown[],
      serverName: name,
      ...(withTools.length > 1
        ? {
            note: `${withTools.length - 1} other server(s) with tools; type one's name as the server name to pick it.`,
          }
        : {}),
    };
  }
  throw new Error(
    'expected {"tools": [...]}, a JSON-RPC response, an array of tools, a client config with tools, or an mcp-risk classify --format json document',
  );
}

function classificationsOf(result: unknown): Classification[] {
  if (Array.isArray(result)) return result as Classification[];
  const r = result as Record<string, unknown>;
  for (const key of ['tools', 'classifications'])
    if (Array.isArray(r[key])) return r[key] as Classification[];
  throw new Error('unexpected classifier result');
}

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell();
  if (className) {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    td.append(span);
  } else td.textContent = text;
  return td;
}

/** A rationale paragraph as DOM: prose as text, names and the path in <code>, the quote in <q>; all textContent. */
function rationaleNode(r: Rationale): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'rationale';
  for (const s of r.segments) {
    if (s.kind === 'text') p.append(s.text);
    else if (s.kind === 'name') {
      const code = document.createElement('code');
      code.className = 'untrusted';
      code.textContent = visibleText(s.text).slice(0, 120);
      p.append(code);
    } else {
      const q = document.createElement('q');
      q.className = 'untrusted quote';
      q.dataset['quotePath'] = s.path;
      q.textContent = `${s.cutStart ? '…' : ''}${visibleText(s.text)}${s.cutEnd ? '…' : ''}`;
      const path = document.createElement('code');
      path.className = 'quote-path';
      path.textContent = visibleText(s.path).slice(0, 120);
      p.append(q, ' (', path, ')');
    }
  }
  return p;
}

/** The paragraph for one tool: the saved one for a saved CLI document of the same profile, else composed here. */
function rationaleOf(
  c: Classification,
  definition: unknown,
  serverName: string,
  profile: Profile,
  saved: boolean,
): Rationale {
  const stored = RationaleSchema.safeParse((c as { why?: unknown }).why);
  if (saved && stored.success && profile === savedProfile) return stored.data;
  return composeRationale(c, { definition, server: { name: serverName }, profile });
}
let savedProfile: Profile | null = null;

function run(): void {
  status.textContent = '';
  const nameField = $<HTMLInputElement>('server-name');
  let parsed: ParsedInput;
  try {
    parsed = parseInput(JSON.parse(input.value) as unknown, nameField.value.trim());
  } catch (error) {
    status.textContent = `Could not read the tool list: ${(error as Error).message}`;
    results.hidden = true;
    return;
  }
  if (parsed.serverName && (nameField.value.trim() === '' || nameField.value === nameField.defaultValue))
    nameField.value = parsed.serverName;
  const serverName = nameField.value.trim() || 'my-server';
  const profile = $<HTMLSelectElement>('profile').value as Profile;
  const target = $<HTMLSelectElement>('target').value as ExportTarget;
  const classifications =
    parsed.classifications ?? classificationsOf(classifyServer(parsed.tools ?? [], { name: serverName }));
  tbody.replaceChildren();
  whyList.replaceChildren();
  classifications.forEach((c, i) => {
    const li = document.createElement('li');
    li.dataset['tool'] = c.tool;
    li.append(
      rationaleNode(rationaleOf(c, parsed.tools?.[i], serverName, profile, !!parsed.classifications)),
    );
    whyList.append(li);
  });
  for (const c of classifications) {
    const row = tbody.insertRow();
    row.className = `band-${c.risk}`;
    const name = row.insertCell();
    const code = document.createElement('code');
    code.className = 'tool-ident';
    code.textContent = c.tool;
    name.append(code);
    cell(row, c.risk, `badge risk-${c.risk}`);
    cell(row, c.category);
    cell(row, c.flags.join(', '));
    cell(row, `${riskReason(c)} ${c.summary}`);
  }
  const policy = buildPolicy(classifications, profile);
  const exported = exportPolicy(policy, classifications, target, serverName);
  current = { content: exported.content, filename: exported.filename.replace(/^.*\//, '') };
  policyPre.textContent = exported.content;
  notes.replaceChildren();
  const noteList: unknown = (exported as { notes?: unknown }).notes;
  for (const n of Array.isArray(noteList) ? noteList : []) {
    const li = document.createElement('li');
    li.textContent = String(n);
    notes.append(li);
  }
  download.textContent = `Download ${current.filename}`;
  download.dataset['target'] = target;
  policyPre.dataset['target'] = target;
  policyPre.dataset['profile'] = profile;
  results.hidden = false;
  status.textContent = `Read ${parsed.kind}. ${parsed.classifications ? 'Showed' : 'Classified'} ${classifications.length} tool${classifications.length === 1 ? '' : 's'} in your browser.${parsed.note ? ` ${parsed.note}` : ''}`;
  copyStatus.textContent = '';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    run();
  } catch (error) {
    status.textContent = `Classification failed: ${(error as Error).message}`;
  }
});

// Choosing another profile or target re-renders the results already shown (still all in the page).
for (const id of ['profile', 'target'])
  $<HTMLSelectElement>(id).addEventListener('change', () => {
    if (results.hidden || input.value.trim() === '') return;
    try {
      run();
    } catch (error) {
      status.textContent = `Classification failed: ${(error as Error).message}`;
    }
  });

file.addEventListener('change', () => {
  const f = file.files?.[0];
  if (!f) return;
  void f.text().then((text) => {
    input.value = text;
    form.requestSubmit();
  });
});

copy.addEventListener('click', () => {
  if (!current) return;
  const text = current.content;
  const done = (ok: boolean): void => {
    copyStatus.textContent = ok ? 'Copied.' : 'Copy failed: select the text and copy it by hand.';
  };
  if (navigator.clipboard?.writeText)
    navigator.clipboard.writeText(text).then(
      () => done(true),
      () => done(false),
    );
  else done(false);
});

download.addEventListener('click', () => {
  if (!current) return;
  const url = URL.createObjectURL(new Blob([current.content], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = current.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
