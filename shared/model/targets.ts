import { z } from 'zod';
import { isFrameworkItemId } from '../reference/frameworks/index.ts';
import { longText, refId, requiredText, shortText, type EntityDef, type FieldDef } from './fields.ts';

// NBSAP national targets and their alignment to the global frameworks' goals and targets.

export const TARGET_STATUSES = ['not_started', 'on_track', 'some_progress', 'no_progress', 'off_track', 'achieved'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const DEGREES = ['high', 'medium', 'low'] as const;
export type Degree = (typeof DEGREES)[number];

const uuidList = () => z.preprocess((v) => (v == null ? [] : v), z.array(z.uuid({ error: 'invalid' })).max(200, { error: 'too_long' }));
const frameworkItemId = () => z.string().refine(isFrameworkItemId, { error: 'framework_item_invalid' });
const progress = () =>
  z.preprocess(
    (v) => (v === '' || v == null ? null : typeof v === 'string' ? Number(v) : v),
    z.number({ error: 'progress_range' }).int({ error: 'progress_range' }).min(0, { error: 'progress_range' }).max(100, { error: 'progress_range' }).nullable(),
  );

export const nationalTargetFields = {
  /** the NBSAP's own code, e.g. "NT3"; unique among the country's live targets */
  code: { schema: requiredText(20), searchable: true },
  title: { schema: requiredText(300), searchable: true },
  description: { schema: longText(), searchable: true },
  leadInstitutionId: { schema: refId(), ref: 'institution' },
  contributingInstitutionIds: { schema: uuidList(), json: true, listRef: 'institution' },
  /** people responsible (focal points) */
  responsiblePersonIds: { schema: uuidList(), json: true, listRef: 'person' },
  status: { schema: z.preprocess((v) => (v === '' ? null : v), z.enum(TARGET_STATUSES, { error: 'invalid' }).nullable()) },
  /** percent, 0–100 */
  progress: { schema: progress() },
  nationalIndicators: { schema: longText() },
  /** GBF headline indicators the national target uses */
  headlineIndicatorIds: { schema: z.preprocess((v) => (v == null ? [] : v), z.array(frameworkItemId()).max(100, { error: 'too_long' })), json: true },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

const targetShape = {
  code: nationalTargetFields.code.schema,
  title: nationalTargetFields.title.schema,
  description: nationalTargetFields.description.schema.optional(),
  leadInstitutionId: nationalTargetFields.leadInstitutionId.schema.optional(),
  contributingInstitutionIds: nationalTargetFields.contributingInstitutionIds.schema.optional(),
  responsiblePersonIds: nationalTargetFields.responsiblePersonIds.schema.optional(),
  status: nationalTargetFields.status.schema.optional(),
  progress: nationalTargetFields.progress.schema.optional(),
  nationalIndicators: nationalTargetFields.nationalIndicators.schema.optional(),
  headlineIndicatorIds: nationalTargetFields.headlineIndicatorIds.schema.optional(),
  notes: nationalTargetFields.notes.schema.optional(),
};
export const nationalTargetInput = z.strictObject(targetShape);
export const nationalTargetPatch = nationalTargetInput.partial();

/** One alignment per national target and framework item: its row id is `${nationalTargetId}__${frameworkItemId}`. */
export const alignmentFields = {
  nationalTargetId: { schema: refId(), ref: 'nationalTarget' },
  frameworkItemId: { schema: frameworkItemId() },
  /** the framework's convention (null for SDGs), for exports scoped by convention */
  convention: { schema: z.string().nullable() },
  degree: { schema: z.enum(DEGREES, { error: 'invalid' }) },
  note: { schema: shortText(2000) },
} satisfies Record<string, FieldDef>;

export const alignmentInput = z.strictObject({
  nationalTargetId: z.uuid(),
  frameworkItemId: frameworkItemId(),
  degree: alignmentFields.degree.schema,
  note: alignmentFields.note.schema.optional(),
});

/** The country's own edits to the reference crosswalk: a relation added, or a reference one removed. */
export const crosswalkEditFields = {
  fromItemId: { schema: frameworkItemId() },
  toItemId: { schema: frameworkItemId() },
  state: { schema: z.enum(['added', 'removed']) },
  note: { schema: shortText(2000) },
} satisfies Record<string, FieldDef>;

export const crosswalkEditInput = z.strictObject({
  fromItemId: frameworkItemId(),
  toItemId: frameworkItemId(),
  state: z.enum(['added', 'removed']),
  note: crosswalkEditFields.note.schema.optional(),
});

export const alignment = z.object({
  id: z.string(),
  nationalTargetId: z.string(),
  frameworkItemId: z.string(),
  convention: z.string().nullable(),
  degree: z.enum(DEGREES),
  note: z.string().nullable(),
});
export type Alignment = z.infer<typeof alignment>;

export const nationalTarget = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  leadInstitutionId: z.string().nullable(),
  leadInstitutionName: z.string().nullable(),
  contributingInstitutionIds: z.array(z.string()),
  responsiblePersonIds: z.array(z.string()),
  status: z.enum(TARGET_STATUSES).nullable(),
  progress: z.number().nullable(),
  nationalIndicators: z.string().nullable(),
  headlineIndicatorIds: z.array(z.string()),
  notes: z.string().nullable(),
  deleted: z.boolean(),
  alignments: z.array(alignment),
});
export type NationalTarget = z.infer<typeof nationalTarget>;

/** National targets (rows) by the items of one framework (columns), with the degree in each cell. */
export const crosswalkMatrix = z.object({
  framework: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ id: z.string(), code: z.string().nullable(), title: z.string().nullable(), cells: z.record(z.string(), z.enum(DEGREES)) })),
});
export type CrosswalkMatrix = z.infer<typeof crosswalkMatrix>;

export const coverage = z.object({
  /** GBF targets with no national target, or only low alignment */
  gbfGaps: z.array(z.object({ itemId: z.string(), best: z.enum(DEGREES).nullable() })),
  /** per convention framework: for each of its goals/targets, the national targets that carry it (directly, or through the crosswalk from a GBF target) */
  byFramework: z.array(
    z.object({
      framework: z.string(),
      convention: z.string().nullable(),
      items: z.array(
        z.object({
          itemId: z.string(),
          targets: z.array(z.object({ id: z.string(), code: z.string().nullable(), degree: z.enum(DEGREES), via: z.string().nullable() })),
        }),
      ),
    }),
  ),
});
export type Coverage = z.infer<typeof coverage>;

/** Everything one national target serves across frameworks: direct alignments and, through the crosswalk, related items. */
export const targetServes = z.object({
  id: z.string(),
  items: z.array(z.object({ itemId: z.string(), framework: z.string(), degree: z.enum(DEGREES), via: z.string().nullable() })),
});
export type TargetServes = z.infer<typeof targetServes>;

/** One relation of the crosswalk as the country sees it: the reference ones (with the country's edits marked) and its own. */
export const crosswalkEntry = z.object({
  from: z.string(),
  to: z.string(),
  /** the reference relation's confidence; null for a relation the country added */
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  basis: z.string().nullable(),
  origin: z.enum(['reference', 'country']),
  /** a reference relation the country removed (hidden from coverage and serves) */
  removed: z.boolean(),
  /** the country's note on its edit */
  note: z.string().nullable(),
});
export type CrosswalkEntry = z.infer<typeof crosswalkEntry>;
export const crosswalkList = z.array(crosswalkEntry);

export const targetsEntities = {
  nationalTarget: { table: 'national_target', fields: nationalTargetFields, labelField: 'code' },
  alignment: { table: 'alignment', fields: alignmentFields, conventionField: 'convention' },
  crosswalkEdit: { table: 'crosswalk_edit', fields: crosswalkEditFields },
} satisfies Record<string, EntityDef>;
