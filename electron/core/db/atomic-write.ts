import fs from 'node:fs';

/** A reader never sees half a file, and after a crash the old file or the whole new one is there. */
export function writeFileAtomically(file: string, content: string | Buffer): void {
  const tmp = `${file}.partial`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
