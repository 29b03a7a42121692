import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { getSettings, writeSetting } from '../db/local-settings.ts';
import type { Settings } from '../../../shared/model/settings.ts';
import type { Store } from '../store.ts';
import { seedSample, type Call } from './data.ts';

// The sample country lives in a store of its own, <the user's data folder>/sample, which the desk
// opens in place of the user's store while it is explored. Loading it cannot touch the user's data,
// and removing it (deleting that folder, reopening the user's store) leaves their store as it was.
// A visit does not outlast the app: a sample folder left from an earlier run is removed at start.

const SAMPLE_FOLDER = 'sample';
/** the user's own data folder while the sample is open */
const ownDirs = new WeakMap<Store, string>();

export function sampleDir(ownDir: string): string {
  return path.join(ownDir, SAMPLE_FOLDER);
}

export function isSampleActive(store: Store): boolean {
  return ownDirs.has(store);
}

function hasRecords(store: Store): boolean {
  const any = (table: string) => store.db.prepare(`SELECT 1 FROM ${table} WHERE _deleted = 0 LIMIT 1`).get() !== undefined;
  return any('person') || any('national_target') || any('designation');
}

export function sampleStatus(store: Store): { active: boolean; ownDeskHasData: boolean } {
  return { active: isSampleActive(store), ownDeskHasData: isSampleActive(store) ? true : hasRecords(store) };
}

export async function loadSample(store: Store, call: Call): Promise<{ active: boolean; ownDeskHasData: boolean }> {
  if (isSampleActive(store)) throw new AppError('sample_active', 'the sample country is already open');
  const ownDir = store.dataDir;
  const ownDeskHasData = hasRecords(store);
  const preferences = interfacePreferences(store);
  const dir = sampleDir(ownDir);
  await store.reopen(dir, () => fs.rmSync(dir, { recursive: true, force: true }));
  ownDirs.set(store, ownDir);
  try {
    keepPreferences(store, preferences);
    store.write(() => seedSample(call, preferences.language));
  } catch (err) {
    await closeSample(store);
    throw err;
  }
  return { active: true, ownDeskHasData };
}

export async function removeSample(store: Store): Promise<{ active: boolean; ownDeskHasData: boolean }> {
  if (!isSampleActive(store)) throw new AppError('sample_not_active', 'the sample country is not open');
  await closeSample(store);
  return sampleStatus(store);
}

async function closeSample(store: Store): Promise<void> {
  const ownDir = ownDirs.get(store)!;
  const preferences = interfacePreferences(store);
  ownDirs.delete(store);
  await store.reopen(ownDir, () => fs.rmSync(sampleDir(ownDir), { recursive: true, force: true }));
  // a language or theme chosen while exploring stays chosen
  keepPreferences(store, preferences);
}

/** The user's, not the desk's: they go with the user into the sample and back. */
type Preferences = Pick<Settings, 'language' | 'theme'>;

function interfacePreferences(store: Store): Preferences {
  const { language, theme } = getSettings(store);
  return { language, theme };
}

function keepPreferences(store: Store, preferences: Preferences): void {
  writeSetting(store.db, 'language', preferences.language);
  writeSetting(store.db, 'theme', preferences.theme);
}

/** At start, on the user's store: a sample folder left by an earlier run goes. */
export function removeLeftSample(store: Store): void {
  if (!isSampleActive(store)) fs.rmSync(sampleDir(store.dataDir), { recursive: true, force: true });
}
