import type ExcelJS from 'exceljs';
import { loadExcel } from '../files/excel.ts';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors.ts';
import { DIRECTORY_LIMITS } from '../../../shared/model/directory.ts';
import { notSpreadsheet, tooLarge, tooManyRows } from './errors.ts';
import { checkZip } from './zip-guard.ts';
import { streamXlsxRows, type StreamedSheet } from './xlsx-rows.ts';

// A spreadsheet file (XLSX or CSV, as bytes) to rows of text cells. Dates become YYYY-MM-DD,
// formulas their last computed value, rich text its plain text. Anything that is not a
// spreadsheet, or too big, is refused here with a code of errors:code.*; nothing is written.

export interface SheetRow {
  /** the row's number in the sheet, as a spreadsheet program shows it (1 = first line) */
  line: number;
  cells: string[];
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  /** non-empty rows only, in order */
  rows: SheetRow[];
}

/** rows that may stand above the header row (a title, a date, a blank line) */
export const HEADER_SEARCH_ROWS = 10;
const MAX_ROWS_READ = DIRECTORY_LIMITS.maxRows + HEADER_SEARCH_ROWS + 1;
/** columns read beyond the limit still let the width check say "too many columns" */
const MAX_COLUMNS_READ = DIRECTORY_LIMITS.maxColumns * 2;

export function decodeBase64(data: string): Buffer {
  // 4 characters carry 3 bytes: refuse before decoding anything too big
  if (Math.floor((data.length * 3) / 4) > DIRECTORY_LIMITS.maxBytes + 3) throw tooLarge();
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(data)) throw new AppError('invalid_input', 'dataBase64 is not base64', {}, [{ path: 'dataBase64', code: 'invalid' }]);
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > DIRECTORY_LIMITS.maxBytes) throw tooLarge();
  return bytes;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** How far reading has got, in bytes of the sheet (a workbook read whole reports only its end). */
export type ReadProgress = (done: number, total: number) => void;

export async function parseSpreadsheet(fileName: string, bytes: Uint8Array, onProgress: ReadProgress = () => undefined): Promise<Sheet> {
  if (bytes.length > DIRECTORY_LIMITS.maxBytes) throw tooLarge();
  if (bytes.length === 0) throw notSpreadsheet('empty file');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx', rows: await readXlsx(bytes, onProgress) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new AppError('directory_old_excel', 'old Excel (.xls) files cannot be read; save the sheet as .xlsx or CSV');
  }
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName)) throw notSpreadsheet('not a workbook');
  return { format: 'csv', rows: readCsv(decodeText(bytes)) };
}

// --- CSV ---------------------------------------------------------------------------------------

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (a superset of Latin-1). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (looksBinary(text)) throw notSpreadsheet('binary content');
  if (text.trim() === '') throw notSpreadsheet('empty file');
  return text;
}

/** Text files hold no NUL and hardly any other control character; PDFs, images and random bytes do. */
function looksBinary(text: string): boolean {
  if (text.startsWith('%PDF-')) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f || (c >= 0x80 && c < 0xa0)) controls++;
  }
  return controls > Math.max(2, sample.length * 0.002);
}

/** A cell that a spreadsheet-safe export prefixed with ' (=, +, -, @) gets its text back. */
const unguard = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

function readCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let line = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    step: (result, parser) => {
      line++;
      const cells = result.data.map((c) => unguard(clean(c)));
      if (!cells.some((c) => c !== '')) return;
      rows.push({ line, cells });
      if (rows.length > MAX_ROWS_READ) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) throw tooManyRows();
  return rows;
}

// --- XLSX --------------------------------------------------------------------------------------

async function readXlsx(bytes: Uint8Array, onProgress: ReadProgress): Promise<SheetRow[]> {
  const entries = checkZip(bytes);
  let tooMany = false;
  const streamed = await streamXlsxRows(bytes, entries, onProgress, (n) => !(tooMany = n > MAX_ROWS_READ));
  if (tooMany) throw tooManyRows();
  return streamed ? streamedRows(streamed) : readXlsxWhole(bytes);
}

/** The streamed rows as text, with merged cells as readXlsxWhole reads them (see cellText). */
function streamedRows(sheet: StreamedSheet): SheetRow[] {
  const byLine = new Map<number, string[]>();
  for (const row of sheet.rows) {
    const cells: string[] = [];
    for (const [col, value] of row.values) if (col <= MAX_COLUMNS_READ) cells[col - 1] = valueText(value);
    byLine.set(row.line, cells);
  }
  for (const m of sheet.merges) {
    const master = byLine.get(m.firstRow)?.[m.column - 1] ?? '';
    for (let line = m.firstRow; line <= m.lastRow && line <= MAX_ROWS_READ * 2; line++) {
      let cells = byLine.get(line);
      if (!cells) byLine.set(line, (cells = []));
      if (m.column <= MAX_COLUMNS_READ) cells[m.column - 1] = master;
      for (const c of m.otherColumns) if (c <= MAX_COLUMNS_READ) cells[c - 1] = '';
    }
  }
  const rows: SheetRow[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const cells = Array.from(byLine.get(line)!, (c) => c ?? '');
    if (cells.some((c) => c !== '')) rows.push({ line, cells });
  }
  if (rows.length > MAX_ROWS_READ) throw tooManyRows();
  return rows;
}

/** A workbook the streaming reader does not take (no shared strings, a sheet under another name): read whole. */
async function readXlsxWhole(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw notSpreadsheet(err instanceof Error ? err.message.slice(0, 120) : 'unreadable workbook');
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw notSpreadsheet('no worksheet');
  if (sheet.actualRowCount > MAX_ROWS_READ) throw tooManyRows();
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      if (col > MAX_COLUMNS_READ) return;
      cells[col - 1] = cellText(cell);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c !== '')) rows.push({ line, cells: filled });
  });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '' : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);

/** Spaces trimmed, non-breaking spaces and line breaks inside a cell kept as plain text. */
function clean(s: string): string {
  return s.replace(/\u00a0/g, ' ').trim();
}

function valueText(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) return isoDay(v);
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''; // a formula's error result reads as NaN
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return clean((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
    if ('formula' in o || 'sharedFormula' in o) return valueText(o.result);
    if ('hyperlink' in o) return valueText(o.text ?? o.hyperlink);
    if ('error' in o) return '';
    if ('text' in o) return valueText(o.text);
  }
  return '';
}

function cellText(cell: ExcelJS.Cell): string {
  // a merged cell repeats its master's value: keep it down a column (an institution merged over its
  // people's rows), not across columns (a title or a header spread over several columns)
  if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return '';
  return valueText(cell.value);
}
