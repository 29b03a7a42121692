import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { tickIdOf, type Checklist, type Progress, type tickInput } from '../../../shared/model/onboarding.ts';
import { checklistFor, isChecklistItem } from '../../../shared/reference/onboarding.ts';
import { getSettings } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';

// A designation's onboarding checklist: the items its role has (shared/reference/onboarding.ts)
// with the ticks recorded on any desk. A tick names the day and, when Settings says who uses the
// desk, the person; unticking clears the day.

interface TickRow {
  itemKey: string;
  doneOn: string | null;
  doneById: string | null;
  doneByName: string | null;
}

function seatOf(store: Store, designationId: string): { roleId: string | null; convention: string | null } | undefined {
  return stmt(store.db, 'SELECT roleId, convention FROM designation WHERE id = ? AND _deleted = 0').get(designationId) as { roleId: string | null; convention: string | null } | undefined;
}

function ticksOf(store: Store, designationId: string): Map<string, TickRow> {
  const rows = stmt(
    store.db,
    `SELECT t.itemKey, t.doneOn, t.doneById, p.name AS doneByName FROM onboarding_tick t
       LEFT JOIN person p ON p.id = t.doneById AND p._deleted = 0
      WHERE t.designationId = ? AND t._deleted = 0`,
  ).all(designationId) as TickRow[];
  return new Map(rows.map((r) => [r.itemKey, r]));
}

/** Done and total of a role's checklist: a tick of an item the role does not have does not count. */
export function progressOf(roleId: string | null, doneKeys: ReadonlySet<string>): Progress {
  const items = checklistFor(roleId);
  return { done: items.filter((i) => doneKeys.has(i.key)).length, total: items.length };
}

export function getChecklist(store: Store, designationId: string): Checklist {
  const seat = seatOf(store, designationId);
  if (!seat) throw new AppError('not_found', `no designation with id ${designationId}`, { entity: 'designation', id: designationId });
  const ticks = ticksOf(store, designationId);
  const items = checklistFor(seat.roleId).map((item) => {
    const tick = ticks.get(item.key);
    const done = Boolean(tick?.doneOn);
    return {
      key: item.key,
      basis: item.source?.basis ?? null,
      confidence: item.source?.confidence ?? null,
      doneOn: done ? tick!.doneOn : null,
      doneById: done ? tick!.doneById : null,
      doneByName: done ? tick!.doneByName : null,
    };
  });
  return { designationId, roleId: seat.roleId, items, done: items.filter((i) => i.doneOn).length, total: items.length };
}

/** How far each designation still running (or still to start) has come. */
export function listProgress(store: Store, today = localToday()): ({ designationId: string } & Progress)[] {
  const done = new Map<string, Set<string>>();
  for (const r of stmt(store.db, 'SELECT designationId, itemKey FROM onboarding_tick WHERE _deleted = 0 AND doneOn IS NOT NULL').all() as { designationId: string; itemKey: string }[]) {
    done.set(r.designationId, (done.get(r.designationId) ?? new Set()).add(r.itemKey));
  }
  return listDesignations(store, { today }).map((d) => ({ designationId: d.id, ...progressOf(d.roleId, done.get(d.id) ?? new Set()) }));
}

export function tick(store: Store, input: z.output<typeof tickInput>, today = localToday()): Checklist {
  const seat = seatOf(store, input.designationId);
  if (!seat) throw fieldError('designationId', 'ref_missing', 'the designation does not exist');
  if (!isChecklistItem(seat.roleId, input.itemKey)) throw fieldError('itemKey', 'invalid', `${input.itemKey} is not an item of ${seat.roleId}'s checklist`);
  const current = ticksOf(store, input.designationId).get(input.itemKey);
  // ticking what is ticked keeps the day it was done
  if (input.done === Boolean(current?.doneOn)) return getChecklist(store, input.designationId);
  const me = getSettings(store).mePersonId;
  const doneById = input.done && me && rowState(store, 'person', me) === 'live' ? me : null;
  store.write(() =>
    writeFields(store, 'onboardingTick', tickIdOf(input.designationId, input.itemKey), {
      designationId: input.designationId,
      itemKey: input.itemKey,
      convention: seat.convention,
      doneOn: input.done ? today : null,
      doneById,
    }),
  );
  return getChecklist(store, input.designationId);
}
