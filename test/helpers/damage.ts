import fs from 'node:fs';
import Database from 'better-sqlite3';
import { storePath } from '../../electron/core/db/open.ts';

/** Garbles the root page of a table in the closed store in dir: the store still opens, quick_check finds it. */
export function damageTable(dir: string, table = 'person'): void {
  const file = storePath(dir);
  const probe = new Database(file, { readonly: true });
  const { rootpage } = probe.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  probe.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, (rootpage - 1) * pageSize + 8, rootpage * pageSize);
  fs.writeFileSync(file, bytes);
}
