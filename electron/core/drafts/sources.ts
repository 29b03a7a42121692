import type { z } from 'zod';
import type { changeStamp } from '../../../shared/model/drafts.ts';
import type { IndicatorValue, TargetProgress } from '../../../shared/model/progress.ts';
import type { NationalTarget } from '../../../shared/model/targets.ts';
import type { ReportTemplate } from '../../../shared/reference/templates/types.ts';
import { stmt, tableFor } from '../db/sql.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { latestProgress } from '../progress/assessments.ts';
import { listIndicatorValues, listNationalIndicators, NATIONAL_PREFIX } from '../progress/indicators.ts';
import type { Store } from '../store.ts';
import { listTargets } from '../targets/read.ts';
import { itemCarriers, type Carrier } from '../targets/views.ts';

// What a draft is assembled from, read once per request: national targets with their latest
// progress and indicator data, who serves which framework item, and when each record last changed.

export type Stamp = z.infer<typeof changeStamp>;

export interface Sources {
  targets: NationalTarget[];
  progress: Map<string, TargetProgress>;
  valuesByIndicator: Map<string, IndicatorValue[]>;
  /** a national target's indicators: its GBF headline indicators, those its assessment relies on, and its national ones */
  indicatorsOf: (t: NationalTarget) => string[];
  carriers: Map<string, Carrier[]>;
  stampOf: (entity: 'targetProgress' | 'reportAnswer', id: string) => Stamp;
}

function lastChanges(store: Store, entity: EntityName): Map<string, Stamp> {
  // from the entity's rows, each one's ops found by the op log's index by row
  const last = `SELECT t.id, (SELECT max(o.hlc) FROM ops o WHERE o.row_id = t.id AND o.entity = ?) AS hlc FROM ${tableFor(entity)} t`;
  const sql = `SELECT id, hlc FROM (${last}) WHERE hlc IS NOT NULL`;
  const rows = stmt(store.db, sql).all(entity) as { id: string; hlc: string }[];
  return new Map(rows.map((r) => [r.id, { at: r.hlc.slice(0, 24), here: r.hlc.endsWith(store.nodeId) }]));
}

/** values 'presence': only which indicators have data (the reuse matrix needs no more). */
export function readSources(store: Store, values: 'all' | 'presence' = 'all'): Sources {
  const targets = listTargets(store);
  const progress = latestProgress(store);
  const valuesByIndicator = new Map<string, IndicatorValue[]>();
  if (values === 'all') for (const v of listIndicatorValues(store)) valuesByIndicator.set(v.indicatorId, [...(valuesByIndicator.get(v.indicatorId) ?? []), v]);
  else for (const r of stmt(store.db, 'SELECT DISTINCT indicatorId FROM indicator_value WHERE _deleted = 0').all() as { indicatorId: string }[]) valuesByIndicator.set(r.indicatorId, []);
  const nationalByTarget = new Map<string, string[]>();
  for (const n of listNationalIndicators(store)) if (n.nationalTargetId) nationalByTarget.set(n.nationalTargetId, [...(nationalByTarget.get(n.nationalTargetId) ?? []), `${NATIONAL_PREFIX}${n.id}`]);
  const stamps = { targetProgress: lastChanges(store, 'targetProgress'), reportAnswer: lastChanges(store, 'reportAnswer') };
  return {
    targets,
    progress,
    valuesByIndicator,
    indicatorsOf: (t) => [...new Set([...t.headlineIndicatorIds, ...(progress.get(t.id)?.indicatorIds ?? []), ...(nationalByTarget.get(t.id) ?? [])])],
    carriers: itemCarriers(store),
    stampOf: (entity, id) => stamps[entity].get(id) ?? null,
  };
}

/** The national targets and indicators a report of this template draws on. */
export function drawnOn(template: ReportTemplate, src: Sources): { targetIds: Set<string>; indicatorIds: Set<string> } {
  const targetIds = new Set<string>();
  const indicatorIds = new Set<string>();
  for (const q of template.sections.flatMap((s) => s.questions)) {
    const a = q.answer;
    if (a.kind === 'targetProgress' || a.kind === 'nationalTargets') for (const t of src.targets) targetIds.add(t.id);
    if (a.kind === 'frameworkProgress') for (const item of a.items) for (const c of src.carriers.get(item) ?? []) targetIds.add(c.id);
    if (a.kind === 'indicatorData') for (const i of a.indicators) indicatorIds.add(i);
  }
  for (const t of src.targets) if (targetIds.has(t.id)) for (const i of src.indicatorsOf(t)) indicatorIds.add(i);
  return { targetIds, indicatorIds };
}
