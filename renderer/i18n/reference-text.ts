import type { TFunction } from 'i18next';
import { REFERENCE_TEXT_NAMESPACE, referenceTextKey, type ReferenceTextKind } from '../../shared/reference/reference-texts.ts';

export { crosswalkTextId } from '../../shared/reference/reference-texts.ts';

/**
 * A reference text (a role's or an obligation's basis, a role's note, a crosswalk relation's basis) in the
 * interface language, from locales/<lng>/basis.json. `english` is the text as the reference data has it
 * (the source of truth): it is shown when the key is missing, or when the English the translations were
 * made from is no longer that text (the reference data changed since).
 */
export function referenceText(t: TFunction, kind: ReferenceTextKind, id: string, english: string): string {
  const key = `${REFERENCE_TEXT_NAMESPACE}:${referenceTextKey(kind, id)}`;
  if (t(key, { lng: 'en', defaultValue: '' }) !== english) return english;
  return t(key, { defaultValue: english });
}
