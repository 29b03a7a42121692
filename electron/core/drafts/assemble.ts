import { localToday } from '../../../shared/days.ts';
import { computeDeadlines } from '../../../shared/deadlines.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Draft, DraftQuestion, DraftTarget } from '../../../shared/model/drafts.ts';
import { reportIdOf, splitReportId, type ReportItem } from '../../../shared/model/reports.ts';
import { obligationRules } from '../../../shared/reference/obligations.ts';
import { templateFor } from '../../../shared/reference/templates/index.ts';
import type { ReportTemplate, TemplateQuestion } from '../../../shared/reference/templates/types.ts';
import { stmt } from '../db/sql.ts';
import { findReport } from '../reporting/reports.ts';
import { meetingRefs } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { readSources, type Sources } from './sources.ts';

// A draft is read, not stored: the report's template, each question answered from the shared
// records as they are now, or from this report's own answers, or marked missing.

export interface AnswerRow {
  id: string;
  questionId: string;
  text: string | null;
  option: string | null;
  carriedFrom: string | null;
}

export function answersOf(store: Store, reportId: string): Map<string, AnswerRow> {
  const rows = stmt(store.db, 'SELECT id, questionId, text, option, carriedFrom FROM report_answer WHERE reportId = ? AND _deleted = 0').all(reportId) as AnswerRow[];
  return new Map(rows.map((r) => [r.questionId, r]));
}

export function reportAndTemplate(store: Store, reportId: string, today = localToday()): { report: ReportItem; template: ReportTemplate } {
  const { obligationId, period } = splitReportId(reportId);
  const report = findReport(store, obligationId, period, today);
  const template = templateFor(obligationId, period);
  if (!template) throw new AppError('not_found', `no report template for ${reportId}`, { entity: 'report', id: reportId });
  return { report, template };
}

/** A national target as a question shows it; its indicator data only where the question asks for it (Section III), to keep drafts light. */
function draftTarget(src: Sources, t: Sources['targets'][number], withValues: boolean): DraftTarget {
  const progress = src.progress.get(t.id) ?? null;
  return {
    nationalTargetId: t.id,
    code: t.code,
    title: t.title,
    progress,
    changed: progress ? src.stampOf('targetProgress', progress.id) : null,
    values: withValues ? src.indicatorsOf(t).flatMap((i) => src.valuesByIndicator.get(i) ?? []) : [],
  };
}

function question(q: TemplateQuestion, src: Sources, answers: Map<string, AnswerRow>): DraftQuestion {
  const a = q.answer;
  const base = { id: q.id, number: q.number, title: q.title, kind: a.kind, options: a.kind === 'option' ? [...a.options] : [], answer: null, targets: [], items: [], values: [] };
  if (a.kind === 'text' || a.kind === 'option') {
    const own = answers.get(q.id);
    const given = own && (own.text || own.option);
    return {
      ...base,
      state: !given ? 'missing' : own.carriedFrom ? 'carried' : 'here',
      answer: own ? { text: own.text, option: own.option, carriedFrom: own.carriedFrom, changed: src.stampOf('reportAnswer', own.id) } : null,
    };
  }
  if (a.kind === 'targetProgress' || a.kind === 'nationalTargets') {
    const targets = src.targets.map((t) => draftTarget(src, t, a.kind === 'targetProgress'));
    const done = a.kind === 'nationalTargets' ? targets.length > 0 : targets.length > 0 && targets.every((t) => t.progress);
    return { ...base, state: done ? 'shared' : 'missing', targets };
  }
  if (a.kind === 'frameworkProgress') {
    const items = a.items.map((itemId) => ({
      itemId,
      targets: (src.carriers.get(itemId) ?? []).map((c) => ({ nationalTargetId: c.id, code: c.code, via: c.via, level: src.progress.get(c.id)?.level ?? null })),
    }));
    const serving = new Set(items.flatMap((i) => i.targets.map((t) => t.nationalTargetId)));
    const targets = src.targets.filter((t) => serving.has(t.id)).map((t) => draftTarget(src, t, false));
    return { ...base, state: targets.some((t) => t.progress) ? 'shared' : 'missing', items, targets };
  }
  const values = a.indicators.flatMap((i) => src.valuesByIndicator.get(i) ?? []);
  return { ...base, state: values.length > 0 ? 'shared' : 'missing', values };
}

/** The nearest earlier report of the same obligation that has answers of its own. */
export function previousReport(store: Store, report: ReportItem): string | null {
  const rule = obligationRules.find((r) => r.id === report.obligationId);
  if (!rule) return null;
  const withAnswers = new Set((stmt(store.db, 'SELECT DISTINCT reportId FROM report_answer WHERE _deleted = 0').all() as { reportId: string }[]).map((r) => r.reportId));
  const earlier = computeDeadlines([rule], meetingRefs(store), '1975-01-01', report.due ?? '2100-12-31')
    .map((d) => reportIdOf(d.obligationId, d.period))
    .filter((id) => id !== report.id && withAnswers.has(id));
  return earlier.at(-1) ?? null;
}

export function getDraft(store: Store, reportId: string, today = localToday()): Draft {
  const { report, template } = reportAndTemplate(store, reportId, today);
  const src = readSources(store);
  const answers = answersOf(store, report.id);
  const sections = template.sections.map((s) => ({ id: s.id, number: s.number, title: s.title, questions: s.questions.map((q) => question(q, src, answers)) }));
  const counts = { shared: 0, here: 0, carried: 0, missing: 0 };
  for (const q of sections.flatMap((s) => s.questions)) counts[q.state]++;
  return { reportId: report.id, templateId: template.id, title: template.title, source: template.source, confidence: template.confidence, sections, counts, previousReportId: answers.size === 0 ? previousReport(store, report) : null };
}
