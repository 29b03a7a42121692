import { loadExcel } from './excel.ts';
import Papa from 'papaparse';

// Tables as files: an XLSX workbook (one sheet per table, header row frozen and filtered, cells as
// values, never formulas) or one table as CSV (UTF-8 with a byte order mark, formulas defused).

export type Cell = string | number;
export interface Table {
  name: string;
  headers: readonly string[];
  rows: Cell[][];
}

export async function xlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Synergy Desk';
  workbook.created = new Date();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, n) => {
      const longest = table.rows.reduce((w, r) => Math.max(w, ...String(r[n]).split('\n').map((l) => l.length)), header.length);
      return { header, width: Math.min(60, Math.max(10, longest + 2)) };
    });
    // cells are written as values (strings stay strings), never as formulas
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A text that a spreadsheet program would run as a formula (=, +, -, @) is kept as text with a leading '. */
const guard = (c: Cell): Cell => (typeof c === 'string' && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c);

export function csv(table: Table): Buffer {
  const text = Papa.unparse({ fields: [...table.headers], data: table.rows.map((r) => r.map(guard)) }, { newline: '\r\n' });
  // the byte order mark tells Excel the file is UTF-8
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

