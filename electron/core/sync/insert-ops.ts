import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.ts';
import type { Op } from '../../../shared/model/ops.ts';
import { stmt } from '../db/sql.ts';

// Appending ops to the log, many rows per INSERT: one statement per op costs SQLite a statement
// start and an AUTOINCREMENT update each time (100k inserts into a log of 100k, two runs of five:
// medians 851 → 619 ms and 632 → 497 ms). INSERT OR IGNORE needs no statement journal; when a batch ignored some rows, the
// rows it did insert are the ones with a seq above the log's end before it, and every other op of
// the batch is checked against what the log holds under its clock.

/** Ops per INSERT: 8 parameters each, well under SQLite's limit. */
const BATCH = 50;
const COLUMNS = '(hlc, entity, row_id, field, value, parents, import_id, pending)';
const TUPLE = '(?, ?, ?, ?, ?, ?, ?, ?)';

export interface EncodedOp {
  op: Op;
  value: string;
  parents: string;
  pending: 0 | 1;
}

/** Inserts the ops; returns, per op, whether it was new (false: the log already held it). */
export function insertOps(db: Database.Database, ops: readonly EncodedOp[], importId: number | null): boolean[] {
  const isNew: boolean[] = new Array(ops.length);
  let end = (stmt(db, 'SELECT coalesce(max(seq), 0) AS m FROM ops').get() as { m: number }).m;
  const full = new Array<unknown>(BATCH * 8);
  for (let from = 0; from < ops.length; from += BATCH) {
    const to = Math.min(ops.length, from + BATCH);
    const params = to - from === BATCH ? full : new Array<unknown>((to - from) * 8);
    for (let i = from, p = 0; i < to; i++) {
      const e = ops[i];
      params[p++] = e.op.hlc;
      params[p++] = e.op.entity;
      params[p++] = e.op.id;
      params[p++] = e.op.field;
      params[p++] = e.value;
      params[p++] = e.parents;
      params[p++] = importId;
      params[p++] = e.pending;
    }
    const run = batchInsert(db, to - from).run(params);
    if (run.changes === to - from) isNew.fill(true, from, to);
    else sortOutBatch(db, ops, from, to, end, isNew);
    if (run.changes > 0) end = Number(run.lastInsertRowid);
  }
  return isNew;
}

const insertSql = (n: number) => `INSERT OR IGNORE INTO ops ${COLUMNS} VALUES ${Array(n).fill(TUPLE).join(', ')}`;
const FULL_BATCH_SQL = insertSql(BATCH);

function batchInsert(db: Database.Database, n: number): Database.Statement {
  return stmt(db, n === BATCH ? FULL_BATCH_SQL : insertSql(n));
}

/** Which ops of a batch that ignored some were inserted; the others must equal what the log holds. */
function sortOutBatch(db: Database.Database, ops: readonly EncodedOp[], from: number, to: number, end: number, isNew: boolean[]): void {
  const insertedNow = new Set((stmt(db, 'SELECT hlc FROM ops WHERE seq > ?').pluck().all(end) as string[]));
  const findOp = stmt(db, 'SELECT entity, row_id, field, value, parents FROM ops WHERE hlc = ?');
  for (let i = from; i < to; i++) {
    const { op, value, parents } = ops[i];
    // the first op of the batch under a clock took the row; a later one with the same clock is a repeat
    if (insertedNow.delete(op.hlc)) {
      isNew[i] = true;
      continue;
    }
    isNew[i] = false;
    // the hlc is the key: the same op again is a no-op, other content under it is corruption
    const existing = findOp.get(op.hlc) as { entity: string; row_id: string; field: string; value: string; parents: string };
    const same = existing.entity === op.entity && existing.row_id === op.id && existing.field === op.field && existing.value === value && existing.parents === parents;
    if (!same) throw new AppError('op_clash', `two different changes carry the same clock ${op.hlc}`, { hlc: op.hlc });
  }
}
