import os from 'node:os';
import countries from 'i18n-iso-countries';
import { AppError } from '../../../shared/errors.ts';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import type { Settings } from '../../../shared/model/settings.ts';
import type { Store } from '../store.ts';
import { stmt } from '../sync/sql.ts';

// Local, per-store settings (not synced): which country this desk serves, the interface language.

function read(store: Store, key: string): string | undefined {
  return (stmt(store.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function write(store: Store, key: string, value: string): void {
  stmt(store.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function getSettings(store: Store): Settings {
  const language = read(store, 'language');
  return {
    country: read(store, 'country') ?? null,
    language: isLanguage(language) ? language : 'en',
    deviceLabel: read(store, 'device_label') ?? os.hostname(),
  };
}

export function updateSettings(store: Store, patch: Partial<Settings>): Settings {
  if (patch.country != null && !countries.isValid(patch.country)) {
    throw new AppError('invalid_input', `unknown country code ${patch.country}`, {}, [{ path: 'country', code: 'country_invalid' }]);
  }
  store.db.transaction(() => {
    if (patch.country != null) write(store, 'country', patch.country);
    if (patch.language) write(store, 'language', patch.language);
    if (patch.deviceLabel) write(store, 'device_label', patch.deviceLabel);
  })();
  return getSettings(store);
}
