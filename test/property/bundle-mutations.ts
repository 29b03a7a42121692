import crypto from 'node:crypto';
import fc from 'fast-check';
import type { Bundle } from '../../shared/bundle.ts';
import { formatHlc, parseHlc } from '../../shared/hlc.ts';
import type { Op, OpValue } from '../../shared/model/ops.ts';
import { digestOps } from '../../electron/core/sync/canonical.ts';
import { Obj, Raw, serialize, slots, toTree, type Node } from './json-tree.ts';

// Mutated bundles for the fuzz test: from one valid, signed bundle, damage at every level — bytes,
// JSON syntax, keys, types, nesting, sizes, op content (with the digest recomputed, so the checks
// behind the digest are reached), signatures. Each mutation is a pure function of a few numbers,
// so a fast-check seed replays it exactly.

export interface SigningKey {
  publicKey: string;
  sign(text: string): string;
}

export interface FuzzBase {
  /** a valid bundle, signed by its desk */
  bundle: Bundle;
  text: string;
  /** ops the target store already holds */
  known: Op[];
  /** a key that is not the bundle's */
  other: SigningKey;
}

export interface Mutation {
  name: string;
  text: string;
}

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(12);
  return { publicKey: raw.toString('base64'), sign: (text) => crypto.sign(null, Buffer.from(text), privateKey).toString('base64') };
}

type Pick = <T>(list: readonly T[]) => T;
type Num = (n: number) => number;

function chooser(r: number[]): { num: Num; pick: Pick } {
  let i = 0;
  const num: Num = (n) => (n <= 0 ? 0 : r[i++ % r.length] % n);
  return { num, pick: (list) => list[num(list.length)] };
}

const clone = <T>(v: T): T => structuredClone(v);

// ---- text level ----------------------------------------------------------------------------

function flipBytes(base: FuzzBase, num: Num): Mutation {
  const bytes = Buffer.from(base.text);
  const n = 1 + num(3);
  for (let k = 0; k < n; k++) bytes[num(bytes.length)] = num(256);
  return { name: `flip ${n} byte(s)`, text: bytes.toString('utf8') };
}

function truncate(base: FuzzBase, num: Num): Mutation {
  const at = num(base.text.length);
  return { name: `truncate at ${at}`, text: base.text.slice(0, at) };
}

const JUNK = ['', ' ', 'null', '[]', '{}', '"x"', '42', 'true', 'NaN', 'undefined', '{"format":"synergy-desk-bundle"}', '{"format":"synergy-desk-bundle","formatVersion":1}'];
function junk(base: FuzzBase, _num: Num, pick: Pick): Mutation {
  const text = pick([...JUNK, `\uFEFF${base.text}`, `${base.text}x`, `${base.text}}`, `[${base.text}]`, base.text.replace(/"/g, "'")]);
  return { name: `junk ${JSON.stringify(text.slice(0, 40))}`, text };
}

// ---- tree level ----------------------------------------------------------------------------

function objSlots(tree: Node) {
  return slots(tree).filter((s) => s.node instanceof Obj) as { node: Obj; path: string }[];
}

function retypes(n: Node): Node[] {
  const flipped = typeof n === 'number' ? String(n) : typeof n === 'string' && n.trim() !== '' && !Number.isNaN(Number(n)) ? Number(n) : 7;
  return [null, true, 0, -1, 1.5, '', 'x', [], new Obj([]), [n], new Obj([['v', n]]), new Raw('1e400'), new Raw('-0'), flipped];
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Optionally makes the damaged ops' digest right again, so the checks behind the digest are reached. */
function redigest(tree: Node, num: Num, other: SigningKey): string {
  const text = serialize(tree);
  if (num(2) === 0 || !(tree instanceof Obj)) return text;
  try {
    const parsed = JSON.parse(text) as { ops?: unknown };
    if (!Array.isArray(parsed.ops)) return text;
    const digest = digestOps(parsed.ops as Op[]);
    tree.pairs = tree.pairs.filter(([k]) => k !== 'signature');
    for (const pair of tree.pairs) if (pair[0] === 'digest') pair[1] = digest;
    if (num(2)) tree.pairs.push(['signature', toTree({ alg: 'Ed25519', publicKey: other.publicKey, value: other.sign(digest) })]);
    return serialize(tree);
  } catch {
    return text; // ops too damaged to digest
  }
}

function treeMutation(base: FuzzBase, num: Num, pick: Pick): Mutation {
  const tree = toTree(base.bundle);
  const all = slots(tree).filter((s) => s.replace);
  const objs = objSlots(tree);
  const kind = pick(['deleteKey', 'dupKey', 'reorder', 'retype', 'proto', 'deep', 'huge'] as const);
  let name: string = kind;
  switch (kind) {
    case 'deleteKey': {
      const o = pick(objs);
      const [k] = o.node.pairs.splice(num(o.node.pairs.length), 1)[0] ?? ['(none)'];
      name = `delete key ${o.path}.${k}`;
      break;
    }
    case 'dupKey': {
      const o = pick(objs);
      if (!o.node.pairs.length) break;
      const pair = pick(o.node.pairs);
      const value = num(2) ? pair[1] : pick(retypes(pair[1]));
      o.node.pairs.splice(num(o.node.pairs.length + 1), 0, [pair[0], value]);
      name = `duplicate key ${o.path}.${pair[0]}`;
      break;
    }
    case 'reorder':
      for (const o of objs) if (num(2)) o.node.pairs.reverse();
      break;
    case 'retype': {
      const s = pick(all);
      const value = pick(retypes(s.node));
      s.replace!(value);
      name = `retype ${s.path} to ${serialize(value).slice(0, 20)}`;
      break;
    }
    case 'proto': {
      const ops = objs.filter((o) => /^\$\.ops\[\d+\]$/.test(o.path));
      const o = num(2) && ops.length ? pick(ops) : pick(objs);
      const key = pick(PROTO_KEYS);
      o.node.pairs.splice(num(o.node.pairs.length + 1), 0, [key, pick([new Obj([['polluted', true]]), null, 1, [], 'x'])]);
      name = `key ${key} in ${o.path}`;
      break;
    }
    case 'deep': {
      const s = pick(all);
      const depth = pick([17, 64, 100_000]);
      const shape = pick(['array', 'unbalanced', 'object'] as const);
      const text = shape === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : shape === 'unbalanced' ? '['.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      s.replace!(new Raw(text));
      name = `${depth} levels (${shape}) at ${s.path}`;
      break;
    }
    case 'huge': {
      const strings = all.filter((s) => typeof s.node === 'string');
      const s = pick(strings);
      const size = pick([100_001, 1_000_000, 4_000_000]);
      s.replace!('x'.repeat(size));
      name = `${size}-char string at ${s.path}`;
      break;
    }
  }
  return { name, text: redigest(tree, num, base.other) };
}

// ---- header and signature ------------------------------------------------------------------

const HEADER: [string, unknown[]][] = [
  ['format', ['synergy-desk-bundl', 'SYNERGY-DESK-BUNDLE', null, 1]],
  ['formatVersion', [2, 0, '1', 1.5, null, 99, -1]],
  ['schemaVersion', [0, 999, '1', 1.5]],
  ['bundleId', ['x', '', 5]],
  ['createdAt', ['yesterday', '2026-13-01T00:00:00Z', 0]],
  ['origin', [{ nodeId: 'XYZ', label: 'x', country: null }, { nodeId: '0123456789abcdef', label: '', country: null }, { nodeId: '0123456789abcdef', label: 'x', country: 'xx' }, null]],
  ['scope', [{ entities: ['person'] }, { entities: 'person' }, { conventions: ['CITES'] }, { extra: 1 }, null]],
  ['since', [{ peer: '' }, { peer: 'me' }, 'me', {}]],
  ['extra', [1, null, {}]],
  ['digest', ['0'.repeat(64), 'x', 'F'.repeat(64)]],
];

function header(base: FuzzBase, _num: Num, pick: Pick): Mutation {
  const [key, values] = pick(HEADER);
  const value = pick(values);
  return { name: `header ${key} = ${JSON.stringify(value)}`, text: JSON.stringify({ ...base.bundle, [key]: value }) };
}

function signature(base: FuzzBase, num: Num, pick: Pick): Mutation {
  const b = clone(base.bundle);
  const sig = b.signature!;
  const kind = pick(['remove', 'other key, same public key', 'other key', 'tampered', 'bad public key', 'alg', 'signs other text'] as const);
  if (kind === 'remove') delete b.signature;
  if (kind === 'other key, same public key') sig.value = base.other.sign(b.digest);
  if (kind === 'other key') b.signature = { alg: 'Ed25519', publicKey: base.other.publicKey, value: base.other.sign(b.digest) };
  if (kind === 'tampered') {
    const i = num(86);
    const c = sig.value[i] === 'A' ? 'B' : 'A';
    sig.value = sig.value.slice(0, i) + c + sig.value.slice(i + 1);
  }
  if (kind === 'bad public key') sig.publicKey = pick(['AAAA', '', `${sig.publicKey}=`]);
  if (kind === 'alg') (sig as { alg: string }).alg = pick(['RSA', 'ed25519', '']);
  if (kind === 'signs other text') sig.value = base.other.sign(JSON.stringify(b.ops));
  return { name: `signature: ${kind}`, text: JSON.stringify(b) };
}

// ---- op content, digest recomputed ---------------------------------------------------------

function otherValue(op: Op): OpValue {
  if (op.field === '_deleted') return !op.value;
  if (Array.isArray(op.value)) return ['fr'];
  return op.field === 'email' ? 'changed@example.org' : `${String(op.value ?? '')} changed`;
}

const BAD_VALUES: Record<string, OpValue[]> = {
  name: [5, null, '', ['x'], 'x'.repeat(301)],
  email: ['not-an-email', 5],
  institutionId: ['not-a-uuid', 1],
  languages: ['fr', ['FRENCH'], [1 as unknown as string]],
  _deleted: ['yes', 1, null],
  website: ['ftp://x', 'javascript:alert(1)'],
  phone: ['call me'],
};

function opsMutation(base: FuzzBase, num: Num, pick: Pick): Mutation {
  const ops = clone(base.bundle.ops) as Op[];
  const i = num(ops.length);
  const kind = pick([
    'same clock, other content',
    'same clock, same content',
    'clash with the store',
    'unknown entity',
    'unknown field',
    'clock in the future',
    'bad clock',
    'bad value',
    'bad parents',
    'bad id',
    'bad names',
    'shuffled',
    'one op less',
    'no ops',
  ] as const);
  switch (kind) {
    case 'same clock, other content':
      ops.splice(num(ops.length + 1), 0, { ...ops[i], value: otherValue(ops[i]) });
      break;
    case 'same clock, same content':
      ops.splice(num(ops.length + 1), 0, clone(ops[i]));
      break;
    case 'clash with the store': {
      const known = pick(base.known);
      const j = ops.findIndex((o) => o.hlc === known.hlc);
      const changed = { ...known, value: otherValue(known) };
      if (j >= 0) ops[j] = changed;
      else ops.push(changed);
      break;
    }
    case 'unknown entity':
      ops[i].entity = pick(['futureThing', 'zzNewer']);
      break;
    case 'unknown field':
      ops[i].field = pick(['futureField', 'zzNewer']);
      break;
    case 'clock in the future': {
      const c = parseHlc(ops[i].hlc)!;
      ops[i].hlc = formatHlc({ ...c, millis: Date.now() + pick([6 * 60_000, 3_600_000, 10 * 365 * 86_400_000]) });
      break;
    }
    case 'bad clock':
      ops[i].hlc = pick(['', 'x', ops[i].hlc.toUpperCase(), ops[i].hlc.replace('T', ' '), '2026-02-30T10:00:00.000Z-0000-0123456789abcdef', `${ops[i].hlc}0`]);
      break;
    case 'bad value': {
      const bad = BAD_VALUES[ops[i].field] ?? [5, ['x'], 'x'.repeat(100_001)];
      ops[i].value = pick(bad);
      break;
    }
    case 'bad parents':
      ops[i].parents = pick([['x'], Array.from({ length: 257 }, () => ops[i].hlc), [ops[i].hlc, 5 as unknown as string]]);
      break;
    case 'bad id':
      ops[i].id = pick(['', '../../etc/passwd', 'x'.repeat(101), 'a b', "'; DROP TABLE person; --"]);
      break;
    case 'bad names':
      if (num(2)) ops[i].entity = pick(['person"; DROP TABLE ops; --', '1person', 'x'.repeat(65), '']);
      else ops[i].field = pick(['name"', 'na me', '', '_search']);
      break;
    case 'shuffled':
      for (let k = ops.length - 1; k > 0; k--) {
        const j = num(k + 1);
        [ops[k], ops[j]] = [ops[j], ops[k]];
      }
      break;
    case 'one op less':
      ops.splice(i, 1);
      break;
    case 'no ops':
      ops.length = 0;
      break;
  }
  const b = { ...clone(base.bundle), ops, digest: digestOps(ops) };
  const sigMode = pick(['kept (now wrong)', 'removed', 'signed by another key'] as const);
  if (sigMode === 'removed') delete b.signature;
  if (sigMode === 'signed by another key') b.signature = { alg: 'Ed25519', publicKey: base.other.publicKey, value: base.other.sign(b.digest) };
  return { name: `ops: ${kind} (op ${i}), signature ${sigMode}`, text: JSON.stringify(b) };
}

const MUTATORS = [flipBytes, truncate, junk, treeMutation, treeMutation, treeMutation, header, signature, opsMutation, opsMutation, opsMutation];

export function mutationArb(base: FuzzBase): fc.Arbitrary<Mutation> {
  return fc.tuple(fc.nat({ max: MUTATORS.length - 1 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 })).map(([m, r]) => {
    const { num, pick } = chooser(r);
    return MUTATORS[m](base, num, pick);
  });
}
