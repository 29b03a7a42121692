import countries from 'i18n-iso-countries';
import { AppError } from '../../../shared/errors.ts';
import type { Settings } from '../../../shared/model/settings.ts';
import { getSettings, writeSetting } from '../db/local-settings.ts';
import type { Store } from '../store.ts';

// Local, per-store settings (not synced): which country this desk serves, the interface language.

export function updateSettings(store: Store, patch: Partial<Settings>): Settings {
  if (patch.country != null && !countries.isValid(patch.country)) {
    throw new AppError('invalid_input', `unknown country code ${patch.country}`, {}, [{ path: 'country', code: 'country_invalid' }]);
  }
  store.db.transaction(() => {
    if (patch.country != null) writeSetting(store.db, 'country', patch.country);
    if (patch.language) writeSetting(store.db, 'language', patch.language);
    if (patch.deviceLabel) writeSetting(store.db, 'device_label', patch.deviceLabel);
  })();
  return getSettings(store);
}
