import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { IndicatorValue, indicatorValueInput, NationalIndicator, nationalIndicatorInput } from '../../../shared/model/progress.ts';
import { monitoringIndicator } from '../../../shared/reference/gbf-monitoring.ts';
import { stmt } from '../db/sql.ts';
import { defined, rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { deleteRow, restoreRow, writeFields } from '../sync/write.ts';

// Indicator data recorded once: a value (or a binary answer) of a GBF monitoring indicator or a
// national indicator, by year and disaggregation. The row id is made of what the value is about, so
// two desks entering the same value edit the same row and merge field by field.

export const NATIONAL_PREFIX = 'national:';

export interface KnownIndicator {
  id: string;
  code: string;
  kind: 'headline' | 'binary' | 'component' | 'complementary' | 'national';
  /** national indicators: the unit they are measured in */
  unit: string | null;
  questions?: readonly { number: string; options: readonly string[] }[];
}

export function listNationalIndicators(store: Store): NationalIndicator[] {
  return stmt(store.db, "SELECT id, code, title, unit, nationalTargetId, notes FROM national_indicator WHERE _deleted = 0 ORDER BY code").all() as NationalIndicator[];
}

export function knownIndicator(store: Store, id: string): KnownIndicator | undefined {
  if (id.startsWith(NATIONAL_PREFIX)) {
    const row = stmt(store.db, 'SELECT id, code, unit FROM national_indicator WHERE id = ? AND _deleted = 0').get(id.slice(NATIONAL_PREFIX.length)) as { id: string; code: string; unit: string | null } | undefined;
    return row ? { id, code: row.code, kind: 'national', unit: row.unit } : undefined;
  }
  const m = monitoringIndicator(id);
  return m ? { id: m.id, code: m.code, kind: m.kind, unit: null, questions: m.questions } : undefined;
}

export function saveNationalIndicator(store: Store, input: z.output<typeof nationalIndicatorInput>): NationalIndicator {
  const id = input.id ?? crypto.randomUUID();
  if (input.id && rowState(store, 'nationalIndicator', id) !== 'live') throw new AppError('not_found', `no national indicator ${id}`, { entity: 'nationalIndicator', id });
  if (input.nationalTargetId && rowState(store, 'nationalTarget', input.nationalTargetId) !== 'live') throw fieldError('nationalTargetId', 'ref_missing', 'the national target does not exist');
  const { id: _id, ...values } = input;
  store.write(() => writeFields(store, 'nationalIndicator', id, defined(values)));
  return listNationalIndicators(store).find((n) => n.id === id)!;
}

const normal = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** "gbf:HI:3.1__2024__0f3a…": the indicator, the year, and a short hash of the question and the disaggregation. */
export function indicatorValueId(indicatorId: string, year: number, question: string | null | undefined, disaggregation: string | null | undefined): string {
  const slice = crypto.createHash('sha256').update(`${normal(question)}\u0000${normal(disaggregation)}`).digest('hex').slice(0, 12);
  return `${indicatorId}__${year}__${slice}`;
}

const VALUE_SELECT = `SELECT v.id, v.indicatorId, v.year, v.value, v.unit, v.question, v.answer, v.disaggregation, v.source, v.method, v.confidence, v.enteredById, p.name AS enteredByName
  FROM indicator_value v LEFT JOIN person p ON p.id = v.enteredById AND p._deleted = 0 WHERE v._deleted = 0`;

export function listIndicatorValues(store: Store, indicatorIds?: readonly string[]): IndicatorValue[] {
  const rows = stmt(store.db, `${VALUE_SELECT} ORDER BY v.indicatorId, v.year, v.question, v.disaggregation`).all() as IndicatorValue[];
  if (!indicatorIds) return rows;
  const wanted = new Set(indicatorIds);
  return rows.filter((r) => wanted.has(r.indicatorId));
}

/** Checks the value against its indicator (known, a binary answer among the options, the same unit as before), then writes it. */
export function saveIndicatorValue(store: Store, input: z.output<typeof indicatorValueInput>): IndicatorValue {
  const indicator = knownIndicator(store, input.indicatorId);
  if (!indicator) throw fieldError('indicatorId', 'indicator_unknown', `unknown indicator ${input.indicatorId}`);
  if (indicator.kind === 'binary') {
    const questions = indicator.questions ?? [];
    const question = questions.find((q) => q.number === input.question);
    if (questions.length > 0 && !question) throw fieldError('question', 'invalid', `the binary indicator has no question ${input.question}`);
    if (!input.answer || (question && !question.options.includes(input.answer))) throw fieldError('answer', 'answer_invalid', 'not one of the options');
    if (input.value != null) throw fieldError('value', 'invalid', 'a binary indicator takes an answer, not a number');
  } else {
    if (input.value == null) throw fieldError('value', 'required', 'a value is needed');
    if (input.answer) throw fieldError('answer', 'invalid', 'only binary indicators take an answer');
    const unit = normal(input.unit);
    const expected = indicator.unit ?? (stmt(store.db, 'SELECT unit FROM indicator_value WHERE indicatorId = ? AND _deleted = 0 AND unit IS NOT NULL AND id != ? LIMIT 1').get(input.indicatorId, indicatorValueId(input.indicatorId, input.year, input.question, input.disaggregation)) as { unit: string } | undefined)?.unit;
    if (expected && unit && normal(expected) !== unit) throw fieldError('unit', 'unit_mismatch', `the indicator is recorded in ${expected}`);
  }
  if (input.enteredById && rowState(store, 'person', input.enteredById) !== 'live') throw fieldError('enteredById', 'ref_missing', 'the person does not exist');
  const id = indicatorValueId(input.indicatorId, input.year, input.question, input.disaggregation);
  store.write(() => {
    if (rowState(store, 'indicatorValue', id) === 'deleted') restoreRow(store, 'indicatorValue', id);
    writeFields(store, 'indicatorValue', id, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  });
  return stmt(store.db, `${VALUE_SELECT} AND v.id = ?`).get(id) as IndicatorValue;
}

export function deleteIndicatorValue(store: Store, id: string): { id: string } {
  if (rowState(store, 'indicatorValue', id) !== 'live') throw new AppError('not_found', `no indicator value ${id}`, { entity: 'indicatorValue', id });
  store.write(() => deleteRow(store, 'indicatorValue', id));
  return { id };
}
