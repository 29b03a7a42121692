import crypto from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import { DIRECTORY_LIMITS, type DirectoryMapping } from '../../../shared/model/directory.ts';
import { tooManyColumns, tooManyRows } from './errors.ts';
import { findHeaderRow, suggestMapping } from './mapping.ts';
import type { Store } from '../store.ts';
import { asTask } from '../tasks/running.ts';
import { decodeBase64, parseSpreadsheet, type ReadProgress, type SheetRow } from './parse.ts';

// A directory file, read: where its header row is, its columns, its data rows. The last file read
// is kept (by its name and a digest of its content), so that a new mapping, the choices for
// unmatched names and the import that follow its preview do not read a large sheet again.

export interface DirectoryFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  headerRow: number;
  columns: { index: number; header: string; samples: string[] }[];
  rows: SheetRow[];
}

const lastRead = new WeakMap<Store, { key: string; file: DirectoryFile }>();

/** The file, read as a task (a large sheet shows its progress), or as it was read just before. */
export async function readDirectoryFileOnce(store: Store, fileName: string, dataBase64: string): Promise<DirectoryFile> {
  const key = `${fileName}\u0000${crypto.createHash('sha256').update(dataBase64).digest('hex')}`;
  const kept = lastRead.get(store);
  if (kept?.key === key) return kept.file;
  lastRead.delete(store);
  const file = await asTask(store, 'spreadsheetRead', (task) => readDirectoryFile(fileName, dataBase64, (done, total) => task.update(done, total)), fileName);
  lastRead.set(store, { key, file });
  return file;
}

/** After an import the file is done with: its rows need not stay in memory. */
export function forgetDirectoryFile(store: Store): void {
  lastRead.delete(store);
}

export async function readDirectoryFile(fileName: string, dataBase64: string, onProgress?: ReadProgress): Promise<DirectoryFile> {
  const sheet = await parseSpreadsheet(fileName, decodeBase64(dataBase64), onProgress);
  const h = findHeaderRow(sheet.rows);
  if (h === null) throw new AppError('directory_no_columns', 'no row of the file names a column the desk knows (name, e-mail, institution …)');
  const header = sheet.rows[h];
  const rows = sheet.rows.slice(h + 1);
  if (rows.length > DIRECTORY_LIMITS.maxRows) throw tooManyRows();
  const lastFilled = (cells: string[]) => cells.findLastIndex((c) => c !== '') + 1;
  const width = rows.reduce((w, r) => Math.max(w, lastFilled(r.cells)), lastFilled(header.cells));
  if (width > DIRECTORY_LIMITS.maxColumns) throw tooManyColumns();
  const columns = Array.from({ length: width }, (_, index) => {
    const samples: string[] = [];
    for (const r of rows) {
      const v = r.cells[index];
      if (v && !samples.includes(v)) samples.push(v.length > 80 ? `${v.slice(0, 79)}…` : v);
      if (samples.length === 3) break;
    }
    return { index, header: header.cells[index] ?? '', samples };
  });
  return { fileName, format: sheet.format, headerRow: header.line, columns, rows };
}

/** The mapping given (one entry per column; missing entries ignored) or the one suggested by the headers. */
export function mappingFor(file: DirectoryFile, given?: DirectoryMapping): DirectoryMapping {
  const mapping = given ?? suggestMapping(file.columns.map((c) => c.header));
  return file.columns.map((_, i) => mapping[i] ?? null);
}
