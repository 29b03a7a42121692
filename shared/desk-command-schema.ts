import { z } from 'zod';
import { LANGUAGES, MAX_OPENED_BUNDLE_CHARS, simpleDeskCommands } from './desk-commands.ts';

// The shape of a desk command (desk-commands.ts), checked by the preload before the page sees it.
// Apart from the commands' names so that the renderer's first script does not carry zod.

export const deskCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.enum(simpleDeskCommands) }).strict(),
  z.object({ command: z.literal('language'), language: z.enum(LANGUAGES) }).strict(),
  z
    .object({
      command: z.literal('open-bundle'),
      fileName: z.string().min(1).max(255),
      text: z.string().max(MAX_OPENED_BUNDLE_CHARS),
    })
    .strict(),
  /** a bundle too large to hand over as text: the shell put a copy in the core's uploads, previewed by its id */
  z
    .object({
      command: z.literal('open-upload'),
      fileName: z.string().min(1).max(255),
      uploadId: z.uuid(),
    })
    .strict(),
  /** a file was opened that the shell could not read or that is not a bundle (too large, not .sdbundle/.json) */
  z
    .object({
      command: z.literal('open-refused'),
      fileName: z.string().min(1).max(255),
      reason: z.enum(['not_a_bundle', 'too_large', 'unreadable']),
    })
    .strict(),
]);

export type DeskCommand = z.infer<typeof deskCommandSchema>;
