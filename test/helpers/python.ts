import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Reading what the desk writes with parsers no one here wrote: Debian's Python packages
// (python3-vobject, python3-icalendar; npm test installs them when run as root with apt).

const PYTHONS = ['/usr/bin/python3', 'python3'];

function pythonWith(module: string, apt: string): string {
  const found = PYTHONS.find((py) => spawnSync(py, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
  if (!found) throw new Error(`Python's ${module} is missing. Install it with \`apt-get install -y ${apt}\` (npm test installs it when run as root with apt).`);
  return found;
}

/** Runs `script` with the file's bytes as its first argument; returns what it printed as JSON. */
export function readWithPython<T>(module: string, apt: string, script: string, data: Buffer, fileName: string): T {
  const python = pythonWith(module, apt);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-py-'));
  try {
    const file = path.join(dir, fileName);
    const code = path.join(dir, 'read.py');
    fs.writeFileSync(file, data);
    fs.writeFileSync(code, script);
    const r = spawnSync(python, [code, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${module} could not read ${fileName}: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
