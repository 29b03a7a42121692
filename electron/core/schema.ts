import { baseMigration, type Migration } from './db/migrations/index.ts';
import { areas } from './areas.ts';

// The store's migrations: the base and every area's, in version order, with no gap and no number used twice.

export function collectMigrations(list: readonly { name: string; migrations?: readonly Migration[] }[]): Migration[] {
  const all = [baseMigration, ...list.flatMap((a) => a.migrations ?? [])].sort((a, b) => a.version - b.version);
  all.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1..n without gaps: found ${m.name} at position ${i + 1}`);
  });
  return all;
}

export const migrations: readonly Migration[] = collectMigrations(areas);
export const LATEST_SCHEMA_VERSION = migrations.length;
