import { cbdNr7 } from './cbd-nr7.ts';
import { citesImplementationReport, cmsNationalReport, ramsarNationalReport } from './other-conventions.ts';
import type { ReportTemplate, TemplateQuestion } from './types.ts';

export * from './types.ts';
export { CBD_NR7_TARGET_FIELDS, CBD_PROGRESS_LEVELS } from './cbd-nr7.ts';
export { cbdNr7, citesImplementationReport, cmsNationalReport, ramsarNationalReport };

export const reportTemplates: readonly ReportTemplate[] = Object.freeze([cbdNr7, cmsNationalReport, ramsarNationalReport, citesImplementationReport]);

const questionsById = new Map(reportTemplates.flatMap((t) => t.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))));

/** The template for one report: one made for its period, else the obligation's template for every period. */
export function templateFor(obligationId: string, period: string): ReportTemplate | undefined {
  const own = reportTemplates.filter((t) => t.obligationId === obligationId);
  return own.find((t) => t.periods.includes(period)) ?? own.find((t) => t.periods.length === 0);
}

export function templateQuestion(id: string): TemplateQuestion | undefined {
  return questionsById.get(id);
}
