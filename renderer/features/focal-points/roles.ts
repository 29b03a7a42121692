import type { TFunction } from 'i18next';
import { i18nKeyOf } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';

/** A role's title in the interface language, e.g. "Management Authority". */
export function roleTitle(t: TFunction, roleId: string | null): string {
  const role = roleId ? roleType(roleId) : undefined;
  return role ? t(`reference:roles.${role.key}`) : (roleId ?? '');
}

export function instrumentName(t: TFunction, instrumentId: string | null): string {
  return instrumentId ? t(`reference:instruments.${i18nKeyOf(instrumentId)}`) : '';
}

/** Role ids whose translated title or abbreviation contains every word of the query. */
export function matchRoles(t: TFunction, query: string, roles: readonly { id: string; key: string; abbreviation: string | null }[]): string[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return roles.filter((r) => words.every((w) => fold(`${t(`reference:roles.${r.key}`)} ${r.abbreviation ?? ''}`).includes(w))).map((r) => r.id);
}
