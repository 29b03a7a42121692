import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exportBundleToFile } from '../../electron/core/sync/export.ts';
import { ROOT, tempDir } from '../helpers/app-server.ts';
import { rawFloor } from './sync.bench.ts';
import { seededDesk } from './seed.ts';
import { time } from './stats.ts';

// Issue 13: a country's years of history as one bundle. A full export of a store of about a million
// ops (200,000 people), written to a file as a stream, against the raw floor on the same file
// (JSON.parse of the whole text plus prepared inserts into a bare table); then its import into a
// new desk, streamed, in a child process whose peak memory (max RSS) is the figure.

const PEOPLE = 200_000;

function importInChild(file: string): { ms: number; opsNew: number; maxRssMiB: number; rssBeforeMiB: number } {
  const dataDir = tempDir('sd-bench-large-import-');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'test/bench/import-file-child.ts'), dataDir, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`the import child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export async function benchLargeSync(): Promise<Record<string, unknown>> {
  const { dir, store, seedMs } = await seededDesk('sd-bench-large-sync-', PEOPLE);
  const out = tempDir('sd-bench-large-bundle-');
  const file = path.join(out, 'full.sdbundle');
  const exports = [0, 1, 2].map(() => time(() => exportBundleToFile(store, file, {})));
  const exportMs = exports.map(([, ms]) => ms).sort((a, b) => a - b)[1];
  const opsCount = exports[0][0].opsCount;
  store.close();
  const fileMiB = Math.round(fs.statSync(file).size / 2 ** 20);
  const floorMs = rawFloor(fs.readFileSync(file, 'utf8'), out, 0);
  const imported = importInChild(file);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
  const ratio = (x: number) => Math.round((x / floorMs) * 100) / 100;
  return {
    people: PEOPLE,
    ops: opsCount,
    fileMiB,
    seedMs: Math.round(seedMs),
    floorMs: Math.round(floorMs),
    streamedExportMs: Math.round(exportMs),
    exportToFloor: ratio(exportMs),
    streamedImportMs: imported.ms,
    importToFloor: ratio(imported.ms),
    importOpsNew: imported.opsNew,
    importMaxRssMiB: imported.maxRssMiB,
    childRssAtStartMiB: imported.rssBeforeMiB,
    targets: { exportToFloor: 1, importMaxRssMiB: 400 },
  };
}
