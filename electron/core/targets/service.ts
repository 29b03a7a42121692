import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../shared/errors.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import type { NationalTarget, nationalTargetInput, nationalTargetPatch } from '../../../shared/model/targets.ts';
import type { Store } from '../store.ts';
import { createRecord, defined, deleteRecord, rowState } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';
import { restoreRow, writeFields } from '../sync/write.ts';
import { codeKey, isGbfHeadlineIndicator } from './items.ts';
import { getTarget } from './read.ts';

// NBSAP national targets: create, update, delete, restore, with the checks that need the store.

type Values = z.output<typeof nationalTargetPatch>;

/** Live national targets other than `exceptId` whose code equals `code` (trimmed, case-insensitive). */
function codeTaken(store: Store, code: string, exceptId?: string): boolean {
  const want = codeKey(code);
  const rows = stmt(store.db, 'SELECT id, code FROM national_target WHERE _deleted = 0 AND code IS NOT NULL').all() as { id: string; code: string }[];
  return rows.some((r) => r.id !== exceptId && codeKey(r.code) === want);
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The checks that need the store or the reference data. On update, references the target already
 * holds are not checked again (a lead institution deleted since does not block editing the title).
 */
function check(store: Store, values: Values, current?: NationalTarget): void {
  const issues: FieldIssue[] = [];
  const live = (entity: 'institution' | 'person', id: string) => rowState(store, entity, id) === 'live';
  if (values.code != null && codeTaken(store, values.code, current?.id)) issues.push({ path: 'code', code: 'code_taken' });
  if (values.leadInstitutionId && values.leadInstitutionId !== current?.leadInstitutionId && !live('institution', values.leadInstitutionId)) {
    issues.push({ path: 'leadInstitutionId', code: 'ref_missing' });
  }
  const lists = [
    ['contributingInstitutionIds', 'institution'],
    ['responsiblePersonIds', 'person'],
  ] as const;
  for (const [field, entity] of lists) {
    const had = new Set(current?.[field] ?? []);
    (values[field] ?? []).forEach((id, n) => {
      if (!had.has(id) && !live(entity, id)) issues.push({ path: `${field}.${n}`, code: 'ref_missing' });
    });
  }
  (values.headlineIndicatorIds ?? []).forEach((id, n) => {
    if (!isGbfHeadlineIndicator(id)) issues.push({ path: `headlineIndicatorIds.${n}`, code: 'framework_item_invalid' });
  });
  if (issues.length) throw new AppError('invalid_input', 'the national target cannot be saved as it is', {}, issues);
}

/** Lists are stored without repeats. */
function clean(values: Values): Record<string, OpValue | undefined> {
  const out: Record<string, OpValue | undefined> = { ...values };
  for (const f of ['contributingInstitutionIds', 'responsiblePersonIds', 'headlineIndicatorIds'] as const) if (values[f]) out[f] = unique(values[f]);
  return out;
}


export function requireLiveTarget(store: Store, id: string): void {
  const state = rowState(store, 'nationalTarget', id);
  if (state === 'missing') throw new AppError('not_found', `no national target with id ${id}`, { entity: 'nationalTarget', id });
  if (state === 'deleted') throw new AppError('row_deleted', `national target ${id} is deleted`, { entity: 'nationalTarget', id });
}

export function createTarget(store: Store, input: z.output<typeof nationalTargetInput>): NationalTarget {
  // checked and written in one transaction: a refusal leaves the store as it was
  let id = '';
  store.write(() => {
    check(store, input);
    id = createRecord(store, 'nationalTarget', clean(input));
  });
  return getTarget(store, id);
}

export function updateTarget(store: Store, id: string, patch: z.output<typeof nationalTargetPatch>): NationalTarget {
  store.write(() => {
    requireLiveTarget(store, id);
    check(store, patch, getTarget(store, id));
    writeFields(store, 'nationalTarget', id, defined(clean(patch)));
  });
  return getTarget(store, id);
}

/** The target and its alignments leave every view; its alignment rows stay, and come back with it. */
export function deleteTarget(store: Store, id: string): NationalTarget {
  deleteRecord(store, 'nationalTarget', id);
  return getTarget(store, id);
}

export function restoreTarget(store: Store, id: string): NationalTarget {
  store.write(() => {
    const state = rowState(store, 'nationalTarget', id);
    if (state === 'missing') throw new AppError('not_found', `no national target with id ${id}`, { entity: 'nationalTarget', id });
    if (state === 'live') throw new AppError('row_not_deleted', `national target ${id} is not deleted`, { entity: 'nationalTarget', id });
    const { code } = getTarget(store, id);
    if (code != null && codeTaken(store, code, id)) {
      throw new AppError('invalid_input', 'another national target now has this code; change its code first', {}, [{ path: 'code', code: 'code_taken' }]);
    }
    restoreRow(store, 'nationalTarget', id);
  });
  return getTarget(store, id);
}
