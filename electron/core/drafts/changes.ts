import { localToday } from '../../../shared/days.ts';
import type { DraftChange } from '../../../shared/model/drafts.ts';
import { entities, type FieldDef } from '../../../shared/model/registry.ts';
import { monitoringIndicator } from '../../../shared/reference/gbf-monitoring.ts';
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

// what a record is about (its identity) and ids of other records say nothing a reader can check
const IDENTITY = new Set(['_deleted', 'nationalTargetId', 'indicatorId', 'year', 'asOf', 'question', 'disaggregation']);
const shownField = (entity: DraftChange['entity'], field: string) => {
  const def = (entities[entity].fields as Record<string, FieldDef>)[field];
  return !IDENTITY.has(field) && def !== undefined && !def.ref && !def.listRef && !def.json;
};

function changesOf(store: Store, entity: DraftChange['entity'], ids: readonly string[], cutoff: string, label: (id: string) => string): DraftChange[] {
  if (ids.length === 0) return [];
  const out: DraftChange[] = [];
  const ops = stmt(store.db, `SELECT row_id, field, value, hlc FROM ops WHERE entity = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id, hlc`).all(entity, JSON.stringify(ids)) as OpRow[];
  const byRow = new Map<string, OpRow[]>();
  for (const op of ops) byRow.set(op.row_id, [...(byRow.get(op.row_id) ?? []), op]);
  for (const [id, list] of byRow) {
    const last = list[list.length - 1];
    if (last.hlc <= cutoff) continue;
    const stamp = { at: last.hlc.slice(0, 24), here: last.hlc.endsWith(store.nodeId) };
    if (list[0].hlc > cutoff) {
      out.push({ entity, kind: 'added', id, label: label(id), field: null, before: null, after: null, ...stamp });
      continue;
    }
    for (const field of new Set(list.map((o) => o.field))) {
      if (!shownField(entity, field)) continue;
      const mine = list.filter((o) => o.field === field);
      const latest = mine[mine.length - 1];
      if (latest.hlc <= cutoff) continue;
      const then = mine.filter((o) => o.hlc <= cutoff).at(-1);
      const before = then ? (JSON.parse(then.value) as unknown) : null;
      const after = JSON.parse(latest.value) as unknown;
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      out.push({ entity, kind: 'changed', id, label: label(id), field, before, after, at: latest.hlc.slice(0, 24), here: latest.hlc.endsWith(store.nodeId) });
    }
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
  const valueLabel = new Map(valueRows.map((v) => [v.id, `${monitoringIndicator(v.indicatorId)?.code ?? v.indicatorId} · ${v.year}`]));
  return [
    ...changesOf(store, 'targetProgress', [...progressTarget.keys()], cutoff, (id) => codeOf.get(progressTarget.get(id) ?? '') ?? id),
    ...changesOf(store, 'nationalTarget', [...targetIds], cutoff, (id) => codeOf.get(id) ?? id),
    ...changesOf(store, 'indicatorValue', [...valueLabel.keys()], cutoff, (id) => valueLabel.get(id) ?? id),
  ].sort((a, b) => b.at.localeCompare(a.at));
}
