import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../shared/bundle.ts';
import { AppError } from '../../shared/errors.ts';
import { backupDir } from '../../electron/core/db/backup.ts';
import { startBundleCheck } from '../../electron/core/sync/check-thread.ts';
import { readBundle } from '../../electron/core/sync/read-bundle.ts';
import { openDesk, type TestDesk } from '../helpers/desk.ts';

// A bundle read whole is checked on the check thread while the core's thread applies it inside the
// import's transaction; the import commits only once the checks passed. So ops that no check has
// passed yet meet the merge: whatever they make it do, the import must be refused with the error
// the checks name (as when they ran first), and leave the store, its clock, its history and its
// backups as they were.

const backups = (d: TestDesk) => (fs.existsSync(backupDir(d.core.store.dataDir)) ? fs.readdirSync(backupDir(d.core.store.dataDir)).sort() : []);

/** What readBundle itself says of the text (the checks made on the core's thread, as before). */
function readBundleSays(text: string): { code: string; message: string } {
  try {
    readBundle(text);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('readBundle accepted the text');
}

/** The bundle with its ops changed as given, digest and signature kept (the op checks come first). */
function withOps(text: string, change: (ops: unknown[]) => void): string {
  const b = JSON.parse(text) as Bundle & { ops: unknown[] };
  change(b.ops);
  return JSON.stringify(b);
}

async function twoDesks(): Promise<{ a: TestDesk; b: TestDesk; bundle: string }> {
  const a = await openDesk();
  const b = await openDesk();
  for (const n of ['Amina Okafor', 'Joseph Kamau', 'Li Wei']) a.person(n);
  b.person('Olga Ivanova');
  return { a, b, bundle: a.call('sync.export', {}).content };
}

describe('the check thread', () => {
  it('gives the verdict readBundle gives: none for a good bundle, its error for a bad one', async () => {
    const { bundle } = await twoDesks();
    expect(() => startBundleCheck(bundle)!.wait()).not.toThrow();
    const bad = withOps(bundle, (ops) => ((ops[0] as { parents: string[] }).parents = ['9999-12-31T23:59:59.999Z-0000-0000000000000000']));
    const check = startBundleCheck(bad);
    expect(check).not.toBeNull();
    let said: unknown;
    try {
      check!.wait();
    } catch (err) {
      said = err;
    }
    expect(said).toBeInstanceOf(AppError);
    expect({ code: (said as AppError).code, message: (said as AppError).message }).toEqual(readBundleSays(bad));
  });

  it('refuses, as the checks name them, ops that break the merge before the checks have answered', async () => {
    const { b, bundle } = await twoDesks();
    const clockBefore = b.core.store.clock();
    const backupsBefore = backups(b);
    const historyBefore = b.call('sync.history', {});
    const hostile: [string, (ops: unknown[]) => void][] = [
      ['an op that is null', (ops) => (ops[1] = null)],
      ['parents that are not a list', (ops) => ((ops[1] as { parents: unknown }).parents = 'none')],
      ['a name that is an object', (ops) => ((ops.find((o) => (o as { field: string }).field === 'name') as { value: unknown }).value = { toString: 'x' })],
      ['a clock that is a number', (ops) => ((ops[ops.length - 1] as { hlc: unknown }).hlc = 42)],
      ['an op without a value', (ops) => delete (ops[2] as { value?: unknown }).value],
      ['a prototype key', (ops) => (ops[0] = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(ops[0]).slice(1)}`))],
    ];
    for (const [what, change] of hostile) {
      const text = withOps(bundle, change);
      const e = b.refuse('sync.import', { content: text, fileName: 'hostile.sdbundle' });
      expect({ what, code: e.code, message: e.message }).toEqual({ what, ...readBundleSays(text) });
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(b.core.store.clock()).toEqual(clockBefore);
    // a refused import's copy is removed by the helper once it is written
    await expect.poll(() => backups(b), { timeout: 10_000 }).toEqual(backupsBefore);
    expect(b.call('sync.history', {})).toEqual(historyBefore);

    // the thread still serves: the bundle itself imports
    const result = b.call('sync.import', { content: bundle, fileName: 'a.sdbundle' });
    expect(result.opsNew).toBeGreaterThan(0);
    expect(b.call('people.list', {}).items.map((p) => p.name).sort()).toEqual(['Amina Okafor', 'Joseph Kamau', 'Li Wei', 'Olga Ivanova']);
  });

  it('refuses an altered bundle whose ops all pass their own checks, with its digest error', async () => {
    const { b, bundle } = await twoDesks();
    const text = withOps(bundle, (ops) => ((ops.find((o) => (o as { field: string }).field === 'name') as { value: string }).value = 'Someone Else'));
    const e = b.refuse('sync.import', { content: text, fileName: 'altered.sdbundle' });
    expect(e.code).toBe('bundle_bad_digest');
  });
});
