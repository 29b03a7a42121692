import { z } from 'zod';
import { conventionIds } from '../reference/conventions.ts';
import { isoDate, longText, refId, requiredText, shortText, type EntityDef, type FieldDef } from './fields.ts';

// A national report the country owes, as the working group tracks it: one row per obligation and
// period, its id "<obligation>__<period>" ("cites:annual-trade__2025") so that two desks tracking the
// same report edit one row. The due date comes from the rule unless overridden with a reason. Parts
// of a report can be delegated to colleagues, each with its own due date.

export const REPORT_STATES = ['not_started', 'drafting', 'internal_review', 'approved', 'submitted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const PART_STATES = ['open', 'done'] as const;

const conventionSchema = z.enum(conventionIds as [string, ...string[]], { error: 'invalid' });
const obligationIdSchema = z.string({ error: 'required' }).regex(/^[a-z0-9-]+(:[a-z0-9-]+){1,2}$/, { error: 'invalid' });
const periodSchema = z.string({ error: 'required' }).regex(/^[a-z0-9:-]{1,40}$/, { error: 'invalid' });
export const reportId = z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+){1,2}__[a-z0-9:-]{1,40}$/, { error: 'invalid' });
/** "cites:annual-trade__2025": a bundle's row ids allow letters, digits and _ : . - only */
export const reportIdOf = (obligationId: string, period: string) => `${obligationId}__${period}`;
export { splitReportId } from './report-ids.ts';

export const reportFields = {
  obligationId: { schema: obligationIdSchema },
  period: { schema: periodSchema },
  /** the obligation's convention, stored so that exports can be scoped by convention */
  convention: { schema: conventionSchema },
  status: { schema: z.enum(REPORT_STATES, { error: 'invalid' }) },
  /** the designation that owns the report; after a handover its successor does */
  ownerDesignationId: { schema: refId(), ref: 'designation' },
  dueOverride: { schema: isoDate() },
  overrideReason: { schema: shortText(500), searchable: true },
  submittedOn: { schema: isoDate() },
  /** the secretariat's reference or acknowledgement */
  submissionRef: { schema: shortText(200), searchable: true },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const reportPartFields = {
  reportId: { schema: reportId },
  convention: { schema: conventionSchema },
  title: { schema: requiredText(200), searchable: true },
  assigneeId: { schema: refId(), ref: 'person' },
  due: { schema: isoDate() },
  status: { schema: z.enum(PART_STATES, { error: 'invalid' }) },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const reportsEntities = {
  report: { table: 'report', fields: reportFields, conventionField: 'convention', labelField: 'obligationId' },
  reportPart: { table: 'report_part', fields: reportPartFields, conventionField: 'convention', labelField: 'title' },
} satisfies Record<string, EntityDef>;

/** What the user changes on a report; a field left out stays as it is. */
export const reportSave = z.strictObject({
  obligationId: obligationIdSchema,
  period: periodSchema,
  status: reportFields.status.schema.optional(),
  ownerDesignationId: reportFields.ownerDesignationId.schema.optional(),
  dueOverride: reportFields.dueOverride.schema.optional(),
  overrideReason: reportFields.overrideReason.schema.optional(),
  submittedOn: reportFields.submittedOn.schema.optional(),
  submissionRef: reportFields.submissionRef.schema.optional(),
  notes: reportFields.notes.schema.optional(),
});

export const reportPartSave = z.strictObject({
  /** absent: a new part */
  id: z.uuid().optional(),
  reportId,
  title: reportPartFields.title.schema,
  assigneeId: reportPartFields.assigneeId.schema.optional(),
  due: reportPartFields.due.schema.optional(),
  status: reportPartFields.status.schema.optional(),
  notes: reportPartFields.notes.schema.optional(),
});

export const reportPart = z.object({
  id: z.string(),
  reportId: z.string(),
  title: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  due: z.string().nullable(),
  status: z.enum(PART_STATES),
  notes: z.string().nullable(),
});
export type ReportPart = z.infer<typeof reportPart>;

export const reportOwner = z.object({
  /** the designation that holds the report now (the recorded one, or its successor after a handover) */
  designationId: z.string().nullable(),
  personName: z.string().nullable(),
  roleId: z.string().nullable(),
  instrumentId: z.string().nullable(),
  /** ownership moved with a handover from the recorded designation */
  handedOver: z.boolean(),
  /** the role has no holder today */
  vacant: z.boolean(),
});
export type ReportOwner = z.infer<typeof reportOwner>;

/** One report the country owes: the rule's deadline with what the working group recorded about it. */
export const reportItem = z.object({
  id: z.string(),
  obligationId: z.string(),
  convention: z.string(),
  instrumentId: z.string().nullable(),
  period: z.string(),
  meetingId: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** the date the rule gives, and its standing */
  ruleDue: z.string().nullable(),
  dueStatus: z.enum(['official', 'estimated', 'unknown']),
  confidence: z.enum(['high', 'medium', 'low']),
  basis: z.string(),
  /** the date that counts: the override, or the rule's */
  due: z.string().nullable(),
  dueOverride: z.string().nullable(),
  overrideReason: z.string().nullable(),
  status: z.enum(REPORT_STATES),
  owner: reportOwner.nullable(),
  submittedOn: z.string().nullable(),
  submissionRef: z.string().nullable(),
  notes: z.string().nullable(),
  /** false: kept with its history, but the country is no longer Party or the obligation no longer falls due */
  applies: z.boolean(),
  /** due before today and not submitted */
  overdue: z.boolean(),
  parts: z.array(reportPart),
});
export type ReportItem = z.infer<typeof reportItem>;
