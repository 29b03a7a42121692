import { localToday } from '../../../shared/days.ts';
import type { DraftChange } from '../../../shared/model/drafts.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { reportAndTemplate } from './assemble.ts';
import { drawnOn, readSources } from './sources.ts';

// What changed since a report was submitted: every record it drew on (progress of its national
// targets, the targets themselves, their indicator data) edited after the submission day, with the
// value it had then and the value it has now — both from the op log.

interface OpRow {
  row_id: string;
  field: string;
  value: string;
  hlc: string;
}

const IGNORED = new Set(['_deleted']);

function changesOf(store: Store, entity: DraftChange['entity'], ids: readonly string[], cutoff: string, label: (id: string) => string): DraftChange[] {
  if (ids.length === 0) return [];
  const out: DraftChange[] = [];
  const ops = stmt(store.db, `SELECT row_id, field, value, hlc FROM ops WHERE entity = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id, field, hlc`).all(entity, JSON.stringify(ids)) as OpRow[];
  const byField = new Map<string, OpRow[]>();
  for (const op of ops) {
    if (IGNORED.has(op.field)) continue;
    const key = `${op.row_id}\u0000${op.field}`;
    byField.set(key, [...(byField.get(key) ?? []), op]);
  }
  for (const list of byField.values()) {
    const last = list[list.length - 1];
    if (last.hlc <= cutoff) continue;
    const then = list.filter((o) => o.hlc <= cutoff).at(-1);
    const before = then ? (JSON.parse(then.value) as unknown) : null;
    const after = JSON.parse(last.value) as unknown;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    out.push({ entity, id: last.row_id, label: label(last.row_id), field: last.field, before, after, at: last.hlc.slice(0, 24), here: last.hlc.endsWith(store.nodeId) });
  }
  return out;
}

export function changesSinceSubmitted(store: Store, reportId: string, today = localToday()): DraftChange[] {
  const { report, template } = reportAndTemplate(store, reportId, today);
  if (report.status !== 'submitted' || !report.submittedOn) return [];
  // the end of the submission day, or the moment the desk recorded the submission if that was earlier
  const dayEnd = `${report.submittedOn}T23:59:59.999Z~`;
  const recorded = (stmt(store.db, "SELECT hlc FROM ops WHERE entity = 'report' AND row_id = ? AND field = 'status' AND value = '\"submitted\"' ORDER BY hlc DESC LIMIT 1").get(report.id) as { hlc: string } | undefined)?.hlc;
  const cutoff = recorded && recorded < dayEnd ? recorded : dayEnd;
  const src = readSources(store);
  const { targetIds, indicatorIds } = drawnOn(template, src);
  const codeOf = new Map(src.targets.map((t) => [t.id, t.code ?? t.id]));
  const progressIds = (stmt(store.db, 'SELECT id, nationalTargetId FROM target_progress WHERE nationalTargetId IN (SELECT value FROM json_each(?))').all(JSON.stringify([...targetIds])) as { id: string; nationalTargetId: string }[]);
  const progressTarget = new Map(progressIds.map((p) => [p.id, p.nationalTargetId]));
  const valueRows = stmt(store.db, 'SELECT id, indicatorId, year FROM indicator_value WHERE indicatorId IN (SELECT value FROM json_each(?))').all(JSON.stringify([...indicatorIds])) as { id: string; indicatorId: string; year: number }[];
  const valueLabel = new Map(valueRows.map((v) => [v.id, `${v.indicatorId} · ${v.year}`]));
  return [
    ...changesOf(store, 'targetProgress', [...progressTarget.keys()], cutoff, (id) => codeOf.get(progressTarget.get(id) ?? '') ?? id),
    ...changesOf(store, 'nationalTarget', [...targetIds], cutoff, (id) => codeOf.get(id) ?? id),
    ...changesOf(store, 'indicatorValue', [...valueLabel.keys()], cutoff, (id) => valueLabel.get(id) ?? id),
  ].sort((a, b) => b.at.localeCompare(a.at));
}
