import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Opening what the desk writes in LibreOffice (Debian's libreoffice-calc-nogui; npm test installs
// it when run as root with apt): a workbook converted headless to one CSV per sheet.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'];
// CSV, comma, double quote, UTF-8 (76), from line 1 … the last token -1: every sheet to its own file
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Every sheet of the workbook as LibreOffice reads it: sheet name → rows of cells. */
export function sheetsWithLibreOffice(data: Buffer): Record<string, string[][]> {
  const soffice = SOFFICE.find((p) => fs.existsSync(p));
  if (!soffice) throw new Error('LibreOffice is missing. Install it with `apt-get install -y --no-install-recommends libreoffice-calc-nogui` (npm test installs it when run as root with apt).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lo-'));
  try {
    const file = path.join(dir, 'pack.xlsx');
    fs.writeFileSync(file, data);
    // its own profile folder, so a LibreOffice the user has open is not disturbed
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', CSV_FILTER, '--outdir', path.join(dir, 'out'), file], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`LibreOffice could not open the workbook: ${r.stderr}`);
    const out: Record<string, string[][]> = {};
    for (const f of fs.readdirSync(path.join(dir, 'out'))) {
      const sheet = f.replace(/^pack-/, '').replace(/\.csv$/, '');
      out[sheet] = parseCsv(fs.readFileSync(path.join(dir, 'out', f), 'utf8'));
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
