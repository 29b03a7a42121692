import { describe, expect, it } from 'vitest';
import { backupKind, backupReason, backupTime, backupsToRemove } from '../../electron/core/db/backup-rotation.ts';

// Which backups go: daily ones keep the newest of each of the last 7 days and of the last 4 weeks;
// manual and safety backups keep 10 each, apart.

const name = (iso: string, reason: string) => `${iso.replace(/[:.]/g, '-')}-${reason}.sqlite`;
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 11, day, hour)).toISOString();

describe('backup rotation', () => {
  it('reads the time and reason from the name', () => {
    const n = name('2026-12-02T08:15:30.123Z', 'before-import');
    expect(backupTime(n)?.toISOString()).toBe('2026-12-02T08:15:30.123Z');
    expect(backupReason(n)).toBe('before-import');
    expect(backupReason(n.replace('.sqlite', '-2.sqlite'))).toBe('before-import');
    expect(backupKind('daily')).toBe('daily');
    expect(backupKind('before-migration-3-to-4')).toBe('safety');
    expect(backupTime('notes.sqlite')).toBeNull();
  });

  it('keeps one daily backup a day for 7 days, then one a week for 4 weeks', () => {
    const now = new Date(Date.UTC(2026, 11, 31, 12)); // Thursday 31 December 2026
    // two a day for the whole month
    const daily = Array.from({ length: 31 }, (_, i) => [name(at(i + 1, 8), 'daily'), name(at(i + 1, 18), 'daily')]).flat();
    const removed = new Set(backupsToRemove(daily, now));
    const kept = daily.filter((n) => !removed.has(n)).map((n) => backupTime(n)!.toISOString().slice(0, 13));
    // the last 7 days (25–31), the newest of each: 18h
    for (let d = 25; d <= 31; d++) expect(kept).toContain(`2026-12-${d}T18`);
    // weeks start on Monday: the week of Mon 21 is covered by the 25th..27th kept; earlier weeks
    // keep their newest day: Sun 20, Sun 13, Sun 6 (inside 28 days: from 4 December)
    expect(kept).toContain('2026-12-20T18');
    expect(kept).toContain('2026-12-13T18');
    expect(kept).toContain('2026-12-06T18');
    expect(kept).toHaveLength(10);
    expect(kept.filter((k) => k.endsWith('T08'))).toEqual([]);
  });

  it('keeps manual and safety backups by count, each kind apart, never pushing daily ones out', () => {
    const now = new Date(Date.UTC(2026, 11, 20, 12));
    const manual = Array.from({ length: 12 }, (_, i) => name(at(1, i), 'manual'));
    const safety = Array.from({ length: 15 }, (_, i) => name(at(19, i), 'before-import'));
    const daily = [name(at(20, 1), 'daily')];
    const removed = backupsToRemove([...manual, ...safety, ...daily], now);
    expect(removed.sort()).toEqual([...manual.slice(0, 2), ...safety.slice(0, 5)].sort());
  });

  it('leaves files that are not backups alone', () => {
    expect(backupsToRemove(['notes.sqlite', 'x-daily.sqlite'], new Date())).toEqual([]);
  });
});
