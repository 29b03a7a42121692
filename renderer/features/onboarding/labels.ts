import type { TFunction } from 'i18next';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';

// How the checklist names its items and the roles they belong to, in the interface language.

/** "cites_ma.permits" in words; an item this version does not know stays as its key. */
export function itemText(t: TFunction, key: string): string {
  return t(`onboarding:items.${key}`, { defaultValue: key });
}

export function roleName(t: TFunction, roleId: string | null): string {
  const role = roleId ? roleType(roleId) : undefined;
  return role ? t(`reference:roles.${role.key}`) : (roleId ?? '');
}

/** Where a role's item comes from, in the interface language; the English of the reference data when the words were made from other English. */
export function sourceText(t: TFunction, key: string, english: string): string {
  const id = `onboarding:sources.${key}`;
  if (t(id, { lng: 'en', defaultValue: '' }) !== english) return english;
  return t(id, { defaultValue: english });
}

/** "CITES: Management Authority", "AEWA: …": where the role belongs, and the role. */
export function seatName(t: TFunction, d: { roleId: string | null; convention: string | null; instrumentId: string | null }): string {
  return `${d.convention ? `${scopeAbbreviation(d.convention, d.instrumentId)}: ` : ''}${roleName(t, d.roleId)}`;
}

/** A tick's row id is "<designationId>__<itemKey>". */
export const itemKeyOfTick = (id: string) => id.slice(id.indexOf('__') + 2);
