import { AppError } from '../../../shared/errors.ts';
import { DEGREES, TARGET_STATUSES, type Alignment, type Degree, type NationalTarget, type TargetStatus } from '../../../shared/model/targets.ts';
import type { Store } from '../store.ts';
import { searchClause } from '../records/list-query.ts';
import { stmt } from '../db/sql.ts';
import { compareCodes, compareItems } from './items.ts';

// Reading national targets and their alignments.

interface TargetRow {
  id: string;
  code: string | null;
  title: string | null;
  description: string | null;
  leadInstitutionId: string | null;
  leadInstitutionName: string | null;
  contributingInstitutionIds: string | null;
  responsiblePersonIds: string | null;
  status: string | null;
  progress: number | null;
  nationalIndicators: string | null;
  headlineIndicatorIds: string | null;
  notes: string | null;
  _deleted: number;
}

interface AlignmentRow {
  id: string;
  nationalTargetId: string | null;
  frameworkItemId: string | null;
  convention: string | null;
  degree: string | null;
  note: string | null;
}

const SELECT = `SELECT t.id, t.code, t.title, t.description, t.leadInstitutionId, i.name AS leadInstitutionName, t.contributingInstitutionIds,
  t.responsiblePersonIds, t.status, t.progress, t.nationalIndicators, t.headlineIndicatorIds, t.notes, t._deleted
  FROM national_target t LEFT JOIN institution i ON i.id = t.leadInstitutionId`;

const ALIGNMENT_SELECT = 'SELECT a.id, a.nationalTargetId, a.frameworkItemId, a.convention, a.degree, a.note FROM alignment a';

const list = (text: string | null): string[] => {
  if (!text) return [];
  const v = JSON.parse(text) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

const isDegree = (v: unknown): v is Degree => (DEGREES as readonly unknown[]).includes(v);
const isStatus = (v: unknown): v is TargetStatus => (TARGET_STATUSES as readonly unknown[]).includes(v);

/** A row whose fields have not all arrived (a partial merge) is left out rather than shown half. */
function toAlignment(r: AlignmentRow): Alignment | null {
  if (!r.nationalTargetId || !r.frameworkItemId || !isDegree(r.degree)) return null;
  return { id: r.id, nationalTargetId: r.nationalTargetId, frameworkItemId: r.frameworkItemId, convention: r.convention, degree: r.degree, note: r.note };
}

const byItem = (a: Alignment, b: Alignment) => compareItems(a.frameworkItemId, b.frameworkItemId);

function toTarget(r: TargetRow, alignments: Alignment[]): NationalTarget {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    description: r.description,
    leadInstitutionId: r.leadInstitutionId,
    leadInstitutionName: r.leadInstitutionId ? r.leadInstitutionName : null,
    contributingInstitutionIds: list(r.contributingInstitutionIds),
    responsiblePersonIds: list(r.responsiblePersonIds),
    status: isStatus(r.status) ? r.status : null,
    progress: r.progress,
    nationalIndicators: r.nationalIndicators,
    headlineIndicatorIds: list(r.headlineIndicatorIds),
    notes: r.notes,
    deleted: r._deleted === 1,
    alignments: [...alignments].sort(byItem),
  };
}

/** The live alignments of one target. */
export function alignmentsOf(store: Store, targetId: string): Alignment[] {
  const rows = stmt(store.db, `${ALIGNMENT_SELECT} WHERE a.nationalTargetId = ? AND a._deleted = 0`).all(targetId) as AlignmentRow[];
  return rows.map(toAlignment).filter((a): a is Alignment => a !== null);
}

/** Every live alignment of a live target. */
export function liveAlignments(store: Store): Alignment[] {
  const rows = stmt(
    store.db,
    `${ALIGNMENT_SELECT} JOIN national_target t ON t.id = a.nationalTargetId AND t._deleted = 0 WHERE a._deleted = 0 ORDER BY a.id`,
  ).all() as AlignmentRow[];
  return rows.map(toAlignment).filter((a): a is Alignment => a !== null);
}

export function getTarget(store: Store, id: string): NationalTarget {
  const row = stmt(store.db, `${SELECT} WHERE t.id = ?`).get(id) as TargetRow | undefined;
  if (!row) throw new AppError('not_found', `no national target with id ${id}`, { entity: 'nationalTarget', id });
  return toTarget(row, alignmentsOf(store, id));
}

/** Live national targets, in natural code order (NT2 before NT10), each with its alignments. */
export function listTargets(store: Store, query?: string): NationalTarget[] {
  const search = searchClause(query, 't._search');
  const rows = stmt(store.db, `${SELECT} WHERE t._deleted = 0 AND ${search.sql}`).all(...search.params) as TargetRow[];
  const byTarget = new Map<string, Alignment[]>();
  for (const a of liveAlignments(store)) byTarget.set(a.nationalTargetId, [...(byTarget.get(a.nationalTargetId) ?? []), a]);
  return rows.map((r) => toTarget(r, byTarget.get(r.id) ?? [])).sort(compareCodes);
}
