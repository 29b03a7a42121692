import { DELETED_FIELD } from '../../../shared/model/registry.ts';

// Pure merge rules over the ops of one row (no SQL here), shared by materialization and reads.
//   heads(field)  = its ops that no other op of the same field names as a parent
//   winner        = the head with the highest hlc (text order is clock order)
//   conflict      = another head with a different value; or, on a deleted row, a field head that
//                   no winning-side delete saw ("edited after delete").

export interface StoredOp {
  hlc: string;
  field: string;
  /** JSON text */
  value: string;
  /** JSON text of a sorted array of hlc */
  parents: string;
  /** the value itself, when the op arrived parsed (an import): not parsed again from its text */
  parsed?: unknown;
}

export interface RowMerge {
  /** field → heads, newest first */
  heads: Map<string, StoredOp[]>;
  valueConflicts: string[];
  editedAfterDelete: string[];
  deleted: boolean;
}

export function fieldHeadsOf(ops: readonly StoredOp[]): StoredOp[] {
  const named = new Set<string>();
  for (const op of ops) if (op.parents !== '[]') for (const p of JSON.parse(op.parents) as string[]) named.add(p);
  const heads = named.size ? ops.filter((op) => !named.has(op.hlc)) : [...ops];
  return heads.sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
}

export function mergeRow(ops: readonly StoredOp[]): RowMerge {
  const byField = new Map<string, StoredOp[]>();
  for (const op of ops) {
    const list = byField.get(op.field);
    if (list) list.push(op);
    else byField.set(op.field, [op]);
  }
  const heads = new Map<string, StoredOp[]>();
  const valueConflicts: string[] = [];
  for (const [field, list] of byField) {
    const h = fieldHeadsOf(list);
    heads.set(field, h);
    if (h.some((x) => x.value !== h[0].value)) valueConflicts.push(field);
  }
  const deleteHeads = heads.get(DELETED_FIELD) ?? [];
  const deleted = deleteHeads[0]?.value === 'true';
  const editedAfterDelete: string[] = [];
  if (deleted) {
    // what any concurrent delete saw counts as seen (two people may delete the same row)
    const seen = new Set(deleteHeads.filter((h) => h.value === 'true').flatMap((h) => JSON.parse(h.parents) as string[]));
    for (const [field, h] of heads) if (field !== DELETED_FIELD && h.some((x) => !seen.has(x.hlc))) editedAfterDelete.push(field);
  }
  return { heads, valueConflicts, editedAfterDelete, deleted };
}
