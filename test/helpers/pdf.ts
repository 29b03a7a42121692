import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Reading a printed PDF back with pdftotext (Debian's poppler-utils; npm test installs it when run
// as root with apt), which no one here wrote.

export function pdfText(data: Buffer): string {
  if (!fs.existsSync('/usr/bin/pdftotext')) throw new Error('pdftotext is missing. Install it with `apt-get install -y poppler-utils` (npm test installs it when run as root with apt).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    fs.writeFileSync(file, data);
    const r = spawnSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftotext could not read the PDF: ${r.stderr}`);
    return r.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
