// npx tsx scripts/attacks/build.ts: writes data/attacks/attacks.json, hard-negatives.json and split.json
// from the hand-written specs (scripts/attacks/specs-*.ts, negatives.ts). Deterministic: the same specs
// give the same files. Every attack's span is checked to occur, raw, in its carrier field.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  ATTACKS_DIR,
  ATTACK_CLASSES,
  AttackFileSchema,
  HardNegativeFileSchema,
  splitOf,
  spanInCarrier,
  type Attack,
} from '../../bench/attacks.js';
import { base, type Spec, type Tool } from './lib.js';
import { NEGATIVES } from './negatives.js';
import { NEGATIVES_E } from './negatives-e.js';
import { NEGATIVES_F } from './negatives-f.js';
import { NEGATIVES_G } from './negatives-g.js';
import { NEGATIVES_H } from './negatives-h.js';
import { NEGATIVES_I } from './negatives-i.js';
import { NEGATIVES_J } from './negatives-j.js';
import { NEGATIVES_K } from './negatives-k.js';
import { NEGATIVES_L } from './negatives-l.js';
import { NEGATIVES_M } from './negatives-m.js';
import { NEGATIVES_N } from './negatives-n.js';
import { NEGATIVES_O } from './negatives-o.js';
import { NEGATIVES_P } from './negatives-p.js';
import { NEGATIVES_Q } from './negatives-q.js';
import { NEGATIVES_R } from './negatives-r.js';
import { NEGATIVES_S } from './negatives-s.js';
import { NEGATIVES_U } from './negatives-u.js';
import { SPECS_A } from './specs-a.js';
import { SPECS_B } from './specs-b.js';
import { SPECS_C } from './specs-c.js';
import { SPECS_D } from './specs-d.js';
import { SPECS_E } from './specs-e.js';
import { SPECS_F } from './specs-f.js';
import { SPECS_G } from './specs-g.js';
import { SPECS_H } from './specs-h.js';
import { SPECS_I } from './specs-i.js';
import { SPECS_J } from './specs-j.js';
import { SPECS_K } from './specs-k.js';
import { SPECS_L } from './specs-l.js';
import { SPECS_M } from './specs-m.js';
import { SPECS_N } from './specs-n.js';
import { SPECS_O } from './specs-o.js';
import { SPECS_P } from './specs-p.js';
import { SPECS_Q } from './specs-q.js';
import { SPECS_R } from './specs-r.js';
import { SPECS_S } from './specs-s.js';
import { SPECS_T } from './specs-t.js';
import { SPECS_U } from './specs-u.js';

type Props = Record<string, Record<string, unknown>>;

function propsOf(t: Tool): Props {
  let schema = t.inputSchema as { type?: string; properties?: Props } | undefined;
  if (!schema || typeof schema !== 'object') {
    schema = { type: 'object', properties: {} };
    t.inputSchema = schema;
  }
  schema.properties ??= {};
  return schema.properties;
}

function param(t: Tool, name: string, spec: Spec): Record<string, unknown> {
  const props = propsOf(t);
  let p = props[name];
  if (!p) {
    p = { type: spec.type ?? 'string', ...(spec.pdesc ? { description: spec.pdesc } : {}) };
    props[name] = p;
  }
  return p;
}

function place(existing: unknown, text: string, mode: Spec['mode']): string {
  const before = typeof existing === 'string' ? existing : '';
  switch (mode ?? 'append') {
    case 'replace':
      return text;
    case 'prepend':
      return `${text}${before}`;
    case 'middle': {
      // after the sentence that ends nearest the middle
      const mid = Math.floor(before.length / 2);
      const cut = before.indexOf('. ', mid);
      const at = cut >= 0 ? cut + 1 : before.length;
      return `${before.slice(0, at)}${text}${before.slice(at)}`;
    }
    default:
      return `${before}${text}`;
  }
}

/** Applies the spec's text to its field; returns the carrier path. */
function apply(t: Tool, spec: Spec): string {
  const [kind, name] = spec.field.includes(':') ? spec.field.split(':') : [spec.field, ''];
  if (spec.text === undefined) {
    // literal definitions: the span is already there
    if (kind === 'param') return `inputSchema.properties.${name}.description`;
    if (kind === 'default') return `inputSchema.properties.${name}.default`;
    if (kind === 'enum') return `inputSchema.properties.${name}.enum`;
    if (kind === 'example') return `inputSchema.properties.${name}.examples`;
    return kind!;
  }
  switch (kind) {
    case 'description':
    case 'title':
    case 'name':
      t[kind] = place(t[kind], spec.text as string, spec.mode);
      return kind;
    case 'annotations.title': {
      const ann = (t.annotations ?? {}) as Record<string, unknown>;
      ann.title = place(ann.title, spec.text as string, spec.mode);
      t.annotations = ann;
      return 'annotations.title';
    }
    case 'param': {
      const p = param(t, name!, spec);
      p.description = place(p.description, spec.text as string, spec.mode);
      return `inputSchema.properties.${name}.description`;
    }
    case 'default': {
      param(t, name!, spec).default = spec.text;
      return `inputSchema.properties.${name}.default`;
    }
    case 'enum': {
      const p = param(t, name!, spec);
      const have = Array.isArray(p.enum) ? (p.enum as unknown[]) : (spec.values ?? []);
      p.enum = [...have, spec.text];
      return `inputSchema.properties.${name}.enum`;
    }
    case 'example': {
      const p = param(t, name!, spec);
      p.examples = [...(spec.values ?? []), spec.text];
      return `inputSchema.properties.${name}.examples`;
    }
    default:
      throw new Error(`${spec.id}: unknown field ${spec.field}`);
  }
}

function build(spec: Spec): Attack {
  const resolve = (x: string | Tool): Tool => (typeof x === 'string' ? base(x) : structuredClone(x));
  let carrier: string;
  let tool: Tool | undefined;
  let server: Attack['server'];
  let target: number | undefined;
  if (spec.server) {
    const tools = spec.server.tools.map(resolve);
    let instructions = spec.server.instructions;
    if (spec.field === 'instructions') {
      instructions = place(instructions, spec.text as string, spec.mode);
      carrier = 'server.instructions';
    } else {
      target = spec.target;
      if (target === undefined) throw new Error(`${spec.id}: a listing attack needs a target`);
      spec.edit?.(tools[target]!);
      carrier = apply(tools[target]!, spec);
    }
    server = { name: spec.server.name, ...(instructions ? { instructions } : {}), tools };
  } else {
    tool = spec.tool ? structuredClone(spec.tool) : spec.on ? base(spec.on) : undefined;
    if (!tool) throw new Error(`${spec.id}: no tool`);
    spec.edit?.(tool);
    carrier = apply(tool, spec);
  }
  const span = spec.span ?? (typeof spec.text === 'string' ? spec.text.trim() : undefined);
  if (!span) throw new Error(`${spec.id}: no span`);
  const attack: Attack = {
    id: spec.id,
    class: spec.cls,
    carrier,
    span,
    ...(spec.decoded ? { decoded: spec.decoded } : {}),
    note: spec.note,
    ...(spec.on ? { basedOn: spec.on } : {}),
    ...(tool ? { tool } : {}),
    ...(server ? { server } : {}),
    ...(target !== undefined ? { target } : {}),
  };
  if (!spanInCarrier(attack)) throw new Error(`${spec.id}: span not found in ${carrier}`);
  return attack;
}

const specs = [
  ...SPECS_A,
  ...SPECS_B,
  ...SPECS_C,
  ...SPECS_D,
  ...SPECS_E,
  ...SPECS_F,
  ...SPECS_G,
  ...SPECS_H,
  ...SPECS_I,
  ...SPECS_J,
  ...SPECS_K,
  ...SPECS_L,
  ...SPECS_M,
  ...SPECS_N,
  ...SPECS_O,
  ...SPECS_P,
  ...SPECS_Q,
  ...SPECS_R,
  ...SPECS_S,
  ...SPECS_T,
  ...SPECS_U,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const ids = new Set<string>();
for (const s of specs) {
  if (ids.has(s.id)) throw new Error(`duplicate id ${s.id}`);
  ids.add(s.id);
}
const attacks = specs.map(build);
const attackFile = AttackFileSchema.parse({
  note: 'Attacker-written or attacker-modified MCP tool definitions (issue 10), written for this corpus. Built by scripts/attacks/build.ts; see data/attacks/README.md. Not real tools: never install or run anything named here.',
  attacks,
});
const negatives = HardNegativeFileSchema.parse({
  note: 'Benign definitions that sound alarming (hard negatives): none of them is an attack. Built by scripts/attacks/build.ts.',
  negatives: [
    ...NEGATIVES,
    ...NEGATIVES_E,
    ...NEGATIVES_F,
    ...NEGATIVES_G,
    ...NEGATIVES_H,
    ...NEGATIVES_I,
    ...NEGATIVES_J,
    ...NEGATIVES_K,
    ...NEGATIVES_L,
    ...NEGATIVES_M,
    ...NEGATIVES_N,
    ...NEGATIVES_O,
    ...NEGATIVES_P,
    ...NEGATIVES_Q,
    ...NEGATIVES_R,
    ...NEGATIVES_S,
    ...NEGATIVES_U,
  ].map((n) => ({
    ...n,
    ...(n.tool ? { tool: n.tool } : {}),
    ...(n.server
      ? { server: { ...n.server, tools: n.server.tools.map((x) => (typeof x === 'string' ? base(x) : x)) } }
      : {}),
  })),
});
const split = {
  note: 'tuning when the first byte of sha256(id) is below 40% of 256 (bench/attacks.ts splitOf), else held out; depends on the id alone',
  tuning: attacks.filter((a) => splitOf(a.id) === 'tuning').map((a) => a.id),
  heldout: attacks.filter((a) => splitOf(a.id) === 'heldout').map((a) => a.id),
};
const write = async (file: string, data: unknown) => {
  const path = join(ATTACKS_DIR, file);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(data), { ...options, filepath: path }));
};
await write('attacks.json', attackFile);
await write('hard-negatives.json', negatives);
await write('split.json', split);

for (const cls of ATTACK_CLASSES) {
  const of = attacks.filter((a) => a.class === cls);
  const held = of.filter((a) => splitOf(a.id) === 'heldout').length;
  console.log(
    `${cls.padEnd(26)} ${String(of.length).padStart(3)}  tuning ${of.length - held}  held-out ${held}`,
  );
}
console.log(`${attacks.length} attacks, ${negatives.negatives.length} hard negatives`);
