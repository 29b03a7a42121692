import { z } from 'zod';
import { conventionIds } from '../reference/conventions.ts';
import { longText, shortText, type EntityDef, type FieldDef } from './fields.ts';
import { indicatorValue, PROGRESS_LEVELS, targetProgress } from './progress.ts';
import { reportId } from './reports.ts';

// A national report draft: the report's template (shared/reference/templates) filled from the
// shared records — progress of national targets, indicator data, alignments — at the moment it is
// read, never a copy that drifts; plus the answers that belong to this report alone.

const questionId = z.string({ error: 'required' }).regex(/^[a-z0-9-]+(:[a-z0-9-]+)*:[A-Za-z0-9.()-]{1,40}$/, { error: 'invalid' });

export const reportAnswerFields = {
  reportId: { schema: reportId },
  questionId: { schema: questionId },
  convention: { schema: z.enum(conventionIds as [string, ...string[]], { error: 'invalid' }) },
  text: { schema: longText(), searchable: true },
  option: { schema: shortText(60) },
  /** the earlier report this answer was carried over from; null once confirmed or written here */
  carriedFrom: { schema: z.preprocess((v) => (v === '' ? null : v), reportId.nullable()) },
} satisfies Record<string, FieldDef>;

export const draftsEntities = {
  reportAnswer: { table: 'report_answer', fields: reportAnswerFields, conventionField: 'convention', labelField: 'questionId' },
} satisfies Record<string, EntityDef>;

export const reportAnswerSave = z.strictObject({
  reportId,
  questionId,
  text: reportAnswerFields.text.schema.optional(),
  option: reportAnswerFields.option.schema.optional(),
});

/** When a shared record was last changed, and where. */
export const changeStamp = z.object({ at: z.string(), here: z.boolean() }).nullable();

export const draftTarget = z.object({
  nationalTargetId: z.string(),
  code: z.string().nullable(),
  title: z.string().nullable(),
  progress: targetProgress.nullable(),
  changed: changeStamp,
  values: z.array(indicatorValue),
});
export type DraftTarget = z.infer<typeof draftTarget>;

export const draftQuestion = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(['text', 'option', 'targetProgress', 'frameworkProgress', 'indicatorData', 'nationalTargets']),
  /** shared: answered from records kept once; here: answered in this report; carried: from the last report, not yet confirmed */
  state: z.enum(['shared', 'here', 'carried', 'missing']),
  options: z.array(z.string()),
  answer: z.object({ text: z.string().nullable(), option: z.string().nullable(), carriedFrom: z.string().nullable(), changed: changeStamp }).nullable(),
  /** targetProgress and nationalTargets: every national target; frameworkProgress: those serving the items */
  targets: z.array(draftTarget),
  /** frameworkProgress: per framework item, the national targets that serve it (directly or through the crosswalk) */
  items: z.array(z.object({ itemId: z.string(), targets: z.array(z.object({ nationalTargetId: z.string(), code: z.string().nullable(), via: z.string().nullable(), level: z.enum(PROGRESS_LEVELS).nullable() })) })),
  /** indicatorData: the values of the indicators asked for */
  values: z.array(indicatorValue),
});
export type DraftQuestion = z.infer<typeof draftQuestion>;

export const draft = z.object({
  reportId: z.string(),
  templateId: z.string(),
  title: z.string(),
  source: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  sections: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), questions: z.array(draftQuestion) })),
  counts: z.object({ shared: z.number(), here: z.number(), carried: z.number(), missing: z.number() }),
  /** the earlier report whose own answers a new draft can start from */
  previousReportId: z.string().nullable(),
});
export type Draft = z.infer<typeof draft>;

/** A record the submitted report drew on that changed after its submission. */
export const draftChange = z.object({
  entity: z.enum(['targetProgress', 'indicatorValue', 'nationalTarget']),
  /** added: the whole record is new since the submission; changed: one field of it */
  kind: z.enum(['added', 'changed']),
  id: z.string(),
  /** what the record is about: a national target's code, an indicator's code and year */
  label: z.string(),
  field: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.string(),
  here: z.boolean(),
});
export type DraftChange = z.infer<typeof draftChange>;

export const reuseMatrix = z.object({
  reports: z.array(z.object({ reportId: z.string(), obligationId: z.string(), period: z.string(), meetingId: z.string().nullable(), status: z.string() })),
  rows: z.array(z.object({ kind: z.enum(['target', 'indicator']), id: z.string(), code: z.string().nullable(), title: z.string().nullable(), usedBy: z.array(z.string()) })),
});
export type ReuseMatrix = z.infer<typeof reuseMatrix>;
