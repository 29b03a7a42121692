import { z } from 'zod';
import { LANGUAGES } from '../i18n-languages.ts';

// Directory spreadsheets: import of the lists that secretariats and ministries circulate (XLSX,
// CSV) and export of the desk's people (XLSX, CSV, vCard). The file travels as base64.

export const DIRECTORY_LIMITS = {
  /** largest file accepted, in bytes */
  maxBytes: 10 * 1024 * 1024,
  /** most data rows (the header row not counted) */
  maxRows: 20_000,
  maxColumns: 100,
} as const;

/** Where a column's cells go. firstName and lastName are joined into person.name. */
export const DIRECTORY_TARGETS = [
  'person.name',
  'person.firstName',
  'person.lastName',
  'person.honorific',
  'person.title',
  'person.department',
  'person.address',
  'person.email',
  'person.phone',
  'person.fax',
  'person.languages',
  'person.notes',
  'institution.name',
  'institution.acronym',
  'institution.address',
  'designation.convention',
  'designation.role',
  'designation.startDate',
] as const;
export type DirectoryTarget = (typeof DIRECTORY_TARGETS)[number];
export const directoryTarget = z.enum(DIRECTORY_TARGETS);

/** one entry per column of the file, in order: the target of that column, or null (ignored) */
export const directoryMapping = z.array(directoryTarget.nullable()).max(DIRECTORY_LIMITS.maxColumns);
export type DirectoryMapping = z.infer<typeof directoryMapping>;

// base64 of 10 MB is about 14 million characters; a little more gets through so that the core can
// answer "too large" in its own words.
const fileInput = {
  fileName: z.string().min(1).max(260),
  dataBase64: z.string().max(20_000_000),
};

/**
 * What the user chose for a treaty or role text the desk did not recognise: a convention or
 * instrument id (treaty), a role id with its instrument (role), or null to leave it out. The desk
 * keeps these choices and applies them to the next file too.
 */
export const directoryChoice = z.strictObject({
  kind: z.enum(['role', 'treaty']),
  text: z.string().max(300),
  /** for a role: the treaty it was named with (convention or instrument id), or null */
  scope: z.string().max(64).nullable(),
  to: z.string().max(80).nullable(),
  instrumentId: z.string().max(64).nullable().optional(),
});
export type DirectoryChoice = z.infer<typeof directoryChoice>;
const choices = z.array(directoryChoice).max(500).optional();

export const directoryPreviewInput = z.strictObject({ ...fileInput, mapping: directoryMapping.optional(), choices });

export const directoryImportInput = z.strictObject({
  ...fileInput,
  mapping: directoryMapping,
  /** the rows chosen, by their index (row number in the sheet) */
  rows: z.array(z.number().int().min(1)).max(DIRECTORY_LIMITS.maxRows + 10),
  /** rows matching someone already in the desk (or an earlier chosen row): leave them, or update that person */
  duplicates: z.enum(['skip', 'update']),
  choices,
});

export const directoryColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  /** a few values from the first rows, to help choosing the target */
  samples: z.array(z.string()),
});

export const directoryRowIssue = z.object({ field: z.string(), code: z.string() });

export const directoryDuplicate = z.object({
  /** the person in the desk; null when the match is an earlier row of the same file */
  personId: z.string().nullable(),
  /** the earlier row of the file, when the match is one */
  row: z.number().int().nullable(),
  name: z.string(),
  reason: z.enum(['email', 'name']),
});

export const directoryRow = z.object({
  /** the row's number in the sheet (1 = first line of the file) */
  index: z.number().int(),
  values: z.record(z.string(), z.string()),
  errors: z.array(directoryRowIssue),
  duplicate: directoryDuplicate.nullable(),
  institution: z.object({ existingId: z.string().nullable(), name: z.string() }).nullable(),
  designation: z.object({ roleId: z.string(), convention: z.string() }).nullable(),
  /** every role the row gives its person (one per treaty named) */
  designations: z.array(z.object({ roleId: z.string(), convention: z.string(), instrumentId: z.string().nullable() })),
  /** treaty and role texts of this row the desk did not recognise (see the preview's `unmatched`) */
  unmatched: z.array(z.string()),
});
export type DirectoryRow = z.infer<typeof directoryRow>;

export const directoryPreview = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** the row that holds the column names */
  headerRow: z.number().int(),
  columns: z.array(directoryColumn),
  mapping: directoryMapping,
  rows: z.array(directoryRow),
  /** each unrecognised treaty or role text once, with the rows naming it, for the user to map or leave out */
  unmatched: z.array(
    z.object({ key: z.string(), kind: z.enum(['role', 'treaty']), text: z.string(), scope: z.string().nullable(), rows: z.array(z.number().int()), choice: directoryChoice.nullable() }),
  ),
  totals: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(), duplicates: z.number().int() }),
});
export type DirectoryPreview = z.infer<typeof directoryPreview>;

export const directoryImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  institutionsCreated: z.number().int(),
  designationsCreated: z.number().int(),
});
export type DirectoryImportResult = z.infer<typeof directoryImportResult>;

/** language: of the column names and role titles (the interface's); English when not given */
export const directoryExportInput = z.strictObject({ format: z.enum(['xlsx', 'csv', 'vcard']), language: z.enum(LANGUAGES).optional() });
export const directoryExportFile = z.object({ fileName: z.string(), dataBase64: z.string(), mime: z.string() });
