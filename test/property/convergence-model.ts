import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BundleScope } from '../../shared/bundle.ts';
import type { ChannelOutput } from '../../shared/contract.ts';
import { call, closeDesk, dumpText, makeBundle, openDesk, type Desk } from './nodes.ts';
import { assertMatchesSpec, opsOf } from './spec.ts';

// Convergence of N desks exchanging bundles in random order (the property of DESIGN.md "Sync: the
// op log"). Desks write locally (create, edit, delete, restore, resolve conflicts) and pass
// bundles around: full, delta (for the target's label), scoped, scoped delta; twice over; on
// through a third desk; old bundles replayed anywhere. After a final all-to-all round of full
// exports, every desk must hold the same state, that state must follow from the ops by the rules,
// and nothing a desk wrote may be lost: each written op is a head of its field or an ancestor of one.
// Used by convergence.test.ts (a few hundred runs) and long-run.ts (npm run test:convergence).

export type Mode = 'full' | 'delta' | 'scoped' | 'scopedDelta';

export type Action =
  | { t: 'create'; node: number; entity: 'person' | 'institution'; name: number; ref: number }
  | { t: 'edit'; node: number; row: number; field: number; value: number }
  | { t: 'delete'; node: number; row: number }
  | { t: 'restore'; node: number; row: number }
  | { t: 'resolve'; node: number; pick: number; choice: number }
  | { t: 'send'; from: number; to: number; mode: Mode; scope: number; twice: boolean; preview: boolean }
  | { t: 'relay'; from: number; via: number; to: number; mode: Mode; scope: number }
  | { t: 'replay'; node: number; bundle: number };

export interface Scenario {
  nodes: number;
  actions: Action[];
  /** desk 0 starts with an institution and two people that every desk imports, so edits collide */
  shared: boolean;
  /** seed of the order in which a fresh desk receives every op at the end */
  shuffle: number;
}

const SCOPES: BundleScope[] = [{ entities: ['person'] }, { entities: ['institution'] }, { entities: ['person', 'institution'] }, { conventions: ['cites'] }];
// small pools, so concurrent edits often agree (silent merge) and often differ (conflict)
const POOLS: Record<string, (string | null)[]> = {
  name: ['Ana', 'Bo', 'Chen', 'Dina'],
  title: ['Dr', 'Focal point', null],
  email: ['a@x.org', 'b@y.org', null],
  notes: ['n1', 'ñ 2 ✓', null],
  acronym: ['MoE', 'NEMA', null],
};
const FIELDS = { person: ['name', 'title', 'email', 'notes', 'institutionId'], institution: ['name', 'acronym', 'email', 'notes'] } as const;

const node = fc.nat({ max: 4 });
const mode = fc.constantFrom<Mode>('full', 'delta', 'delta', 'scoped', 'scopedDelta');
const scope = fc.nat({ max: SCOPES.length - 1 });
const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  weighted(2, fc.record({ t: fc.constant('create' as const), node, entity: fc.constantFrom('person' as const, 'institution' as const), name: fc.nat(), ref: fc.nat() })),
  weighted(8, fc.record({ t: fc.constant('edit' as const), node, row: fc.nat({ max: 3 }), field: fc.oneof(fc.constant(0), fc.nat()), value: fc.nat() })),
  weighted(1, fc.record({ t: fc.constant('delete' as const), node, row: fc.nat({ max: 3 }) })),
  weighted(1, fc.record({ t: fc.constant('restore' as const), node, row: fc.nat() })),
  weighted(1, fc.record({ t: fc.constant('resolve' as const), node, pick: fc.nat(), choice: fc.nat() })),
  weighted(4, fc.record({ t: fc.constant('send' as const), from: node, to: node, mode, scope, twice: fc.boolean(), preview: fc.boolean() })),
  weighted(1, fc.record({ t: fc.constant('relay' as const), from: node, via: node, to: node, mode, scope })),
  weighted(1, fc.record({ t: fc.constant('replay' as const), node, bundle: fc.nat() })),
);

export const scenarioArb = (maxActions = 32): fc.Arbitrary<Scenario> =>
  fc.record({
    nodes: fc.integer({ min: 3, max: 5 }),
    shared: fc.oneof(fc.constant(true), fc.boolean()),
    actions: fc.array(actionArb, { minLength: 1, maxLength: maxActions, size: 'max' }),
    shuffle: fc.nat(),
  });

interface Written {
  desk: string;
  hlc: string;
  entity: string;
  id: string;
  field: string;
}

interface RowRef {
  entity: 'person' | 'institution';
  id: string;
  deleted: boolean;
}

/** Rows a desk holds, in the order it learnt of them (stable for a given scenario). */
function rowsOf(desk: Desk): RowRef[] {
  const rows = desk.store.db
    .prepare(
      `SELECT o.entity, o.row_id AS id, coalesce(p._deleted, i._deleted, 0) AS deleted, min(o.seq) AS first
       FROM ops o LEFT JOIN person p ON o.entity = 'person' AND p.id = o.row_id
                  LEFT JOIN institution i ON o.entity = 'institution' AND i.id = o.row_id
       WHERE o.pending = 0 GROUP BY o.entity, o.row_id ORDER BY first`,
    )
    .all() as { entity: RowRef['entity']; id: string; deleted: number }[];
  return rows.map((r) => ({ entity: r.entity, id: r.id, deleted: r.deleted === 1 }));
}

/** heads of every field: `entity\0id\0field` → hlcs, newest first */
function headsOf(desk: Desk): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const h of desk.store.db.prepare('SELECT entity, row_id, field, hlc FROM heads ORDER BY hlc DESC').all() as { entity: string; row_id: string; field: string; hlc: string }[]) {
    const k = `${h.entity}\u0000${h.row_id}\u0000${h.field}`;
    out.set(k, [...(out.get(k) ?? []), h.hlc]);
  }
  return out;
}

const maxSeq = (desk: Desk) => (desk.store.db.prepare('SELECT coalesce(max(seq), 0) AS m FROM ops').get() as { m: number }).m;

class Run {
  readonly written: Written[] = [];
  readonly bundles: string[] = [];
  constructor(readonly desks: Desk[]) {}

  at(i: number): Desk {
    return this.desks[i % this.desks.length];
  }

  /**
   * Runs a local change and records the ops it wrote. Each must win on its desk and name what it
   * replaced: an edit the field's winner, a delete every head of the row, a restore the delete.
   */
  local(desk: Desk, kind: 'edit' | 'delete' | 'restore' | 'resolve', change: () => void): void {
    const before = headsOf(desk);
    const since = maxSeq(desk);
    change();
    const after = headsOf(desk);
    const ops = desk.store.db.prepare('SELECT hlc, entity, row_id AS id, field, parents FROM ops WHERE seq > ? AND import_id IS NULL').all(since) as (Omit<Written, 'desk'> & {
      parents: string;
    })[];
    for (const { parents, ...op } of ops) {
      const key = `${op.entity}\u0000${op.id}\u0000${op.field}`;
      const rowHeads = [...before].filter(([k]) => k.startsWith(`${op.entity}\u0000${op.id}\u0000`)).flatMap(([, h]) => h);
      const expected = { edit: before.get(key)?.slice(0, 1) ?? [], delete: rowHeads, restore: before.get(key) ?? [], resolve: null }[kind];
      if (expected) assert.deepEqual(JSON.parse(parents), [...expected].sort(), `${kind} ${key}: the parents it names`);
      assert.equal(after.get(key)?.[0], op.hlc, `${kind} ${key}: a local write wins on its desk`);
      this.written.push({ desk: desk.label, ...op });
    }
  }

  export(from: Desk, to: Desk, m: Mode, s: number): string {
    const peer = m === 'delta' || m === 'scopedDelta' ? { peer: to.label } : {};
    const sc = m === 'scoped' || m === 'scopedDelta' ? { scope: SCOPES[s] } : {};
    const { content } = call(from, 'sync.export', { ...peer, ...sc });
    this.bundles.push(content);
    return content;
  }

  /** Imports a bundle; after a full or unscoped delta from a desk, `to` holds every op that desk has. */
  import(to: Desk, content: string, from?: Desk, m?: Mode, preview = false): ChannelOutput<'sync.import'> {
    const seen = preview ? call(to, 'sync.preview', { content }) : null;
    const result = call(to, 'sync.import', { content });
    assert.deepEqual(result.setAside, []);
    assert.equal(result.opsPending, 0);
    if (seen) {
      const { importId: _i, backup: _b, ...summary } = result;
      assert.deepEqual(summary, seen, 'the preview announced what the import did');
    }
    if (from && (m === 'full' || m === 'delta')) {
      // a delta holds every op added since the last delta to that peer (and each was imported)
      const has = to.store.db.prepare('SELECT 1 FROM ops WHERE hlc = ?');
      for (const { hlc } of opsOf(from)) assert.ok(has.get(hlc), `${to.label} got ${hlc} from ${from.label} (${m})`);
    }
    return result;
  }

  step(a: Action): void {
    switch (a.t) {
      case 'create': {
        const d = this.at(a.node);
        const name = POOLS.name[a.name % POOLS.name.length]!;
        if (a.entity === 'institution') return this.local(d, 'edit', () => call(d, 'institutions.create', { name }));
        const institutions = rowsOf(d).filter((r) => r.entity === 'institution' && !r.deleted);
        const institutionId = institutions.length && a.ref % 3 ? institutions[a.ref % institutions.length].id : undefined;
        return this.local(d, 'edit', () => call(d, 'people.create', { name, institutionId }));
      }
      case 'edit': {
        const d = this.at(a.node);
        const live = rowsOf(d).filter((r) => !r.deleted);
        if (!live.length) return;
        const row = live[a.row % live.length];
        const field = FIELDS[row.entity][a.field % FIELDS[row.entity].length];
        let value: string | null;
        if (field === 'institutionId') {
          const targets = [null, ...rowsOf(d).filter((r) => r.entity === 'institution' && !r.deleted).map((r) => r.id)];
          value = targets[a.value % targets.length];
        } else value = POOLS[field][a.value % POOLS[field].length];
        const patch = { [field]: value };
        return this.local(d, 'edit', () =>
          row.entity === 'person' ? call(d, 'people.update', { id: row.id, patch }) : call(d, 'institutions.update', { id: row.id, patch }),
        );
      }
      case 'delete':
      case 'restore': {
        const d = this.at(a.node);
        const rows = rowsOf(d).filter((r) => r.deleted === (a.t === 'restore'));
        if (!rows.length) return;
        const row = rows[a.row % rows.length];
        const channel = `${row.entity === 'person' ? 'people' : 'institutions'}.${a.t}` as const;
        return this.local(d, a.t, () => call(d, channel, { id: row.id }));
      }
      case 'resolve':
        return this.resolve(this.at(a.node), a.pick, a.choice);
      case 'send': {
        if (a.from % this.desks.length === a.to % this.desks.length) return;
        const [from, to] = [this.at(a.from), this.at(a.to)];
        const content = this.export(from, to, a.mode, a.scope);
        const first = this.import(to, content, from, a.mode, a.preview);
        if (a.twice) {
          const again = this.import(to, content);
          assert.equal(again.opsNew, 0, 'a second import of the same bundle adds nothing');
          assert.equal(again.opsDuplicate, first.opsTotal);
        }
        return;
      }
      case 'relay': {
        const [from, via, to] = [this.at(a.from), this.at(a.via), this.at(a.to)];
        if (from === via || via === to) return;
        this.import(via, this.export(from, via, a.mode, a.scope), from, a.mode);
        this.import(to, this.export(via, to, a.mode, a.scope), via, a.mode); // carries on what from sent
        return;
      }
      case 'replay':
        if (this.bundles.length) this.import(this.at(a.node), this.bundles[a.bundle % this.bundles.length]);
        return;
    }
  }

  resolve(d: Desk, pick: number, choice: number): void {
    const items = call(d, 'conflicts.list', {});
    if (!items.length) return;
    const item = items[pick % items.length];
    if (item.kind === 'value') {
      const value = item.heads[choice % item.heads.length].value;
      return this.local(d, 'resolve', () => call(d, 'conflicts.resolve', { entity: item.entity, id: item.id, field: item.field, value, reviewed: item.heads.map((h) => h.hlc) }));
    }
    const sameRow = items.filter((i) => i.entity === item.entity && i.id === item.id && i.kind === 'edit_after_delete');
    const reviewed = [...new Set([...item.deleteHeads, ...sameRow.flatMap((i) => i.heads)].map((h) => h.hlc))];
    this.local(d, 'resolve', () => call(d, 'conflicts.resolveDeleted', { entity: item.entity, id: item.id, keep: choice % 2 ? 'restore' : 'delete', reviewed }));
  }

  share(): void {
    const [first, ...rest] = this.desks;
    this.local(first, 'edit', () => {
      const { id } = call(first, 'institutions.create', { name: 'Ministry', acronym: 'MoE' });
      call(first, 'people.create', { name: 'Ana', institutionId: id });
      call(first, 'people.create', { name: 'Bo', email: 'b@y.org' });
    });
    const { content } = call(first, 'sync.export', {});
    for (const d of rest) this.import(d, content);
  }

  /** Every desk exports in full, then every desk imports every other desk's bundle. */
  finalRound(): void {
    const fulls = this.desks.map((d) => call(d, 'sync.export', {}).content);
    this.desks.forEach((d, i) => fulls.forEach((content, j) => i !== j && this.import(d, content)));
  }

  assertConverged(): void {
    const [first, ...rest] = this.desks;
    const dump = dumpText(first);
    for (const d of rest) assert.deepEqual(JSON.parse(dumpText(d)), JSON.parse(dump), `${d.label} and ${first.label} hold the same state`);
    for (const d of rest) assert.deepEqual(opsOf(d), opsOf(first), `${d.label} and ${first.label} hold the same ops`);
    for (const d of this.desks) {
      const check = call(d, 'app.check', {});
      assert.ok(check.ok, `${d.label} app.check: ${check.problems.join('; ')}`);
    }
    assertMatchesSpec(first);
    for (const w of this.written) assertNotLost(first, w);
  }
}

/** A written op is a head of its field, or reachable from one through parents of the same field. */
function assertNotLost(desk: Desk, w: Written): void {
  const db = desk.store.db;
  const ops = db.prepare('SELECT hlc, parents FROM ops WHERE entity = ? AND row_id = ? AND field = ?').all(w.entity, w.id, w.field) as { hlc: string; parents: string }[];
  const parents = new Map(ops.map((o) => [o.hlc, JSON.parse(o.parents) as string[]]));
  const heads = (db.prepare('SELECT hlc FROM heads WHERE entity = ? AND row_id = ? AND field = ?').all(w.entity, w.id, w.field) as { hlc: string }[]).map((h) => h.hlc);
  const seen = new Set<string>();
  const queue = [...heads];
  while (queue.length) {
    const h = queue.pop()!;
    if (seen.has(h) || !parents.has(h)) continue;
    seen.add(h);
    queue.push(...parents.get(h)!);
  }
  assert.ok(seen.has(w.hlc), `${w.desk} wrote ${w.entity}.${w.field} of ${w.id} at ${w.hlc}; it is neither a head nor an ancestor of one (heads: ${heads.join(', ')})`);
}

function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) / 2 ** 32);
}

/** A fresh desk given every op in another order, in two overlapping parts, reaches the same state. */
async function assertOrderFree(source: Desk, seed: number): Promise<void> {
  const rand = prng(seed);
  const ops = opsOf(source).map((o) => ({ hlc: o.hlc, entity: o.entity, id: o.row_id, field: o.field, value: JSON.parse(o.value), parents: JSON.parse(o.parents) }));
  for (let i = ops.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ops[i], ops[j]] = [ops[j], ops[i]];
  }
  const cut = Math.floor(rand() * (ops.length + 1));
  const overlap = Math.floor(rand() * 3);
  const fresh = await openDesk('fresh');
  try {
    for (const part of [ops.slice(Math.max(0, cut - overlap)), ops.slice(0, cut)]) call(fresh, 'sync.import', { content: JSON.stringify(makeBundle(part)) });
    assert.deepEqual(JSON.parse(dumpText(fresh)), JSON.parse(dumpText(source)), 'a desk given the same ops in another order holds the same state');
  } finally {
    closeDesk(fresh);
  }
}

/** The property: runs one scenario on fresh desks and checks convergence; throws on failure. */
export async function convergenceHolds(s: Scenario): Promise<void> {
  const desks: Desk[] = [];
  try {
    for (let i = 0; i < s.nodes; i++) desks.push(await openDesk(`desk-${i}`));
    const run = new Run(desks);
    if (s.shared) run.share();
    for (const a of s.actions) run.step(a);
    run.finalRound();
    run.assertConverged();
    await assertOrderFree(desks[0], s.shuffle);
  } finally {
    for (const d of desks) closeDesk(d);
  }
}
