import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../shared/errors.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import type { CrosswalkEntry, crosswalkEditInput } from '../../../shared/model/targets.ts';
import { crosswalk, frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import type { Confidence } from '../../../shared/reference/types.ts';
import type { Store } from '../store.ts';
import { rowState } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';
import { restoreRow, writeFields } from '../sync/write.ts';
import { compareItems, GBF, isGbfTarget } from './items.ts';

// The reference crosswalk (GBF target → CMS, Ramsar, CITES, SDG item) with the country's own edits:
// a relation it added, or a reference relation it removed. One edit row per pair: `${from}__${to}`.

interface EditRow {
  fromItemId: string | null;
  toItemId: string | null;
  state: string | null;
  note: string | null;
}

const pairKey = (from: string, to: string) => `${from}__${to}`;

function liveEdits(store: Store): Map<string, EditRow> {
  const rows = stmt(store.db, 'SELECT fromItemId, toItemId, state, note FROM crosswalk_edit WHERE _deleted = 0 ORDER BY id').all() as EditRow[];
  const out = new Map<string, EditRow>();
  for (const r of rows) if (r.fromItemId && r.toItemId && (r.state === 'added' || r.state === 'removed')) out.set(pairKey(r.fromItemId, r.toItemId), r);
  return out;
}

/** The crosswalk as the country sees it: reference relations (edits marked), then the country's added ones. */
export function listCrosswalk(store: Store): CrosswalkEntry[] {
  const edits = liveEdits(store);
  const reference = new Set<string>();
  const out: CrosswalkEntry[] = crosswalk.relations.map((r) => {
    const key = pairKey(r.from, r.to);
    reference.add(key);
    const edit = edits.get(key);
    return { from: r.from, to: r.to, confidence: r.confidence, basis: r.basis, origin: 'reference', removed: edit?.state === 'removed', note: edit?.note ?? null };
  });
  const added = [...edits.entries()]
    .filter(([key, e]) => e.state === 'added' && !reference.has(key))
    .map(([, e]) => e)
    .sort((a, b) => compareItems(a.fromItemId!, b.fromItemId!) || compareItems(a.toItemId!, b.toItemId!));
  for (const e of added) out.push({ from: e.fromItemId!, to: e.toItemId!, confidence: null, basis: null, origin: 'country', removed: false, note: e.note });
  return out;
}

export interface Relation {
  to: string;
  /** null: a relation the country added (taken at the alignment's degree) */
  confidence: Confidence | null;
}

/** The relations in force (removed ones left out), by GBF target. */
export function effectiveRelations(store: Store): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const e of listCrosswalk(store)) {
    if (e.removed) continue;
    out.set(e.from, [...(out.get(e.from) ?? []), { to: e.to, confidence: e.confidence }]);
  }
  return out;
}

export function editCrosswalk(store: Store, input: z.output<typeof crosswalkEditInput>): CrosswalkEntry[] {
  const issues: FieldIssue[] = [];
  if (!isGbfTarget(input.fromItemId)) issues.push({ path: 'fromItemId', code: 'framework_item_invalid' });
  const to = frameworkItem(input.toItemId);
  if (!to || to.framework === GBF || to.kind === 'indicator') issues.push({ path: 'toItemId', code: 'framework_item_invalid' });
  if (issues.length) throw new AppError('invalid_input', 'a crosswalk relation goes from a GBF target to another framework’s goal or target', {}, issues);
  const id = pairKey(input.fromItemId, input.toItemId);
  store.write(() => {
    if (rowState(store, 'crosswalkEdit', id) === 'deleted') restoreRow(store, 'crosswalkEdit', id);
    const values: Record<string, OpValue> = { fromItemId: input.fromItemId, toItemId: input.toItemId, state: input.state };
    if (input.note !== undefined) values.note = input.note;
    writeFields(store, 'crosswalkEdit', id, values);
  });
  return listCrosswalk(store);
}
