import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Opening what the desk writes in LibreOffice (Debian's libreoffice-calc-nogui; npm test installs
// it when run as root with apt): a workbook converted headless to one CSV per sheet, and a CSV
// saved by LibreOffice as the workbook a ministry would send.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'];
// CSV, comma, double quote, UTF-8 (76), from line 1 … the last token -1: every sheet to its own file
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function soffice(): string {
  const found = SOFFICE.find((p) => fs.existsSync(p));
  if (!found) throw new Error('LibreOffice is missing. Install it with `apt-get install -y --no-install-recommends libreoffice-calc-nogui` (npm test installs it when run as root with apt).');
  return found;
}

/** Runs a headless conversion of `input` (written as `name`) in its own folder; returns the files made. */
function convert(name: string, input: Buffer | string, args: string[]): Record<string, Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lo-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, input);
    // its own profile folder, so a LibreOffice the user has open is not disturbed
    const r = spawnSync(soffice(), [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args, '--outdir', path.join(dir, 'out'), file], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`LibreOffice could not convert ${name}: ${r.stderr}`);
    return Object.fromEntries(fs.readdirSync(path.join(dir, 'out')).map((f) => [f, fs.readFileSync(path.join(dir, 'out', f))]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every sheet of the workbook as LibreOffice reads it: sheet name → rows of cells. */
export function sheetsWithLibreOffice(data: Buffer): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const [f, bytes] of Object.entries(convert('pack.xlsx', data, ['--convert-to', CSV_FILTER]))) {
    out[f.replace(/^pack-/, '').replace(/\.csv$/, '')] = parseCsv(bytes.toString('utf8'));
  }
  return out;
}

/** A UTF-8, comma-separated text saved by LibreOffice Calc as an XLSX workbook (as a ministry's own file would be). */
export function workbookFromLibreOffice(csv: string): Buffer {
  const made = Object.values(convert('list.csv', csv, ['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx:Calc MS Excel 2007 XML']));
  if (made.length !== 1) throw new Error(`LibreOffice made ${made.length} files from the CSV`);
  return made[0];
}

/** RFC 4180 as LibreOffice writes it: quoted fields may hold commas, quotes (doubled) and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}
