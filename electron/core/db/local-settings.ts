import os from 'node:os';
import type Database from 'better-sqlite3';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import { THEMES, type Settings, type Theme } from '../../../shared/model/settings.ts';
import { stmt } from './sql.ts';

// The store's local, unsynced settings table: which country this desk serves, its label, the
// interface language. Read here by every layer (a bundle names its desk); changed by the settings area.

export function readSetting(db: Database.Database, key: string): string | undefined {
  return (stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function writeSetting(db: Database.Database, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function getSettings(store: { db: Database.Database }): Settings {
  const language = readSetting(store.db, 'language');
  const theme = readSetting(store.db, 'theme');
  return {
    country: readSetting(store.db, 'country') ?? null,
    language: isLanguage(language) ? language : 'en',
    deviceLabel: readSetting(store.db, 'device_label') ?? os.hostname(),
    mePersonId: readSetting(store.db, 'me_person_id') || null,
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'system',
  };
}
