import { z } from 'zod';
import { conventionIds } from '../reference/conventions.ts';
import { obligationRules } from '../reference/obligations.ts';
import { isoDate, longText, refId, requiredIsoDate, requiredText, shortText, type EntityDef, type FieldDef } from './fields.ts';
import { meetingId } from './reporting.ts';

// The national working group that coordinates the focal points: its members (people, with the
// designations that bring them there), its own meetings (attendees, minutes, decisions taken), the
// decisions the convention meetings adopted (paragraphs addressed to Parties, tagged as the CBD's
// decision tracking does), and the follow-up actions raised by any of these.

export const MEMBER_ROLES = ['chair', 'secretary', 'member', 'observer'] as const;
export const ACTION_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionState = (typeof ACTION_STATES)[number];
/** what raised an action: a working-group meeting, a decision paragraph, a position, an agenda item */
export const ACTION_SOURCES = ['wgMeeting', 'decisionParagraph', 'position', 'agendaItem'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const PARAGRAPH_KINDS = ['action', 'information'] as const;
/** as the CBD's decision tracking tool: active, implemented, elapsed, superseded */
export const PARAGRAPH_STATES = ['active', 'implemented', 'elapsed', 'superseded'] as const;

const conventionSchema = z.enum(conventionIds as [string, ...string[]], { error: 'invalid' });
const uuidList = (max: number) => z.preprocess((v) => (v == null ? [] : v), z.array(z.uuid({ error: 'invalid' })).max(max, { error: 'too_long' }));
const obligationId = z.preprocess(
  (v) => (v === '' ? null : v),
  z
    .string()
    .refine((v) => obligationRules.some((o) => o.id === v), { error: 'invalid' })
    .nullable(),
);

export const wgMemberFields = {
  personId: { schema: refId(), ref: 'person' },
  designationIds: { schema: uuidList(30), json: true, listRef: 'designation' },
  role: { schema: z.enum(MEMBER_ROLES, { error: 'invalid' }) },
  since: { schema: isoDate() },
  until: { schema: isoDate() },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const wgMeetingFields = {
  date: { schema: isoDate() },
  title: { schema: requiredText(200), searchable: true },
  place: { schema: shortText(200) },
  attendeeIds: { schema: uuidList(200), json: true, listRef: 'person' },
  minutes: { schema: longText(), searchable: true },
  decisionsTaken: { schema: longText(), searchable: true },
} satisfies Record<string, FieldDef>;

export const actionFields = {
  title: { schema: requiredText(300), searchable: true },
  ownerPersonId: { schema: refId(), ref: 'person' },
  due: { schema: isoDate() },
  status: { schema: z.enum(ACTION_STATES, { error: 'invalid' }) },
  doneOn: { schema: isoDate() },
  sourceKind: { schema: z.preprocess((v) => (v === '' ? null : v), z.enum(ACTION_SOURCES, { error: 'invalid' }).nullable()) },
  sourceId: { schema: refId() },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const decisionFields = {
  meetingId: { schema: meetingId },
  convention: { schema: conventionSchema },
  number: { schema: requiredText(40), searchable: true },
  title: { schema: requiredText(300), searchable: true },
} satisfies Record<string, FieldDef>;

export const decisionParagraphFields = {
  decisionId: { schema: refId(), ref: 'decision' },
  convention: { schema: conventionSchema },
  number: { schema: shortText(20) },
  text: { schema: requiredText(5000), searchable: true },
  kind: { schema: z.enum(PARAGRAPH_KINDS, { error: 'invalid' }) },
  status: { schema: z.enum(PARAGRAPH_STATES, { error: 'invalid' }) },
  obligationId: { schema: obligationId },
} satisfies Record<string, FieldDef>;

export const workingGroupEntities = {
  wgMember: { table: 'wg_member', fields: wgMemberFields, labelField: 'role' },
  wgMeeting: { table: 'wg_meeting', fields: wgMeetingFields, labelField: 'title' },
  action: { table: 'action', fields: actionFields, labelField: 'title' },
  decision: { table: 'decision', fields: decisionFields, conventionField: 'convention', labelField: 'title' },
  decisionParagraph: { table: 'decision_paragraph', fields: decisionParagraphFields, conventionField: 'convention', labelField: 'text' },
} satisfies Record<string, EntityDef>;

const optionalId = z.uuid().optional();

export const wgMemberSave = z
  .strictObject({
    id: optionalId,
    personId: z.uuid({ error: 'required' }),
    designationIds: wgMemberFields.designationIds.schema.optional(),
    role: wgMemberFields.role.schema,
    since: wgMemberFields.since.schema.optional(),
    until: wgMemberFields.until.schema.optional(),
    notes: wgMemberFields.notes.schema.optional(),
  })
  .refine((m) => !m.since || !m.until || m.until >= m.since, { error: 'end_before_start', path: ['until'] });

export const wgMeetingSave = z.strictObject({
  id: optionalId,
  date: requiredIsoDate(),
  title: wgMeetingFields.title.schema,
  place: wgMeetingFields.place.schema.optional(),
  attendeeIds: wgMeetingFields.attendeeIds.schema.optional(),
  minutes: wgMeetingFields.minutes.schema.optional(),
  decisionsTaken: wgMeetingFields.decisionsTaken.schema.optional(),
});

export const actionSave = z
  .strictObject({
    id: optionalId,
    title: actionFields.title.schema,
    ownerPersonId: z.uuid({ error: 'required' }),
    due: requiredIsoDate(),
    status: actionFields.status.schema,
    doneOn: actionFields.doneOn.schema.optional(),
    sourceKind: actionFields.sourceKind.schema.optional(),
    sourceId: actionFields.sourceId.schema.optional(),
    notes: actionFields.notes.schema.optional(),
  })
  .refine((a) => !a.sourceKind === !a.sourceId, { error: 'required', path: ['sourceId'] });

export const decisionSave = z.strictObject({
  id: optionalId,
  meetingId,
  number: decisionFields.number.schema,
  title: decisionFields.title.schema,
});

export const paragraphSave = z.strictObject({
  id: optionalId,
  decisionId: z.uuid({ error: 'required' }),
  number: decisionParagraphFields.number.schema.optional(),
  text: decisionParagraphFields.text.schema,
  kind: decisionParagraphFields.kind.schema,
  status: decisionParagraphFields.status.schema,
  obligationId: decisionParagraphFields.obligationId.schema.optional(),
});

export const wgMember = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  institutionName: z.string().nullable(),
  designationIds: z.array(z.string()),
  role: z.enum(MEMBER_ROLES),
  since: z.string().nullable(),
  until: z.string().nullable(),
  notes: z.string().nullable(),
});
export type WgMember = z.infer<typeof wgMember>;

export const wgMeeting = z.object({
  id: z.string(),
  date: z.string(),
  title: z.string(),
  place: z.string().nullable(),
  attendeeIds: z.array(z.string()),
  /** the attendees by name, in the order recorded */
  attendees: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  minutes: z.string().nullable(),
  decisionsTaken: z.string().nullable(),
});
export type WgMeeting = z.infer<typeof wgMeeting>;

export const action = z.object({
  id: z.string(),
  title: z.string(),
  ownerPersonId: z.string(),
  ownerName: z.string().nullable(),
  due: z.string(),
  status: z.enum(ACTION_STATES),
  doneOn: z.string().nullable(),
  sourceKind: z.enum(ACTION_SOURCES).nullable(),
  sourceId: z.string().nullable(),
  /** what raised it, in words the renderer can show (a meeting's title, a decision's number) */
  sourceLabel: z.string().nullable(),
  /** the day of the working-group meeting that raised it */
  sourceDate: z.string().nullable(),
  /** the convention meeting it comes from, when it does (for the briefing and the link) */
  meetingId: z.string().nullable(),
  notes: z.string().nullable(),
  overdue: z.boolean(),
});
export type Action = z.infer<typeof action>;

export const decisionParagraph = z.object({
  id: z.string(),
  decisionId: z.string(),
  number: z.string().nullable(),
  text: z.string(),
  kind: z.enum(PARAGRAPH_KINDS),
  status: z.enum(PARAGRAPH_STATES),
  obligationId: z.string().nullable(),
  actionIds: z.array(z.string()),
});
export type DecisionParagraph = z.infer<typeof decisionParagraph>;

export const decision = z.object({
  id: z.string(),
  meetingId: z.string(),
  convention: z.string(),
  number: z.string(),
  title: z.string(),
  paragraphs: z.array(decisionParagraph),
});
export type Decision = z.infer<typeof decision>;
