import { z } from 'zod';
import { empty } from './common.ts';
import { read } from './define.ts';

// Long work the core is doing now (a backup, a restore), with how far it has got, so the interface
// can show a determinate progress bar. Announced on the change feed as the local topic 'tasks'.

export const TASK_KINDS = ['backup', 'restore', 'bundlePreview', 'bundleImport', 'bundleExport', 'folderImport', 'spreadsheetExport', 'spreadsheetRead', 'spreadsheetCheck'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const task = z.object({
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  /** how much is done of total (pages, bytes: the unit is the task's) */
  done: z.number(),
  total: z.number(),
  /** what the work is on, when the kind alone does not say (a file of the sync folder) */
  subject: z.string().nullable(),
  startedAt: z.string(),
});

export const tasksChannels = {
  'tasks.list': read(empty, z.array(task), ['tasks']),
};
