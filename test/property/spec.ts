import assert from 'node:assert/strict';
import { DELETED_FIELD, entities, type FieldDef } from '../../shared/model/registry.ts';
import { call, type Desk } from './nodes.ts';

// The rules of DESIGN.md "Sync: the op log", written again from scratch over a desk's ops table,
// to check what the store materialized (rows, heads, conflicts) without trusting its code:
//   heads of a field = its ops that no other op of the same field names as a parent;
//   winner = the head with the highest hlc; differing heads = a value conflict;
//   a row is deleted while its _deleted winner is true, and a field head that no delete among the
//   _deleted heads named is an "edit after delete" conflict.

export interface OpRecord {
  hlc: string;
  entity: string;
  row_id: string;
  field: string;
  value: string;
  parents: string;
}

export function opsOf(desk: Desk): OpRecord[] {
  return desk.store.db.prepare('SELECT hlc, entity, row_id, field, value, parents FROM ops ORDER BY hlc').all() as OpRecord[];
}

export function assertMatchesSpec(desk: Desk): void {
  const byField = new Map<string, OpRecord[]>();
  for (const op of opsOf(desk)) {
    const k = `${op.entity}\u0000${op.row_id}\u0000${op.field}`;
    byField.set(k, [...(byField.get(k) ?? []), op]);
  }
  const clockOf = new Map([...byField.values()].flat().map((o) => [o.hlc, o]));
  for (const op of clockOf.values()) {
    for (const p of JSON.parse(op.parents) as string[]) if (clockOf.has(p)) assert.ok(p < op.hlc, `${op.hlc} is later than its parent ${p}`);
  }
  const heads = new Map<string, OpRecord[]>(); // newest first
  for (const [k, ops] of byField) {
    const named = new Set(ops.flatMap((o) => JSON.parse(o.parents) as string[]));
    heads.set(k, ops.filter((o) => !named.has(o.hlc)).sort((a, b) => (a.hlc < b.hlc ? 1 : -1)));
  }
  const storedHeads = desk.store.db.prepare('SELECT entity, row_id, field, hlc FROM heads ORDER BY entity, row_id, field, hlc DESC').all() as Omit<OpRecord, 'value' | 'parents'>[];
  const expectedHeads = [...heads.values()].flat().map(({ entity, row_id, field, hlc }) => ({ entity, row_id, field, hlc }));
  const order = (r: { entity: string; row_id: string; field: string; hlc: string }) => `${r.entity}\u0000${r.row_id}\u0000${r.field}\u0000${r.hlc}`;
  assert.deepEqual(storedHeads.map(order).sort(), expectedHeads.map(order).sort(), 'heads (the view)');

  const dump = call(desk, 'app.dump', {});
  const expectedConflicts: string[] = [];
  for (const [entity, def] of Object.entries(entities)) {
    const rowIds = [...new Set([...byField.keys()].filter((k) => k.startsWith(`${entity}\u0000`)).map((k) => k.split('\u0000')[1]))].sort();
    const rows = dump.entities[entity];
    assert.deepEqual(rows.map((r) => r.id), rowIds, `${entity}: one row per id that has ops`);
    for (const row of rows) {
      const h = (field: string) => heads.get(`${entity}\u0000${row.id}\u0000${field}`) ?? [];
      for (const [field, fd] of Object.entries(def.fields as Record<string, FieldDef>)) {
        const winner = h(field)[0];
        const value = winner ? JSON.parse(winner.value) : null;
        assert.deepEqual(row[field], fd.json ? (value ?? []) : value, `${entity} ${row.id} ${field}: the winner's value`);
        if (new Set(h(field).map((o) => o.value)).size > 1) expectedConflicts.push(`${entity} ${row.id} ${field} value`);
      }
      const del = h(DELETED_FIELD);
      assert.equal(row[DELETED_FIELD], del[0]?.value === 'true', `${entity} ${row.id}: deleted while the _deleted winner is true`);
      if (new Set(del.map((o) => o.value)).size > 1) expectedConflicts.push(`${entity} ${row.id} ${DELETED_FIELD} value`);
      if (del[0]?.value === 'true') {
        // what any concurrent delete saw counts as seen (two people may delete the same row)
        const seen = new Set(del.filter((o) => o.value === 'true').flatMap((o) => JSON.parse(o.parents) as string[]));
        for (const field of Object.keys(def.fields)) if (h(field).some((o) => !seen.has(o.hlc))) expectedConflicts.push(`${entity} ${row.id} ${field} edit_after_delete`);
      }
    }
  }
  const conflicts = dump.conflicts.map((c) => `${c.entity} ${c.id} ${c.field} ${c.kind}`);
  assert.deepEqual([...conflicts].sort(), expectedConflicts.sort(), 'open conflicts');
  for (const c of dump.conflicts) {
    const expected = heads.get(`${c.entity}\u0000${c.id}\u0000${c.field}`)!.map((o) => ({ hlc: o.hlc, value: JSON.parse(o.value) }));
    assert.deepEqual(c.heads, expected, `heads shown for the conflict on ${c.entity} ${c.id} ${c.field}`);
  }
}
