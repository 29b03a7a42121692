import { z } from 'zod';
import { conventionIds } from '../reference/conventions.ts';
import { isoDate, longText, refId, requiredIsoDate, requiredText, shortText, url, type EntityDef, type FieldDef } from './fields.ts';

// Capacity building, as the CMS Capacity-building Strategy asks Parties to track it: the trainings
// and workshops the focal points attended (pre-COP workshops, e-community courses), who went and
// when, and the needs the working group recorded, each met (or not yet) by a training.

export const TRAINING_KINDS = ['pre_cop_workshop', 'e_community_course', 'regional_workshop', 'national_workshop', 'webinar', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_MODES = ['in_person', 'online', 'hybrid'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];
export const NEED_STATES = ['open', 'planned', 'met'] as const;
export type NeedState = (typeof NEED_STATES)[number];

// One convention or none: a scalar is what scoped bundles select rows by (EntityDef.conventionField);
// a joint workshop of several conventions leaves it empty.
const optionalConvention = () => z.preprocess((v) => (v === '' ? null : v), z.enum(conventionIds as [string, ...string[]], { error: 'invalid' }).nullable());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === '' ? null : v), z.enum(values, { error: 'invalid' }).nullable());
const personIds = () => z.preprocess((v) => (v == null ? [] : v), z.array(z.uuid({ error: 'invalid' })).max(200, { error: 'too_long' }));

export const trainingFields = {
  title: { schema: requiredText(300), searchable: true },
  kind: { schema: z.enum(TRAINING_KINDS, { error: 'invalid' }) },
  convention: { schema: optionalConvention() },
  organiser: { schema: shortText(300), searchable: true },
  startDate: { schema: isoDate() },
  endDate: { schema: isoDate() },
  mode: { schema: optionalEnum(TRAINING_MODES) },
  place: { schema: shortText(200), searchable: true },
  attendeeIds: { schema: personIds(), json: true, listRef: 'person' },
  link: { schema: url() },
  notes: { schema: longText(), searchable: true },
} satisfies Record<string, FieldDef>;

export const capacityNeedFields = {
  title: { schema: requiredText(300), searchable: true },
  description: { schema: longText(), searchable: true },
  convention: { schema: optionalConvention() },
  forPersonIds: { schema: personIds(), json: true, listRef: 'person' },
  /** who needs it, in words, when it is not (only) named people: "the CITES scientific authority" */
  forWhom: { schema: shortText(300), searchable: true },
  wgMeetingId: { schema: refId(), ref: 'wgMeeting' },
  priority: { schema: z.enum(NEED_PRIORITIES, { error: 'invalid' }) },
  status: { schema: z.enum(NEED_STATES, { error: 'invalid' }) },
  metByTrainingId: { schema: refId(), ref: 'training' },
} satisfies Record<string, FieldDef>;

export const capacityEntities = {
  training: { table: 'training', fields: trainingFields, conventionField: 'convention', labelField: 'title' },
  capacityNeed: { table: 'capacity_need', fields: capacityNeedFields, conventionField: 'convention', labelField: 'title' },
} satisfies Record<string, EntityDef>;

const optionalId = z.uuid().optional();

export const trainingSave = z
  .strictObject({
    id: optionalId,
    title: trainingFields.title.schema,
    kind: trainingFields.kind.schema,
    convention: trainingFields.convention.schema.optional(),
    organiser: trainingFields.organiser.schema.optional(),
    startDate: requiredIsoDate(),
    endDate: trainingFields.endDate.schema.optional(),
    mode: trainingFields.mode.schema.optional(),
    place: trainingFields.place.schema.optional(),
    attendeeIds: trainingFields.attendeeIds.schema.optional(),
    link: trainingFields.link.schema.optional(),
    notes: trainingFields.notes.schema.optional(),
  })
  .refine((t) => !t.endDate || t.endDate >= t.startDate, { error: 'end_before_start', path: ['endDate'] });

export const capacityNeedSave = z.strictObject({
  id: optionalId,
  title: capacityNeedFields.title.schema,
  description: capacityNeedFields.description.schema.optional(),
  convention: capacityNeedFields.convention.schema.optional(),
  forPersonIds: capacityNeedFields.forPersonIds.schema.optional(),
  forWhom: capacityNeedFields.forWhom.schema.optional(),
  wgMeetingId: capacityNeedFields.wgMeetingId.schema.optional(),
  priority: capacityNeedFields.priority.schema,
  status: capacityNeedFields.status.schema,
  metByTrainingId: capacityNeedFields.metByTrainingId.schema.optional(),
});

const named = z.object({ id: z.string(), name: z.string().nullable() });

export const training = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(TRAINING_KINDS),
  convention: z.string().nullable(),
  organiser: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  mode: z.enum(TRAINING_MODES).nullable(),
  place: z.string().nullable(),
  attendeeIds: z.array(z.string()),
  /** the attendees by name, in the order recorded */
  attendees: z.array(named),
  link: z.string().nullable(),
  notes: z.string().nullable(),
  /** the needs this training met */
  metNeedIds: z.array(z.string()),
});
export type Training = z.infer<typeof training>;

export const capacityNeed = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  convention: z.string().nullable(),
  forPersonIds: z.array(z.string()),
  forPeople: z.array(named),
  forWhom: z.string().nullable(),
  wgMeetingId: z.string().nullable(),
  /** the working-group meeting that recorded it, by title and day (null when it was removed) */
  wgMeetingTitle: z.string().nullable(),
  wgMeetingDate: z.string().nullable(),
  priority: z.enum(NEED_PRIORITIES),
  status: z.enum(NEED_STATES),
  metByTrainingId: z.string().nullable(),
  /** the training that met it, by title (null when it was removed) */
  metByTrainingTitle: z.string().nullable(),
});
export type CapacityNeed = z.infer<typeof capacityNeed>;
