// the codes alone: the package's Node entry would load every language's names (about 40 ms at start)
import countries from 'i18n-iso-countries/index.js';
import { AppError } from '../../../shared/errors.ts';
import type { Settings } from '../../../shared/model/settings.ts';
import { getSettings, writeSetting } from '../db/local-settings.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';

// Local, per-store settings (not synced): which country this desk serves, the interface language,
// and who uses the desk.

export function updateSettings(store: Store, patch: Partial<Settings>): Settings {
  if (patch.country != null && !countries.isValid(patch.country)) {
    throw new AppError('invalid_input', `unknown country code ${patch.country}`, {}, [{ path: 'country', code: 'country_invalid' }]);
  }
  if (patch.mePersonId && rowState(store, 'person', patch.mePersonId) !== 'live') {
    throw new AppError('invalid_input', 'no such person', {}, [{ path: 'mePersonId', code: 'ref_missing' }]);
  }
  store.db.transaction(() => {
    if (patch.country != null) writeSetting(store.db, 'country', patch.country);
    if (patch.language) writeSetting(store.db, 'language', patch.language);
    if (patch.deviceLabel) writeSetting(store.db, 'device_label', patch.deviceLabel);
    if (patch.theme) writeSetting(store.db, 'theme', patch.theme);
    if (patch.mePersonId !== undefined) writeSetting(store.db, 'me_person_id', patch.mePersonId ?? '');
  })();
  return getSettings(store);
}
