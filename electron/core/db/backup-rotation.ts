// Which backups to remove. Daily backups: the newest of each of the last 7 days, and the newest of
// each of the last 4 weeks (so a mistake noticed three weeks late can still be undone). Backups
// the user made, and those made before a risky operation, are kept by count, each kind apart, so
// a burst of imports never pushes the daily ones out.

const KEEP_BY_COUNT = 10;
const DAYS = 7;
const WEEKS = 4;
const DAY_MS = 86_400_000;

export type BackupKind = 'daily' | 'manual' | 'safety';

export function backupKind(reason: string): BackupKind {
  return reason === 'daily' || reason === 'manual' ? reason : 'safety';
}

/** The time a backup's name says it was made (UTC), or null for a name that is not one. */
export function backupTime(name: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!m) return null;
  const t = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(t) ? null : new Date(t);
}

export function backupReason(name: string): string {
  return /Z-([a-z0-9_-]+?)(-\d+)?\.sqlite$/i.exec(name)?.[1] ?? '';
}

/** Monday of the UTC week, as a day number: two days share it when they are in one week. */
function weekOf(t: Date): number {
  const day = Math.floor(t.getTime() / DAY_MS);
  return day - ((t.getUTCDay() + 6) % 7);
}

export function backupsToRemove(names: readonly string[], now: Date): string[] {
  const newestFirst = [...names].filter((n) => backupTime(n)).sort().reverse();
  const keep = new Set<string>();
  const counts = { manual: 0, safety: 0 };
  const days = new Set<number>();
  const weeks = new Set<number>();
  const today = Math.floor(now.getTime() / DAY_MS);
  for (const name of newestFirst) {
    const kind = backupKind(backupReason(name));
    if (kind !== 'daily') {
      if (counts[kind]++ < KEEP_BY_COUNT) keep.add(name);
      continue;
    }
    const t = backupTime(name)!;
    const day = Math.floor(t.getTime() / DAY_MS);
    const week = weekOf(t);
    if (today - day < DAYS && !days.has(day)) {
      days.add(day);
      weeks.add(week);
      keep.add(name);
    } else if (today - day < WEEKS * 7 && !weeks.has(week)) {
      weeks.add(week);
      keep.add(name);
    }
  }
  return names.filter((n) => backupTime(n) && !keep.has(n));
}
