import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { storePath } from '../../electron/core/db/open.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { exportBundle } from '../../electron/core/sync/export.ts';
import { importBundle, type ImportResult } from '../../electron/core/sync/import.ts';
import { applyOps } from '../../electron/core/sync/oplog.ts';
import { readBundle } from '../../electron/core/sync/read-bundle.ts';
import { tempDir } from '../helpers/app-server.ts';
import { benchAutomerge, benchYjs } from './peers.ts';
import { seedPeople } from './seed.ts';
import { time } from './stats.ts';

// Issue 3: merge of a 100k-op bundle into a store already holding 100k ops, and a full export of
// 100k ops, each against the raw floor (JSON.parse + prepared inserts into a bare table, one transaction).

const PEOPLE = 20_000; // 5 ops each, plus institutions: ~100k ops per store

/** The floor, once, in a fresh bare database: JSON.parse plus prepared inserts in one transaction. */
export function rawFloor(text: string, dir: string, run: number): number {
  const db = new Database(path.join(dir, `floor-${run}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE ops (seq INTEGER PRIMARY KEY, hlc TEXT NOT NULL UNIQUE, entity TEXT, row_id TEXT, field TEXT, value TEXT, parents TEXT)');
  const [, ms] = time(() => {
    const b = JSON.parse(text) as { ops: { hlc: string; entity: string; id: string; field: string; value: unknown; parents: string[] }[] };
    const insert = db.prepare('INSERT INTO ops (hlc, entity, row_id, field, value, parents) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const op of b.ops) insert.run(op.hlc, op.entity, op.id, op.field, JSON.stringify(op.value), JSON.stringify(op.parents));
    })();
  });
  db.close();
  return ms;
}

// One run of anything on a shared 2-core machine can be off by half; the floor, the export, the
// merge and the import are each run RUNS times, interleaved (one of each per round), and their
// medians compared.
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSync(): Promise<Record<string, unknown>> {
  const dirs = [tempDir('sd-bench-src-'), tempDir('sd-bench-dst-'), tempDir('sd-bench-floor-')];
  const source = await openStore(dirs[0]);
  const target = await openStore(dirs[1]);
  seedPeople(source, PEOPLE);
  seedPeople(target, PEOPLE);
  const sourceOps = createDispatcher(source).dispatch('app.info', {});
  const targetOps = createDispatcher(target).dispatch('app.info', {});

  const [exported] = time(() => exportBundle(source, {}));
  const [bundle] = time(() => readBundle(exported.text));
  const samples = { floor: [] as number[], export: [] as number[], validate: [] as number[], merge: [] as number[], import: [] as number[], reimport: [] as number[] };
  let result: ImportResult | null = null;
  // one round first, not counted: the JIT's first pass over each path, and the check thread's start
  // (from the sources through tsx here: a second or so that a built desk does not pay); its figures are kept
  const warmup = { floorMs: Math.round(rawFloor(exported.text, dirs[2], RUNS)), importMs: Math.round((await importRun(target, exported.text)).importMs) };
  for (let run = 0; run < RUNS; run++) {
    samples.floor.push(rawFloor(exported.text, dirs[2], run));
    samples.export.push(time(() => exportBundle(source, {}))[1]);
    samples.validate.push(time(() => readBundle(exported.text))[1]);
    // the merge alone: the validated bundle applied in one transaction, no backup, rolled back
    samples.merge.push(
      time(() => {
        try {
          target.db.transaction(() => {
            applyOps(target.db, bundle.ops, null);
            throw new Error('rollback');
          })();
        } catch {
          /* rolled back on purpose */
        }
      })[1],
    );
    // then the whole import (with its backup) and the same bundle again, into a copy of the target
    // as it was (an import commits), in the same round as the floor it is compared with
    const imported = await importRun(target, exported.text);
    samples.import.push(imported.importMs);
    samples.reimport.push(imported.reimportMs);
    result ??= imported.result;
  }
  const [floorMs, exportMs, validateMs, mergeMs, importMs, reimportMs] = [samples.floor, samples.export, samples.validate, samples.merge, samples.import, samples.reimport].map(median);
  // the machine's speed drifts between rounds: each import against the floor of its own round too
  const pairedImportToFloor = median(samples.import.map((ms, i) => ms / samples.floor[i]));
  // the peers, on the same shape of work (their replica of 100k writes gets 100k remote writes)
  const automerge = benchAutomerge(PEOPLE);
  const yjs = benchYjs(PEOPLE);
  const round = (x: number) => Math.round(x);
  const figures = {
    sourceOps: sourceOps.ok ? sourceOps.data.counts.ops : null,
    targetOpsBefore: targetOps.ok ? targetOps.data.counts.ops : null,
    bundleOps: exported.opsCount,
    bundleMiB: Math.round((exported.text.length / 2 ** 20) * 10) / 10,
    runs: RUNS,
    warmup,
    samplesMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(Math.round)])),
    floorMs: round(floorMs),
    exportMs: round(exportMs),
    validateMs: round(validateMs),
    mergeMs: round(mergeMs),
    importMs: round(importMs),
    reimportMs: round(reimportMs),
    importNewOps: result?.opsNew ?? null,
    exportToFloor: Math.round((exportMs / floorMs) * 100) / 100,
    mergeToFloor: Math.round((mergeMs / floorMs) * 100) / 100,
    validatedMergeToFloor: Math.round(((validateMs + mergeMs) / floorMs) * 100) / 100,
    importToFloor: Math.round((importMs / floorMs) * 100) / 100,
    importToFloorPaired: Math.round(pairedImportToFloor * 100) / 100,
    reimportToFloor: Math.round((reimportMs / floorMs) * 100) / 100,
    // in memory only, for theirs; ours (the merge) is committed to SQLite and keeps every concurrent value
    peers: { oursMergeMs: round(mergeMs), automergeApplyMs: automerge.applyMs, yjsApplyMs: yjs.applyMs, oursToAutomerge: Math.round((mergeMs / automerge.applyMs) * 100) / 100, oursToYjs: Math.round((mergeMs / yjs.applyMs) * 100) / 100 },
    targets: { importToFloor: 2, reimportToFloor: 0.3, exportToFloor: 1 },
  };
  source.close();
  target.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  return figures;
}

/** A whole import of `text`, then the same text again, into a fresh copy of `target` (VACUUM INTO: the same store, node and clock). */
async function importRun(target: Store, text: string): Promise<{ importMs: number; reimportMs: number; result: ImportResult }> {
  const dir = tempDir('sd-bench-copy-');
  target.db.exec(`VACUUM INTO '${storePath(dir).replace(/'/g, "''")}'`);
  const copy = await openStore(dir);
  try {
    const [result, importMs] = time(() => importBundle(copy, text, 'bench.sdbundle'));
    const [again, reimportMs] = time(() => importBundle(copy, text, 'bench-again.sdbundle'));
    if (!again.alreadyImported) throw new Error('the bundle offered again was not recognised');
    return { importMs, reimportMs, result };
  } finally {
    copy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
