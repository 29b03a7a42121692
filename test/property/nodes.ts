import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle } from '../../shared/bundle.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract.ts';
import type { Op } from '../../shared/model/ops.ts';
import { createDispatcher, type Dispatcher } from '../../electron/core/dispatch.ts';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/schema.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { digestOps } from '../../electron/core/sync/canonical.ts';

// Desks for the property tests: a real store on a real SQLite file in a fresh temp folder,
// driven through dispatch as every door does. Temp folders go to tmpfs when there is one (the
// stores are real SQLite files either way; tmpfs only spares the disk's fsyncs).

const TMP_ROOT = process.env.SD_TEST_TMP ?? (isWritableDir('/dev/shm') ? '/dev/shm' : os.tmpdir());

function isWritableDir(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(TMP_ROOT, prefix));
}

export interface Desk {
  label: string;
  dir: string;
  store: Store;
  dispatcher: Dispatcher;
}

export async function openDesk(label: string, dir = scratchDir('sd-prop-')): Promise<Desk> {
  const store = await openStore(dir);
  return { label, dir, store, dispatcher: createDispatcher(store, { checkOutput: true }) };
}

export function closeDesk(desk: Desk): void {
  desk.store.close();
  fs.rmSync(desk.dir, { recursive: true, force: true });
}

/** Calls a channel and returns its data; any error payload becomes a thrown Error naming its code. */
export function call<C extends Channel>(desk: Desk, channel: C, input: ChannelInput<C>): ChannelOutput<C> {
  const r = desk.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${desk.label} ${channel} failed: ${r.error.code}: ${r.error.message}`);
  return r.data;
}

/** The canonical dump as text, for byte-for-byte comparison. */
export function dumpText(desk: Desk): string {
  return JSON.stringify(call(desk, 'app.dump', {}));
}

/** A hand-made, unsigned bundle around the given ops (with a correct digest). */
export function makeBundle(ops: readonly Op[], extra: Partial<Bundle> = {}): Bundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    bundleId: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    origin: { nodeId: '0123456789abcdef', label: 'test', country: null },
    scope: {},
    ops: [...ops],
    digest: digestOps(ops),
    ...extra,
  };
}
