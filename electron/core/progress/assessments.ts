import type { z } from 'zod';
import { fieldError } from '../../../shared/errors.ts';
import { progressIdOf, type TargetProgress, type targetProgressInput } from '../../../shared/model/progress.ts';
import { stmt } from '../db/sql.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { knownIndicator } from './indicators.ts';

// Progress of a national target as of a day: the level (the CBD's categories), what was done, the
// summary, challenges and effectiveness, and which indicators' data it relies on. Recorded once;
// the CBD report's Section III and the other conventions' target questions read the same records.

interface Row extends Omit<TargetProgress, 'indicatorIds'> {
  indicatorIds: string | null;
}
const SELECT = `SELECT g.id, g.nationalTargetId, g.asOf, g.level, g.actions, g.summary, g.challenges, g.effectiveness, g.indicatorIds, g.assessedById, p.name AS assessedByName
  FROM target_progress g LEFT JOIN person p ON p.id = g.assessedById AND p._deleted = 0 WHERE g._deleted = 0`;
const toProgress = (r: Row): TargetProgress => ({ ...r, indicatorIds: r.indicatorIds ? (JSON.parse(r.indicatorIds) as string[]) : [] });

export function listProgress(store: Store, nationalTargetId?: string): TargetProgress[] {
  const rows = (nationalTargetId ? stmt(store.db, `${SELECT} AND g.nationalTargetId = ? ORDER BY g.asOf DESC`).all(nationalTargetId) : stmt(store.db, `${SELECT} ORDER BY g.nationalTargetId, g.asOf DESC`).all()) as Row[];
  return rows.map(toProgress);
}

/** Each national target's latest assessment on or before a day (none given: the latest of all). */
export function latestProgress(store: Store, onOrBefore?: string): Map<string, TargetProgress> {
  const out = new Map<string, TargetProgress>();
  for (const p of listProgress(store)) {
    if (onOrBefore && p.asOf > onOrBefore) continue;
    if (!out.has(p.nationalTargetId)) out.set(p.nationalTargetId, p);
  }
  return out;
}

export function saveProgress(store: Store, input: z.output<typeof targetProgressInput>): TargetProgress {
  if (rowState(store, 'nationalTarget', input.nationalTargetId) !== 'live') throw fieldError('nationalTargetId', 'ref_missing', 'the national target does not exist');
  if (input.assessedById && rowState(store, 'person', input.assessedById) !== 'live') throw fieldError('assessedById', 'ref_missing', 'the person does not exist');
  for (const [n, id] of (input.indicatorIds ?? []).entries()) if (!knownIndicator(store, id)) throw fieldError(`indicatorIds.${n}`, 'indicator_unknown', `unknown indicator ${id}`);
  const id = progressIdOf(input.nationalTargetId, input.asOf);
  store.write(() => writeFields(store, 'targetProgress', id, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))));
  return toProgress(stmt(store.db, `${SELECT} AND g.id = ?`).get(id) as Row);
}
