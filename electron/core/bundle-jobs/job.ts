import type { ErrorPayload } from '../../../shared/errors.ts';
import type { ScanResult } from '../sync-folder/scan.ts';
import type { ImportResult, ImportSummary } from '../sync/import.ts';
import type { BundleScope } from '../../../shared/bundle.ts';
import type { ExportedBundle } from '../sync/export.ts';

/** What a worker is asked to do, and what it says back. */
export type BundleJob =
  /** hold: after a preview of a file small enough to keep parsed, the worker waits to import it (held.ts) */
  | { mode: 'preview' | 'import'; dataDir: string; file: string; fileName: string | null; nativeBinding?: string; hold?: boolean }
  /** one large file of the sync folder, with the folder's own decisions (own, known, signer) */
  | { mode: 'folderFile'; dataDir: string; dir: string; name: string; nativeBinding?: string }
  /** a bundle made into `file` (the delta's mark is moved by the core after: the worker only reads) */
  | { mode: 'export'; dataDir: string; file: string; peer?: string; scope?: BundleScope; nativeBinding?: string };

export type JobResult = ImportSummary | ImportResult | ScanResult | Omit<ExportedBundle, 'text'>;

export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  /** held: the worker keeps the previewed bundle and waits for a HeldInstruction */
  | { type: 'done'; result: JobResult; topics: string[]; held?: boolean }
  | { type: 'error'; error: ErrorPayload };

/** What the core tells a worker that holds a previewed bundle. */
export type HeldInstruction = { type: 'import'; fileName: string | null } | { type: 'release' };
