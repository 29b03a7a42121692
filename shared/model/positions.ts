import { z } from 'zod';
import { FLAG_KINDS, POSITION_STATES, STANCES } from '../consistency.ts';
import { conventionIds } from '../reference/conventions.ts';
import { CUSTOM_TOPIC, isShippedTopic, TAXON_GROUPS } from '../reference/topics.ts';
import { isoDate, longText, refId, requiredText, shortText, type EntityDef, type FieldDef } from './fields.ts';
import { meetingId } from './reporting.ts';

// The country's positions at convention meetings: agenda items (with documents, topics and the
// taxon concerned) and, per item, a position the working group drafts and agrees; acknowledged
// consistency flags; topics the country adds to the shipped vocabulary.

const conventionSchema = z.enum(conventionIds as [string, ...string[]], { error: 'invalid' });
const topicId = z.string().refine((t) => isShippedTopic(t) || CUSTOM_TOPIC.test(t), { error: 'topic_unknown' });
/** one document a line: its symbol, then its title or file name ("UNEP/CMS/COP15/Doc.24 — Conservation of sharks") */
const documentSchema = z.string().trim().min(1, { error: 'required' }).max(500, { error: 'too_long' });
const listOf = <T extends z.ZodType>(schema: T, max: number) => z.preprocess((v) => (v == null ? [] : v), z.array(schema).max(max, { error: 'too_long' }));

export const agendaItemFields = {
  meetingId: { schema: meetingId },
  convention: { schema: conventionSchema },
  number: { schema: shortText(20), searchable: true },
  title: { schema: requiredText(300), searchable: true },
  documents: { schema: listOf(documentSchema, 30), json: true },
  topicIds: { schema: listOf(topicId, 20), json: true },
  taxonGroup: { schema: z.preprocess((v) => (v === '' ? null : v), z.enum(TAXON_GROUPS, { error: 'invalid' }).nullable()) },
  taxon: { schema: shortText(200), searchable: true },
} satisfies Record<string, FieldDef>;

export const positionFields = {
  agendaItemId: { schema: refId(), ref: 'agendaItem' },
  convention: { schema: conventionSchema },
  stance: { schema: z.enum(STANCES, { error: 'invalid' }) },
  text: { schema: longText(), searchable: true },
  fallback: { schema: longText() },
  redLines: { schema: longText() },
  allies: { schema: shortText(500) },
  opponents: { schema: shortText(500) },
  speakingPoints: { schema: longText() },
  status: { schema: z.enum(POSITION_STATES, { error: 'invalid' }) },
  agreedOn: { schema: isoDate() },
  /** the working-group meeting that agreed it (its name or date, until working-group meetings are recorded) */
  agreedAt: { schema: shortText(200) },
  /** the recorded working-group meeting that agreed it */
  agreedAtMeetingId: { schema: refId(), ref: 'wgMeeting' },
  leadDesignationId: { schema: refId(), ref: 'designation' },
  nationalTargetIds: { schema: listOf(z.uuid({ error: 'invalid' }), 50), json: true, listRef: 'nationalTarget' },
  /** earlier positions this one builds on */
  reliesOnPositionIds: { schema: listOf(z.uuid({ error: 'invalid' }), 50), json: true, listRef: 'position' },
} satisfies Record<string, FieldDef>;

export const flagAckFields = {
  kind: { schema: z.enum(FLAG_KINDS, { error: 'invalid' }) },
  reason: { schema: requiredText(500) },
  on: { schema: isoDate() },
} satisfies Record<string, FieldDef>;

export const customTopicFields = { label: { schema: requiredText(120), searchable: true } } satisfies Record<string, FieldDef>;

export const positionsEntities = {
  agendaItem: { table: 'agenda_item', fields: agendaItemFields, conventionField: 'convention', labelField: 'title' },
  position: { table: 'position', fields: positionFields, conventionField: 'convention', labelField: 'stance' },
  flagAck: { table: 'flag_ack', fields: flagAckFields, labelField: 'reason' },
  customTopic: { table: 'custom_topic', fields: customTopicFields, labelField: 'label' },
} satisfies Record<string, EntityDef>;

export const agendaItemSave = z.strictObject({
  id: z.uuid().optional(),
  meetingId,
  number: agendaItemFields.number.schema.optional(),
  title: agendaItemFields.title.schema,
  documents: agendaItemFields.documents.schema.optional(),
  topicIds: agendaItemFields.topicIds.schema.optional(),
  taxonGroup: agendaItemFields.taxonGroup.schema.optional(),
  taxon: agendaItemFields.taxon.schema.optional(),
});

export const positionSave = z
  .strictObject({
    id: z.uuid().optional(),
    agendaItemId: z.uuid({ error: 'required' }),
    stance: positionFields.stance.schema,
    text: positionFields.text.schema.optional(),
    fallback: positionFields.fallback.schema.optional(),
    redLines: positionFields.redLines.schema.optional(),
    allies: positionFields.allies.schema.optional(),
    opponents: positionFields.opponents.schema.optional(),
    speakingPoints: positionFields.speakingPoints.schema.optional(),
    status: positionFields.status.schema,
    agreedOn: positionFields.agreedOn.schema.optional(),
    agreedAt: positionFields.agreedAt.schema.optional(),
    agreedAtMeetingId: positionFields.agreedAtMeetingId.schema.optional(),
    leadDesignationId: positionFields.leadDesignationId.schema.optional(),
    nationalTargetIds: positionFields.nationalTargetIds.schema.optional(),
    reliesOnPositionIds: positionFields.reliesOnPositionIds.schema.optional(),
  })
  .refine((p) => p.status !== 'agreed' || Boolean(p.agreedOn), { error: 'required', path: ['agreedOn'] })
  .refine((p) => p.status !== 'agreed' || Boolean(p.agreedAt) || Boolean(p.agreedAtMeetingId), { error: 'required', path: ['agreedAt'] })
  .refine((p) => !p.id || !p.reliesOnPositionIds?.includes(p.id), { error: 'invalid', path: ['reliesOnPositionIds'] });

export const agendaItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  convention: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  documents: z.array(z.string()),
  topicIds: z.array(z.string()),
  taxonGroup: z.string().nullable(),
  taxon: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const position = z.object({
  id: z.string(),
  agendaItemId: z.string(),
  convention: z.string(),
  stance: z.enum(STANCES),
  text: z.string().nullable(),
  fallback: z.string().nullable(),
  redLines: z.string().nullable(),
  allies: z.string().nullable(),
  opponents: z.string().nullable(),
  speakingPoints: z.string().nullable(),
  status: z.enum(POSITION_STATES),
  agreedOn: z.string().nullable(),
  agreedAt: z.string().nullable(),
  agreedAtMeetingId: z.string().nullable(),
  /** the working-group meeting that agreed it, by its title (its day is agreedOn) */
  agreedAtLabel: z.string().nullable(),
  leadDesignationId: z.string().nullable(),
  leadName: z.string().nullable(),
  nationalTargetIds: z.array(z.string()),
  reliesOnPositionIds: z.array(z.string()),
});
export type Position = z.infer<typeof position>;

export const flag = z.object({
  id: z.string(),
  kind: z.enum(FLAG_KINDS),
  subject: z.object({ kind: z.enum(['topic', 'taxonGroup', 'taxon']), id: z.string() }).nullable(),
  positionIds: z.array(z.string()),
  agendaItemIds: z.array(z.string()),
  acknowledged: z.object({ reason: z.string(), on: z.string().nullable() }).nullable(),
});
export const flagAckSave = z.strictObject({ flagId: z.string().regex(/^[a-z_]+__[0-9a-f]{32}$/, { error: 'invalid' }), reason: flagAckFields.reason.schema });
export const customTopic = z.object({ id: z.string(), label: z.string() });
