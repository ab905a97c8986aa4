// In-browser classification: the page's tool list goes through the same classifier as the catalogue,
// and the results are written with textContent. No fetch, no storage, nothing leaves the page.
import { buildPolicy, classifyServer, exportPolicy, type ExportTarget } from '@classifier';
import type { Classification, Profile } from '@core';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const form = $<HTMLFormElement>('classify-form');
const input = $<HTMLTextAreaElement>('tools-input');
const file = $<HTMLInputElement>('tools-file');
const status = $<HTMLParagraphElement>('classify-status');
const results = $<HTMLElement>('classify-results');
const tbody = $<HTMLTableElement>('classify-table').tBodies[0]!;
const policyPre = $<HTMLPreElement>('classify-policy');
const notes = $<HTMLUListElement>('classify-notes');
const download = $<HTMLButtonElement>('classify-download');
let current: { content: string; filename: string } | null = null;

/** Accepts {tools: [...]}, a JSON-RPC response {result: {tools}}, or a bare array of tools. */
export function toolsFrom(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['tools'])) return v['tools'];
    if (v['result'] && typeof v['result'] === 'object') return toolsFrom(v['result']);
  }
  throw new Error('expected {"tools": [...]}, a JSON-RPC response or an array of tools');
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

function run(): void {
  status.textContent = '';
  let tools: unknown[];
  try {
    tools = toolsFrom(JSON.parse(input.value) as unknown);
  } catch (error) {
    status.textContent = `Could not read the tool list: ${(error as Error).message}`;
    results.hidden = true;
    return;
  }
  const serverName = $<HTMLInputElement>('server-name').value.trim() || 'my-server';
  const profile = $<HTMLSelectElement>('profile').value as Profile;
  const target = $<HTMLSelectElement>('target').value as ExportTarget;
  const classifications = classificationsOf(classifyServer(tools, { name: serverName }));
  tbody.replaceChildren();
  for (const c of classifications) {
    const row = tbody.insertRow();
    const name = row.insertCell();
    const code = document.createElement('code');
    code.textContent = c.tool;
    name.append(code);
    cell(row, c.risk, `badge risk-${c.risk}`);
    cell(row, c.category);
    cell(row, c.flags.join(', '));
    cell(row, c.summary);
  }
  const policy = buildPolicy(classifications, profile);
  const exported = exportPolicy(policy, classifications, target, serverName);
  current = { content: exported.content, filename: exported.filename };
  policyPre.textContent = exported.content;
  notes.replaceChildren();
  const noteList: unknown = (exported as { notes?: unknown }).notes;
  for (const n of Array.isArray(noteList) ? noteList : []) {
    const li = document.createElement('li');
    li.textContent = String(n);
    notes.append(li);
  }
  download.textContent = `Download ${exported.filename}`;
  results.hidden = false;
  status.textContent = `Classified ${classifications.length} tool${classifications.length === 1 ? '' : 's'} in your browser.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
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
