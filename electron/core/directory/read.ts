import { AppError } from '../../../shared/errors.ts';
import { DIRECTORY_LIMITS, type DirectoryMapping } from '../../../shared/model/directory.ts';
import { tooManyColumns, tooManyRows } from './errors.ts';
import { findHeaderRow, suggestMapping } from './mapping.ts';
import { decodeBase64, parseSpreadsheet, type SheetRow } from './parse.ts';

// A directory file, read: where its header row is, its columns, its data rows.

export interface DirectoryFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  headerRow: number;
  columns: { index: number; header: string; samples: string[] }[];
  rows: SheetRow[];
}

export async function readDirectoryFile(fileName: string, dataBase64: string): Promise<DirectoryFile> {
  const sheet = await parseSpreadsheet(fileName, decodeBase64(dataBase64));
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
