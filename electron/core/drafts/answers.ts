import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { Draft, reportAnswerSave } from '../../../shared/model/drafts.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { answersOf, getDraft, previousReport, reportAndTemplate } from './assemble.ts';

// The answers that belong to one report: written here, or carried over from the last report of the
// same obligation and marked so until the user confirms them.

const answerId = (reportId: string, questionId: string) => `${reportId}__${questionId}`;

export function saveAnswer(store: Store, input: z.output<typeof reportAnswerSave>, today = localToday()): Draft {
  const { report, template } = reportAndTemplate(store, input.reportId, today);
  if (!report.applies) throw fieldError('reportId', 'not_member', 'the country is not Party to this convention, or the report no longer falls due');
  const q = template.sections.flatMap((s) => s.questions).find((x) => x.id === input.questionId);
  if (!q) throw fieldError('questionId', 'question_not_in_report', `${input.questionId} is not a question of ${template.id}`);
  if (q.answer.kind !== 'text' && q.answer.kind !== 'option') throw fieldError('questionId', 'invalid', 'this question is answered from the shared records');
  if (q.answer.kind === 'option' && input.option != null && !q.answer.options.includes(input.option)) throw fieldError('option', 'answer_invalid', 'not one of the options');
  if (q.answer.kind === 'text' && input.option != null) throw fieldError('option', 'invalid', 'a text question takes words');
  store.write(() =>
    writeFields(store, 'reportAnswer', answerId(report.id, q.id), {
      reportId: report.id,
      questionId: q.id,
      convention: report.convention,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.option !== undefined ? { option: input.option } : {}),
      // saving is confirming: the answer is this report's own now
      carriedFrom: null,
    }),
  );
  return getDraft(store, report.id, today);
}

/** A new draft starts from the last report's own answers, each marked as carried over. */
export function startFromPrevious(store: Store, reportId: string, today = localToday()): Draft {
  const { report, template } = reportAndTemplate(store, reportId, today);
  if (!report.applies) throw fieldError('reportId', 'not_member', 'the country is not Party to this convention, or the report no longer falls due');
  const previous = previousReport(store, report);
  if (!previous) throw new AppError('not_found', 'no earlier report with answers', { entity: 'report', id: reportId });
  const mine = answersOf(store, report.id);
  const theirs = answersOf(store, previous);
  const asked = new Set(template.sections.flatMap((s) => s.questions).map((q) => q.id));
  store.write(() => {
    for (const [questionId, a] of theirs) {
      if (!asked.has(questionId) || mine.has(questionId)) continue;
      writeFields(store, 'reportAnswer', answerId(report.id, questionId), { reportId: report.id, questionId, convention: report.convention, text: a.text, option: a.option, carriedFrom: previous });
    }
  });
  return getDraft(store, report.id, today);
}
