import { z } from 'zod';
import { isoDate, longText, refId, requiredIsoDate, shortText, type EntityDef, type FieldDef } from './fields.ts';

// The national body of data that every report draws on, recorded once: progress assessments of
// national targets (what was done, how far it has come) and indicator values by year. Row ids are
// made from what the record is about, so two desks recording the same fact edit one row.

/** The CBD's levels of progress towards a national target (7th national report, Section III). */
export const PROGRESS_LEVELS = ['exceed', 'on_track', 'insufficient', 'no_change', 'moving_away', 'unknown'] as const;
export type ProgressLevel = (typeof PROGRESS_LEVELS)[number];
export const DATA_CONFIDENCE = ['high', 'medium', 'low'] as const;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2050;

const idList = (max: number) => z.preprocess((v) => (v == null ? [] : v), z.array(z.string().max(100)).max(max, { error: 'too_long' }));

export const targetProgressFields = {
  nationalTargetId: { schema: refId(), ref: 'nationalTarget' },
  /** the day the assessment speaks for; a report takes the latest one on or before its date */
  asOf: { schema: isoDate() },
  level: { schema: z.enum(PROGRESS_LEVELS, { error: 'progress_level_invalid' }) },
  actions: { schema: longText(), searchable: true },
  summary: { schema: longText(), searchable: true },
  challenges: { schema: longText() },
  effectiveness: { schema: longText() },
  /** the indicators whose data the assessment relies on */
  indicatorIds: { schema: idList(100), json: true },
  assessedById: { schema: refId(), ref: 'person' },
} satisfies Record<string, FieldDef>;

export const targetProgressInput = z.strictObject({
  nationalTargetId: z.uuid({ error: 'required' }),
  asOf: requiredIsoDate(),
  level: targetProgressFields.level.schema,
  actions: targetProgressFields.actions.schema.optional(),
  summary: targetProgressFields.summary.schema.optional(),
  challenges: targetProgressFields.challenges.schema.optional(),
  effectiveness: targetProgressFields.effectiveness.schema.optional(),
  indicatorIds: targetProgressFields.indicatorIds.schema.optional(),
  assessedById: targetProgressFields.assessedById.schema.optional(),
});

export const targetProgress = z.object({
  id: z.string(),
  nationalTargetId: z.string(),
  asOf: z.string(),
  level: z.enum(PROGRESS_LEVELS),
  actions: z.string().nullable(),
  summary: z.string().nullable(),
  challenges: z.string().nullable(),
  effectiveness: z.string().nullable(),
  indicatorIds: z.array(z.string()),
  assessedById: z.string().nullable(),
  assessedByName: z.string().nullable(),
});
export type TargetProgress = z.infer<typeof targetProgress>;

const year = () =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number({ error: 'year_range' }).int({ error: 'year_range' }).min(YEAR_MIN, { error: 'year_range' }).max(YEAR_MAX, { error: 'year_range' }),
  );
const numberOrNull = () =>
  z.preprocess((v) => (v === '' || v == null ? null : typeof v === 'string' ? Number(v.replace(',', '.')) : v), z.number({ error: 'number_invalid' }).finite({ error: 'number_invalid' }).nullable());

export const indicatorValueFields = {
  /** a GBF monitoring indicator (shared/reference/gbf-monitoring.ts) or a national one ("national:<id>") */
  indicatorId: { schema: z.string({ error: 'required' }).max(100) },
  year: { schema: year() },
  value: { schema: numberOrNull() },
  unit: { schema: shortText(60) },
  /** binary indicators: the question answered, as the form numbers it, and the answer */
  question: { schema: shortText(20) },
  answer: { schema: shortText(40) },
  /** free labels: sex, ecosystem type, region … (empty: the national total) */
  disaggregation: { schema: shortText(200) },
  source: { schema: shortText(500), searchable: true },
  method: { schema: longText() },
  confidence: { schema: z.enum(DATA_CONFIDENCE, { error: 'invalid' }) },
  enteredById: { schema: refId(), ref: 'person' },
} satisfies Record<string, FieldDef>;

export const indicatorValueInput = z.strictObject({
  indicatorId: indicatorValueFields.indicatorId.schema,
  year: indicatorValueFields.year.schema,
  value: indicatorValueFields.value.schema.optional(),
  unit: indicatorValueFields.unit.schema.optional(),
  question: indicatorValueFields.question.schema.optional(),
  answer: indicatorValueFields.answer.schema.optional(),
  disaggregation: indicatorValueFields.disaggregation.schema.optional(),
  source: indicatorValueFields.source.schema.optional(),
  method: indicatorValueFields.method.schema.optional(),
  confidence: indicatorValueFields.confidence.schema.optional(),
  enteredById: indicatorValueFields.enteredById.schema.optional(),
});

export const indicatorValue = z.object({
  id: z.string(),
  indicatorId: z.string(),
  year: z.number().int(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  question: z.string().nullable(),
  answer: z.string().nullable(),
  disaggregation: z.string().nullable(),
  source: z.string().nullable(),
  method: z.string().nullable(),
  confidence: z.enum(DATA_CONFIDENCE).nullable(),
  enteredById: z.string().nullable(),
  enteredByName: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValue>;

export const nationalIndicatorFields = {
  code: { schema: shortText(30), searchable: true },
  title: { schema: shortText(300), searchable: true },
  unit: { schema: shortText(60) },
  nationalTargetId: { schema: refId(), ref: 'nationalTarget' },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const progressEntities = {
  targetProgress: { table: 'target_progress', fields: targetProgressFields, labelField: 'asOf' },
  indicatorValue: { table: 'indicator_value', fields: indicatorValueFields, labelField: 'indicatorId' },
  nationalIndicator: { table: 'national_indicator', fields: nationalIndicatorFields, labelField: 'code' },
} satisfies Record<string, EntityDef>;

export const nationalIndicatorInput = z.strictObject({
  id: z.uuid().optional(),
  code: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'required' }).min(1, { error: 'required' }).max(30, { error: 'too_long' })),
  title: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'required' }).min(1, { error: 'required' }).max(300, { error: 'too_long' })),
  unit: nationalIndicatorFields.unit.schema.optional(),
  nationalTargetId: nationalIndicatorFields.nationalTargetId.schema.optional(),
  notes: nationalIndicatorFields.notes.schema.optional(),
});

export const nationalIndicator = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  unit: z.string().nullable(),
  nationalTargetId: z.string().nullable(),
  notes: z.string().nullable(),
});
export type NationalIndicator = z.infer<typeof nationalIndicator>;

/** "2025-06-30" for a review, so the row id of an assessment reads as what it is about. */
export const progressIdOf = (nationalTargetId: string, asOf: string) => `${nationalTargetId}__${asOf}`;
