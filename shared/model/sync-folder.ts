import { z } from 'zod';

// Sync through a shared folder that the ministries' own file-sync engine replicates (OneDrive,
// Nextcloud, Syncthing, a network drive): local state only, never synced itself.

/** What the desk did with one file, or with the folder, as the Exchange history shows it. */
export const FOLDER_OUTCOMES = ['written', 'imported', 'duplicate', 'waiting', 'refused', 'incomplete', 'declined', 'pruned', 'folder_missing', 'folder_not_writable'] as const;
export type FolderOutcome = (typeof FOLDER_OUTCOMES)[number];

export const folderPathInput = z.strictObject({
  /** an absolute folder path; null: stop syncing through a folder */
  path: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(1000, { error: 'too_long' })
    .refine((p) => !p.includes('\u0000'), { error: 'invalid' })
    .nullable(),
});

export const folderDecision = z.strictObject({
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'key_invalid' }),
  accept: z.boolean(),
  /** the name the colleague's desk is known by here (accepting) */
  label: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'too_long' }).optional(),
});

export const folderLogEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  file: z.string().nullable(),
  outcome: z.enum(FOLDER_OUTCOMES),
  /** an error code of locales/<lng>/errors.json, for a refused file or a folder problem */
  code: z.string().nullable(),
  /** for a translated message: its values (limits, versions) */
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  opsNew: z.number().int().nullable(),
  originLabel: z.string().nullable(),
});
export type FolderLogEntry = z.infer<typeof folderLogEntry>;

export const waitingSigner = z.object({
  publicKey: z.string(),
  fingerprint: z.string(),
  originLabel: z.string().nullable(),
  originCountry: z.string().nullable(),
  files: z.number().int(),
});

export const folderStatus = z.object({
  path: z.string().nullable(),
  /** the folder is there and the desk can write to it */
  available: z.boolean(),
  problem: z.enum(['folder_missing', 'folder_not_writable']).nullable(),
  lastRunAt: z.string().nullable(),
  ownFiles: z.number().int(),
  waiting: z.array(waitingSigner),
  log: z.array(folderLogEntry),
});
export type FolderStatus = z.infer<typeof folderStatus>;

export const folderRun = z.object({ written: z.string().nullable(), imported: z.number().int(), waiting: z.number().int(), refused: z.number().int(), status: folderStatus });
