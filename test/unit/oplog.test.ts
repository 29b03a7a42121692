import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/hlc.ts';
import { AppError } from '../../shared/errors.ts';
import type { Op, OpValue } from '../../shared/model/ops.ts';
import { dumpStore } from '../../electron/core/app/service.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { applyOps, fieldHeads, rowHeads } from '../../electron/core/sync/oplog.ts';
import { deleteRow, resolveField, restoreRow, writeFields } from '../../electron/core/sync/write.ts';

// The op log on a real SQLite store: ops are built by hand (hlc from formatHlc, several node ids)
// and applied with applyOps inside store.write, as an import would.

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';
const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';

const hlc = (ms: number, node: string, counter = 0) => formatHlc({ millis: T0 + ms, counter, node });
const op = (h: string, field: string, value: OpValue, parents: string[] = [], id = P1, entity = 'person'): Op => ({ hlc: h, entity, id, field, value, parents });

const dirs: string[] = [];
const stores: Store[] = [];

async function freshStore(): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-oplog-'));
  dirs.push(dir);
  const store = await openStore(dir);
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function apply(store: Store, ops: Op[]) {
  return store.write(() => applyOps(store.db, ops));
}

function person(store: Store, id = P1) {
  return dumpStore(store).entities.person.find((p) => p.id === id);
}

function opCount(store: Store): number {
  return (store.db.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;
}

describe('heads and winner', () => {
  it('a linear chain has one head, its last op', async () => {
    const s = await freshStore();
    const a1 = hlc(0, A);
    const b2 = hlc(10, B);
    const a3 = hlc(20, A);
    const r = apply(s, [op(a1, 'name', 'Ann'), op(b2, 'name', 'Anne', [a1]), op(a3, 'name', 'Anna', [b2])]);
    expect(r).toMatchObject({ inserted: 3, duplicates: 0, rowsNew: { person: 1 }, rowsChanged: {} });
    expect(fieldHeads(s.db, 'person', P1, 'name')).toEqual([{ hlc: a3, value: 'Anna' }]);
    expect(person(s)).toMatchObject({ id: P1, name: 'Anna', _deleted: false });
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('two concurrent edits: the higher hlc wins and the conflict lists both heads', async () => {
    const s = await freshStore();
    const base = hlc(0, A);
    const fromA = hlc(10, A);
    const fromB = hlc(10, B); // same millis and counter: the node id decides
    apply(s, [op(base, 'name', 'Ann'), op(fromB, 'name', 'Anne B', [base]), op(fromA, 'name', 'Anne A', [base])]);
    expect(person(s)?.name).toBe('Anne B');
    expect(dumpStore(s).conflicts).toEqual([
      {
        entity: 'person',
        id: P1,
        field: 'name',
        kind: 'value',
        heads: [
          { hlc: fromB, value: 'Anne B' },
          { hlc: fromA, value: 'Anne A' },
        ],
      },
    ]);
  });

  it.each([
    ['later millis', hlc(20, A), hlc(10, B)],
    ['same millis, higher counter', hlc(10, A, 2), hlc(10, B, 1)],
  ])('winner is the higher hlc (%s), whatever the order of arrival', async (_label, high, low) => {
    for (const order of [
      [high, low],
      [low, high],
    ]) {
      const s = await freshStore();
      const base = hlc(0, C);
      apply(s, [op(base, 'email', 'a@x.org')]);
      for (const h of order) apply(s, [op(h, 'email', h === high ? 'high@x.org' : 'low@x.org', [base])]);
      expect(person(s)?.email).toBe('high@x.org');
      expect(dumpStore(s).conflicts).toEqual([
        {
          entity: 'person',
          id: P1,
          field: 'email',
          kind: 'value',
          heads: [
            { hlc: high, value: 'high@x.org' },
            { hlc: low, value: 'low@x.org' },
          ],
        },
      ]);
    }
  });

  it('concurrent edits to the same value merge silently (two heads, no conflict)', async () => {
    const s = await freshStore();
    const base = hlc(0, A);
    apply(s, [op(base, 'title', 'Dr'), op(hlc(10, A), 'title', 'Prof', [base]), op(hlc(12, B), 'title', 'Prof', [base])]);
    expect(fieldHeads(s.db, 'person', P1, 'title')).toHaveLength(2);
    expect(person(s)?.title).toBe('Prof');
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('concurrent list values compare by content', async () => {
    const s = await freshStore();
    apply(s, [op(hlc(1, A), 'languages', ['en', 'fr']), op(hlc(2, B), 'languages', ['en', 'fr'])]);
    expect(person(s)?.languages).toEqual(['en', 'fr']);
    expect(dumpStore(s).conflicts).toEqual([]);
    apply(s, [op(hlc(3, C), 'languages', ['fr', 'en'])]);
    expect(dumpStore(s).conflicts.map((c) => [c.field, c.heads.length])).toEqual([['languages', 3]]);
  });

  it('a resolving op naming both heads clears the conflict', async () => {
    const s = await freshStore();
    const base = hlc(0, A);
    const x = hlc(10, A);
    const y = hlc(11, B);
    apply(s, [op(base, 'name', 'Ann'), op(x, 'name', 'X', [base]), op(y, 'name', 'Y', [base])]);
    expect(dumpStore(s).conflicts).toHaveLength(1);

    // naming only one head does not resolve it
    const partial = hlc(20, C);
    apply(s, [op(partial, 'name', 'Z', [x])]);
    expect(dumpStore(s).conflicts.map((c) => c.heads.map((h) => h.hlc))).toEqual([[partial, y]]);

    const resolved = hlc(30, C);
    apply(s, [op(resolved, 'name', 'X', [partial, y])]);
    expect(fieldHeads(s.db, 'person', P1, 'name')).toEqual([{ hlc: resolved, value: 'X' }]);
    expect(person(s)?.name).toBe('X');
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('a resolving op may keep the losing value (an older-looking value can win by resolution)', async () => {
    const s = await freshStore();
    const x = hlc(10, A);
    const y = hlc(11, B);
    apply(s, [op(x, 'phone', '+1 111'), op(y, 'phone', '+2 222')]);
    expect(person(s)?.phone).toBe('+2 222');
    apply(s, [op(hlc(12, A), 'phone', '+1 111', [x, y])]);
    expect(person(s)?.phone).toBe('+1 111');
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('heads are per field: a parent from another field does not hide a head', async () => {
    const s = await freshStore();
    const nameA = hlc(10, A);
    const nameB = hlc(11, B);
    apply(s, [op(nameA, 'name', 'Ann'), op(nameB, 'name', 'Anne')]);
    // an email op that (wrongly) names the name heads as its parents
    const email = hlc(20, C);
    apply(s, [op(email, 'email', 'ann@x.org', [nameA, nameB])]);
    expect(fieldHeads(s.db, 'person', P1, 'name').map((h) => h.hlc)).toEqual([nameB, nameA]);
    expect(fieldHeads(s.db, 'person', P1, 'email').map((h) => h.hlc)).toEqual([email]);
    expect(person(s)).toMatchObject({ name: 'Anne', email: 'ann@x.org' });
    expect(dumpStore(s).conflicts.map((c) => [c.field, c.kind])).toEqual([['name', 'value']]);

    // and the same on a single head: a title op naming the email op leaves email's head in place
    apply(s, [op(hlc(30, A), 'title', 'Dr', [email])]);
    expect(fieldHeads(s.db, 'person', P1, 'email').map((h) => h.hlc)).toEqual([email]);
  });

  it('fields of different rows and entities are independent', async () => {
    const s = await freshStore();
    const n1 = hlc(1, A);
    apply(s, [op(n1, 'name', 'One'), op(hlc(2, A), 'name', 'Two', [n1], P2), op(hlc(3, A), 'name', 'Inst', [], P1, 'institution')]);
    expect(fieldHeads(s.db, 'person', P1, 'name').map((h) => h.value)).toEqual(['One']);
    expect(fieldHeads(s.db, 'person', P2, 'name').map((h) => h.value)).toEqual(['Two']);
    const d = dumpStore(s);
    expect(d.entities.person.map((p) => p.name)).toEqual(['One', 'Two']);
    expect(d.entities.institution.map((i) => [i.id, i.name])).toEqual([[P1, 'Inst']]);
  });
});

describe('duplicates and clashes', () => {
  it('re-applying the same ops is a no-op (parents in any order)', async () => {
    const s = await freshStore();
    const a = hlc(1, A);
    const b = hlc(2, B);
    const ops = [op(a, 'name', 'X'), op(b, 'name', 'Y'), op(hlc(3, C), 'name', 'Z', [a, b])];
    apply(s, ops);
    const before = dumpStore(s);
    const again = apply(s, [...ops.slice(0, 2), op(hlc(3, C), 'name', 'Z', [b, a])]);
    expect(again).toMatchObject({ inserted: 0, duplicates: 3, rowsNew: {}, rowsChanged: {} });
    expect(dumpStore(s)).toEqual(before);
    expect(opCount(s)).toBe(3);
  });

  it.each<[string, Partial<Op>]>([
    ['value', { value: 'Other' }],
    ['field', { field: 'title' }],
    ['row id', { id: P2 }],
    ['entity', { entity: 'institution' }],
    ['parents', { parents: [hlc(0, B)] }],
  ])('the same hlc with a different %s throws op_clash and leaves the store unchanged', async (_label, change) => {
    const s = await freshStore();
    const first = op(hlc(1, A), 'name', 'Ann');
    apply(s, [first, op(hlc(2, A), 'email', 'ann@x.org')]);
    const before = dumpStore(s);
    const beforeOps = opCount(s);
    const beforeClock = s.clock();

    let caught: unknown;
    try {
      // a valid new op first, then the clash: the whole transaction must be rolled back
      apply(s, [op(hlc(5, B), 'name', 'Bea', [first.hlc]), { ...first, ...change }]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('op_clash');
    expect((caught as AppError).params).toEqual({ hlc: first.hlc });
    expect(dumpStore(s)).toEqual(before);
    expect(opCount(s)).toBe(beforeOps);
    expect(s.clock()).toEqual(beforeClock);
  });

  it('a clash inside one batch is refused too', async () => {
    const s = await freshStore();
    const h = hlc(1, A);
    expect(() => apply(s, [op(h, 'name', 'Ann'), op(h, 'name', 'Bea')])).toThrow(expect.objectContaining({ code: 'op_clash' }));
    expect(dumpStore(s).entities.person).toEqual([]);
    expect(opCount(s)).toBe(0);
  });
});

describe('many ops at once (inserted in batches)', () => {
  // 130 ops over 26 people: more than two of the log's insert batches, with known ops and repeats scattered through them
  const people = Array.from({ length: 26 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const many = people.flatMap((id, i) => ['name', 'title', 'email', 'phone', 'notes'].map((field, f) => op(hlc(i * 10 + f, A), field, field === 'email' ? `p${i}@x.org` : `${field} ${i}`, [], id)));

  it('counts new and known ops exactly, wherever the known ones fall', async () => {
    const s = await freshStore();
    const known = many.filter((_, i) => i % 3 === 0);
    apply(s, known);
    const repeats = [many[7], many[70], many[129]];
    const result = apply(s, [...many.slice(0, 60), ...repeats, ...many.slice(60)]);
    expect(result.inserted).toBe(many.length - known.length);
    expect(result.duplicates).toBe(known.length + repeats.length);
    expect(opCount(s)).toBe(many.length);
    expect(person(s, people[25])).toMatchObject({ name: 'name 25', email: 'p25@x.org', notes: 'notes 25' });
  });

  it('a clash in a later batch, after known ops, rolls back every batch before it', async () => {
    const s = await freshStore();
    apply(s, many.slice(0, 10));
    const before = dumpStore(s);
    const clash = { ...many[3], value: 'Forged' };
    expect(() => apply(s, [...many, clash])).toThrow(expect.objectContaining({ code: 'op_clash', params: { hlc: many[3].hlc } }));
    expect(dumpStore(s)).toEqual(before);
    expect(opCount(s)).toBe(10);
  });
});

describe('delete and restore', () => {
  it('a delete naming all heads deletes the row without conflict', async () => {
    const s = await freshStore();
    const name = hlc(1, A);
    const email = hlc(2, A);
    apply(s, [op(name, 'name', 'Ann'), op(email, 'email', 'ann@x.org')]);
    expect(rowHeads(s.db, 'person', P1).sort()).toEqual([name, email].sort());
    apply(s, [op(hlc(3, B), '_deleted', true, [name, email])]);
    expect(person(s)).toMatchObject({ name: 'Ann', email: 'ann@x.org', _deleted: true });
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it.each([
    ['edit clock before the delete', 5, 10],
    ['edit clock after the delete', 15, 10],
  ])('an edit concurrent with a delete is an edited-after-delete conflict (%s)', async (_label, editAt, deleteAt) => {
    const s = await freshStore();
    const name = hlc(1, A);
    const email = hlc(2, A);
    apply(s, [op(name, 'name', 'Ann'), op(email, 'email', 'ann@x.org')]);
    const edit = hlc(editAt, B);
    const del = hlc(deleteAt, A);
    apply(s, [op(edit, 'name', 'Anne', [name]), op(del, '_deleted', true, [name, email])]);
    const d = dumpStore(s);
    expect(d.entities.person[0]).toMatchObject({ name: 'Anne', _deleted: true });
    expect(d.conflicts).toEqual([{ entity: 'person', id: P1, field: 'name', kind: 'edit_after_delete', heads: [{ hlc: edit, value: 'Anne' }] }]);

    // restore names the delete: the row is back, the conflict is gone, the edit kept
    apply(s, [op(hlc(30, C), '_deleted', false, [del])]);
    expect(person(s)).toMatchObject({ name: 'Anne', _deleted: false });
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('a new field written concurrently with a delete also conflicts', async () => {
    const s = await freshStore();
    const name = hlc(1, A);
    apply(s, [op(name, 'name', 'Ann'), op(hlc(5, B), 'phone', '+1 555'), op(hlc(6, A), '_deleted', true, [name])]);
    expect(dumpStore(s).conflicts.map((c) => [c.field, c.kind])).toEqual([['phone', 'edit_after_delete']]);
  });

  it('a delete concurrent with a restore is a value conflict on _deleted', async () => {
    const s = await freshStore();
    const name = hlc(1, A);
    const del = hlc(2, A);
    apply(s, [op(name, 'name', 'Ann'), op(del, '_deleted', true, [name])]);
    const restore = hlc(3, B);
    const del2 = hlc(4, C);
    apply(s, [op(restore, '_deleted', false, [del]), op(del2, '_deleted', true, [name, del])]);
    const d = dumpStore(s);
    expect(d.entities.person[0]._deleted).toBe(true);
    expect(d.conflicts).toEqual([
      {
        entity: 'person',
        id: P1,
        field: '_deleted',
        kind: 'value',
        heads: [
          { hlc: del2, value: true },
          { hlc: restore, value: false },
        ],
      },
    ]);
  });

  it('local helpers: writeFields names the winner, deleteRow names every head, restoreRow names the delete', async () => {
    const s = await freshStore();
    const [first] = s.write(() => writeFields(s, 'person', P1, { name: 'Ann', email: 'ann@x.org' }));
    const [second] = s.write(() => writeFields(s, 'person', P1, { name: 'Anne', email: 'ann@x.org' }));
    expect(second.parents).toEqual([first.hlc]);
    expect(second.hlc > first.hlc).toBe(true);
    expect(second.hlc.endsWith(s.nodeId)).toBe(true);
    // unchanged values write nothing
    expect(s.write(() => writeFields(s, 'person', P1, { name: 'Anne' }))).toEqual([]);

    const heads = rowHeads(s.db, 'person', P1).sort();
    const del = s.write(() => deleteRow(s, 'person', P1));
    expect([...del.parents].sort()).toEqual(heads);
    expect(person(s)?._deleted).toBe(true);

    // a remote edit the delete did not see
    const remote = hlc(-1000, B);
    apply(s, [op(remote, 'title', 'Dr')]);
    expect(dumpStore(s).conflicts.map((c) => [c.field, c.kind])).toEqual([['title', 'edit_after_delete']]);

    const restore = s.write(() => restoreRow(s, 'person', P1));
    expect(restore.parents).toEqual([del.hlc]);
    expect(person(s)).toMatchObject({ name: 'Anne', title: 'Dr', _deleted: false });
    expect(dumpStore(s).conflicts).toEqual([]);
  });

  it('resolveField refuses when a head was not reviewed, and resolves when all were', async () => {
    const s = await freshStore();
    const x = hlc(1, A);
    const y = hlc(2, B);
    apply(s, [op(x, 'notes', 'x'), op(y, 'notes', 'y')]);
    const before = dumpStore(s);
    expect(() => s.write(() => resolveField(s, 'person', P1, 'notes', 'x', [x]))).toThrow(expect.objectContaining({ code: 'conflict_changed' }));
    expect(dumpStore(s)).toEqual(before);
    const resolved = s.write(() => resolveField(s, 'person', P1, 'notes', 'x and y', [x, y]));
    expect([...resolved.parents].sort()).toEqual([x, y]);
    expect(person(s)?.notes).toBe('x and y');
    expect(dumpStore(s).conflicts).toEqual([]);
  });
});

describe('convergence: the state is a function of the set of ops', () => {
  // Two rows, three nodes: concurrent edits, equal-value merge, a resolution, a delete with an
  // unseen edit, a restore, list values and an institution.
  const base = hlc(0, A);
  const eA = hlc(1, A);
  const x = hlc(10, A);
  const y = hlc(10, B);
  const same1 = hlc(11, A);
  const same2 = hlc(12, C);
  const res = hlc(20, C);
  const del = hlc(30, A);
  const unseen = hlc(25, B);
  const p2n = hlc(3, B);
  const p2d = hlc(40, C);
  const p2r = hlc(41, A);
  const p2late = hlc(42, B);
  const scenario: Op[] = [
    op(base, 'name', 'Ann'),
    op(eA, 'email', 'ann@x.org'),
    op(x, 'name', 'Ann X', [base]),
    op(y, 'name', 'Ann Y', [base]),
    op(same1, 'title', 'Dr', []),
    op(same2, 'title', 'Dr', []),
    op(res, 'name', 'Ann XY', [x, y]),
    op(del, '_deleted', true, [res, eA, same1, same2]),
    op(unseen, 'phone', '+44 1', []),
    op(hlc(26, C), 'languages', ['en'], []),
    op(hlc(27, A), 'languages', ['fr'], []),
    op(p2n, 'name', 'Bob', [], P2),
    op(p2d, '_deleted', true, [p2n], P2),
    op(p2r, '_deleted', false, [p2d], P2),
    op(p2late, 'email', 'bob@x.org', [], P2),
    op(hlc(5, C), 'name', 'Ministry', [], P1, 'institution'),
    op(hlc(6, A), 'acronym', 'MoE', [], P1, 'institution'),
  ];

  async function dumpOf(batches: Op[][]) {
    const s = await freshStore();
    for (const b of batches) apply(s, b);
    const d = dumpStore(s);
    const heads = s.db.prepare('SELECT entity, row_id, field, hlc FROM heads ORDER BY 1, 2, 3, 4').all();
    const search = s.db.prepare("SELECT 'person' AS t, id, _search FROM person UNION ALL SELECT 'institution', id, _search FROM institution ORDER BY 1, 2").all();
    s.close();
    return { d, heads, search };
  }

  it('the reference result is what the rules say', async () => {
    const { d } = await dumpOf([scenario]);
    expect(d.entities.person).toEqual([
      { id: P1, honorific: null, name: 'Ann XY', title: 'Dr', department: null, institutionId: null, address: null, email: 'ann@x.org', phone: '+44 1', fax: null, languages: ['fr'], notes: null, _deleted: true },
      { id: P2, honorific: null, name: 'Bob', title: null, department: null, institutionId: null, address: null, email: 'bob@x.org', phone: null, fax: null, languages: [], notes: null, _deleted: false },
    ]);
    expect(d.entities.institution).toEqual([
      { id: P1, name: 'Ministry', acronym: 'MoE', email: null, phone: null, website: null, address: null, notes: null, _deleted: false },
    ]);
    expect(d.conflicts.map((c) => [c.id, c.field, c.kind])).toEqual([
      [P1, 'languages', 'edit_after_delete'],
      [P1, 'languages', 'value'],
      [P1, 'phone', 'edit_after_delete'],
    ]);
  });

  it('every order, with duplicates and any batching, gives the identical dump', async () => {
    const reference = await dumpOf([scenario]);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(scenario, { minLength: scenario.length, maxLength: scenario.length }),
        fc.array(fc.nat({ max: scenario.length - 1 }), { maxLength: 8 }),
        fc.array(fc.nat({ max: scenario.length + 8 }), { maxLength: 5 }),
        async (order, dupIdx, cuts) => {
          const withDups = [...order];
          for (const i of dupIdx) withDups.splice((i * 7) % (withDups.length + 1), 0, { ...scenario[i], parents: [...scenario[i].parents].reverse() });
          const points = [...new Set(cuts.map((c) => c % (withDups.length + 1)))].sort((a, b) => a - b);
          const batches: Op[][] = [];
          let from = 0;
          for (const p of [...points, withDups.length]) {
            batches.push(withDups.slice(from, p));
            from = p;
          }
          expect(await dumpOf(batches)).toEqual(reference);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('all 24 orders of a conflict, a resolution and a delete converge', async () => {
    const small = [op(x, 'name', 'X'), op(y, 'name', 'Y'), op(res, 'name', 'XY', [x, y]), op(del, '_deleted', true, [x])];
    const perms = (xs: Op[]): Op[][] => (xs.length <= 1 ? [xs] : xs.flatMap((o, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [o, ...rest])));
    const all = perms(small);
    expect(all).toHaveLength(24);
    const reference = await dumpOf([small]);
    // the delete saw x only: the resolution is an edit it did not see
    expect(reference.d.conflicts.map((c) => [c.field, c.kind])).toEqual([['name', 'edit_after_delete']]);
    for (const p of all) expect(await dumpOf(p.map((o) => [o]))).toEqual(reference);
  });
});
