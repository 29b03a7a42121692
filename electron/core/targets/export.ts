import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { NationalTarget, TargetStatus } from '../../../shared/model/targets.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import { localToday } from '../focal-points/today.ts';
import type { Store } from '../store.ts';
import { bestDegree, frameworkOf, GBF, gbfTargets } from './items.ts';
import { listTargets } from './read.ts';

// The national targets and their alignments as a spreadsheet (three sheets) or, as CSV, the
// alignments table. Column headers are English for now.

const SHEETS = { targets: 'National targets', alignments: 'Alignments', coverage: 'Coverage' } as const;

const TARGET_COLUMNS = ['Code', 'Title', 'Status', 'Progress (%)', 'Lead institution', 'GBF targets', 'Other aligned items'] as const;
const ALIGNMENT_COLUMNS = ['Target code', 'Framework', 'Item code', 'Degree', 'Note'] as const;
const COVERAGE_COLUMNS = ['GBF target', 'Best degree', 'National targets'] as const;

const STATUS: Record<TargetStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  some_progress: 'Some progress',
  no_progress: 'No progress',
  off_track: 'Off track',
  achieved: 'Achieved',
};

type Cell = string | number;
interface Table {
  name: string;
  headers: readonly string[];
  rows: Cell[][];
}

const code = (itemId: string) => frameworkItem(itemId)?.code ?? itemId;
const abbreviation = (itemId: string) => frameworkOf(itemId)?.abbreviation ?? '';

function targetsTable(targets: NationalTarget[]): Table {
  const rows = targets.map((t) => {
    const gbf = t.alignments.filter((a) => frameworkOf(a.frameworkItemId)?.id === GBF);
    const other = t.alignments.filter((a) => frameworkOf(a.frameworkItemId)?.id !== GBF);
    return [
      t.code ?? '',
      t.title ?? '',
      t.status ? STATUS[t.status] : '',
      t.progress ?? '',
      t.leadInstitutionName ?? '',
      gbf.map((a) => `${code(a.frameworkItemId)} (${a.degree})`).join('; '),
      other.map((a) => `${abbreviation(a.frameworkItemId)} ${code(a.frameworkItemId)} (${a.degree})`).join('; '),
    ];
  });
  return { name: SHEETS.targets, headers: TARGET_COLUMNS, rows };
}

function alignmentsTable(targets: NationalTarget[]): Table {
  const rows = targets.flatMap((t) => t.alignments.map((a) => [t.code ?? '', abbreviation(a.frameworkItemId), code(a.frameworkItemId), a.degree, a.note ?? '']));
  return { name: SHEETS.alignments, headers: ALIGNMENT_COLUMNS, rows };
}

function coverageTable(targets: NationalTarget[]): Table {
  const rows = gbfTargets.map((item) => {
    const aligned = targets.flatMap((t) => t.alignments.filter((a) => a.frameworkItemId === item.id).map((a) => ({ code: t.code ?? '', degree: a.degree })));
    return [item.code, bestDegree(aligned.map((a) => a.degree)) ?? 'none', aligned.map((a) => `${a.code} (${a.degree})`).join('; ')];
  });
  return { name: SHEETS.coverage, headers: COVERAGE_COLUMNS, rows };
}

export interface TargetsFile {
  fileName: string;
  dataBase64: string;
  mime: string;
}

async function xlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
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

function csv(table: Table): Buffer {
  const text = Papa.unparse({ fields: [...table.headers], data: table.rows.map((r) => r.map(guard)) }, { newline: '\r\n' });
  // the byte order mark tells Excel the file is UTF-8
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

export async function exportTargets(store: Store, format: 'xlsx' | 'csv'): Promise<TargetsFile> {
  const targets = listTargets(store);
  const day = localToday();
  if (format === 'csv') {
    return { fileName: `nbsap-alignments-${day}.csv`, dataBase64: csv(alignmentsTable(targets)).toString('base64'), mime: 'text/csv;charset=utf-8' };
  }
  const data = await xlsx([targetsTable(targets), alignmentsTable(targets), coverageTable(targets)]);
  return { fileName: `nbsap-targets-${day}.xlsx`, dataBase64: data.toString('base64'), mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
