import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../files/excel.ts';
import { AppError } from '../../../shared/errors.ts';
import { notSpreadsheet } from './errors.ts';
import { entryData, MAX_UNPACKED_BYTES, type ZipEntry } from './zip-guard.ts';

// The first visible sheet of an XLSX file, row by row, with exceljs' streaming reader, so that a
// large sheet shows how far it has got and the core answers other calls meanwhile. The zip's parts
// are handed to the reader in the order it needs them (workbook, styles and shared strings before
// the sheet): Excel and LibreOffice write the sheet first, which would make the reader park it in a
// temporary file and read it at the end. The reader ignores merged cells; they are read from the
// sheet's tail here and applied as a whole-workbook reader applies them.

export interface RawRow {
  line: number;
  /** cell values as exceljs gives them, by column (1-based, as in the sheet) */
  values: Map<number, unknown>;
}

export interface StreamedSheet {
  rows: RawRow[];
  /** single-column merges: the rows below the first that repeat its value */
  merges: { column: number; firstRow: number; lastRow: number; otherColumns: number[] }[];
}

type Progress = (done: number, total: number) => void;

// small enough that a sheet of a few thousand rows moves the bar several times
const CHUNK = 16 * 1024;
const STALL_MS = 10_000;
const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const STRINGS = 'xl/sharedStrings.xml';
// the only sheet names the streaming reader recognises
const SHEET_PATH = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The parts given, in this order, as a stream that yields between chunks (so the core stays responsive). */
function partsStream(bytes: Uint8Array, parts: ZipEntry[], onBytes: (part: ZipEntry, offset: number) => void): Readable {
  const slices = parts.map((p) => ({ part: p, data: bytes.subarray(p.start, p.end) }));
  let index = 0;
  let offset = 0;
  return new Readable({
    read() {
      setImmediate(() => {
        while (index < slices.length && offset >= slices[index].data.length) {
          index++;
          offset = 0;
        }
        if (index >= slices.length) return void this.push(null);
        const { part, data } = slices[index];
        const chunk = data.subarray(offset, offset + CHUNK);
        offset += chunk.length;
        onBytes(part, offset);
        this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
    },
  });
}

function reader(excel: typeof ExcelJS, input: Readable): ExcelJS.stream.xlsx.WorkbookReader {
  return new excel.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
}

interface WorkbookParts {
  model?: { sheets?: { rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/**
 * Runs `work`, refusing the file should the reader stop asking for input (it waits for ever on some
 * damaged parts instead of failing); `touch` marks the reader as alive.
 */
async function unlessStalled<T>(work: (touch: () => void) => Promise<T>): Promise<T> {
  let active = Date.now();
  const running = work(() => (active = Date.now()));
  running.catch(() => undefined); // its failure is seen through the race; after a stall no one waits for it
  let watch: ReturnType<typeof setInterval> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    watch = setInterval(() => Date.now() - active > STALL_MS && reject(new Error('the reader stopped')), 1000);
  });
  try {
    return await Promise.race([running, stalled]);
  } catch (err) {
    throw notSpreadsheet(err instanceof Error ? err.message.slice(0, 120) : 'unreadable workbook');
  } finally {
    clearInterval(watch);
  }
}

/** The part holding the sheet a whole-workbook reader would take: the first visible one, in the workbook's order. */
async function chosenSheetPath(excel: typeof ExcelJS, bytes: Uint8Array, byName: Map<string, ZipEntry>, touch: () => void): Promise<string | null> {
  const r = reader(excel, partsStream(bytes, [byName.get(RELS)!, byName.get(WORKBOOK)!], touch));
  for await (const _ of r) {
    // the workbook and its relations hold no sheet
  }
  const { model, workbookRels } = r as unknown as WorkbookParts;
  const sheets = model?.sheets ?? [];
  const sheet = sheets.find((s) => (s.state ?? 'visible') === 'visible') ?? sheets[0];
  const target = sheet && workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * A part unpacked, or the file refused: each part is unpacked here before the streaming reader sees
 * it, because a damaged part makes that reader wait for ever instead of failing.
 */
function unpacked(bytes: Uint8Array, part: ZipEntry): Buffer {
  try {
    return entryData(bytes, part, (data) => zlib.inflateRawSync(data, { maxOutputLength: MAX_UNPACKED_BYTES }));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notSpreadsheet(`damaged part ${part.name}`);
  }
}

/** Merged ranges, from the sheet's XML after its data (where <mergeCells> stands). */
function mergesOf(xml: Buffer): StreamedSheet['merges'] {
  const end = xml.lastIndexOf('</sheetData>');
  const tail = xml.subarray(end < 0 ? 0 : end).toString('utf8');
  const merges: StreamedSheet['merges'] = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"/g)) {
    const [c1, r1, c2, r2] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3]), Number(m[4])];
    const others: number[] = [];
    for (let c = Math.min(c1, c2) + 1; c <= Math.max(c1, c2); c++) others.push(c);
    merges.push({ column: Math.min(c1, c2), firstRow: Math.min(r1, r2), lastRow: Math.max(r1, r2), otherColumns: others });
  }
  return merges;
}

/**
 * The sheet's rows, reporting progress over the sheet's packed bytes; null when this file is laid
 * out in a way the streaming reader does not take (the caller reads it whole then).
 * `keep(rowsSoFar)` says after each row whether to go on (false: stop, as with too many rows).
 */
export async function streamXlsxRows(bytes: Uint8Array, entries: ZipEntry[], onProgress: Progress, keep: (rowsSoFar: number) => boolean): Promise<StreamedSheet | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has(RELS) || !byName.has(STRINGS)) return null;
  const [rels, workbook, strings] = [byName.get(RELS)!, byName.get(WORKBOOK)!, byName.get(STRINGS)!];
  const styles = byName.get(STYLES);
  for (const part of [rels, workbook, strings, ...(styles ? [styles] : [])]) unpacked(bytes, part);
  const excel = await loadExcel();
  const path = await unlessStalled((touch) => chosenSheetPath(excel, bytes, byName, touch));
  const sheet = path ? byName.get(path) : undefined;
  if (!sheet || !SHEET_PATH.test(sheet.name)) return null;
  const merges = mergesOf(unpacked(bytes, sheet));
  const total = sheet.end - sheet.start;
  const rows: RawRow[] = [];
  await unlessStalled(async (touch) => {
    const input = partsStream(bytes, [rels, workbook, ...(styles ? [styles] : []), strings, sheet], (part, offset) => {
      touch();
      if (part === sheet) onProgress(offset, total);
    });
    try {
      read: for await (const worksheet of reader(excel, input)) {
        for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
          touch();
          const values = new Map<number, unknown>();
          row.eachCell((cell, col) => values.set(col, cell.value));
          if (values.size > 0) rows.push({ line: row.number, values });
          if (!keep(rows.length)) break read;
        }
      }
    } finally {
      input.destroy();
    }
  });
  onProgress(total, total);
  return { rows, merges };
}
