import type { ErrorPayload } from '../../../shared/errors.ts';
import type { ImportResult, ImportSummary } from '../sync/import.ts';

/** What a worker is asked to do, and what it says back. */
export interface BundleJob {
  mode: 'preview' | 'import';
  dataDir: string;
  file: string;
  fileName: string | null;
  nativeBinding?: string;
}

export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportSummary | ImportResult; topics: string[] }
  | { type: 'error'; error: ErrorPayload };
