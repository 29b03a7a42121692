import type { TFunction } from 'i18next';
import { conventions, i18nKeyOf } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';

/** A role's title in the interface language, e.g. "Management Authority". */
export function roleTitle(t: TFunction, roleId: string | null): string {
  const role = roleId ? roleType(roleId) : undefined;
  return role ? t(`reference:roles.${role.key}`) : (roleId ?? '');
}

/** A protocol's, agreement's or MOU's name; a convention's abbreviation and name (membership rows are either). */
export function instrumentName(t: TFunction, instrumentId: string | null): string {
  if (!instrumentId) return '';
  const convention = conventions.find((c) => c.id === instrumentId);
  if (convention) return `${convention.abbreviation} — ${t(`reference:conventions.${convention.id}`)}`;
  return t(`reference:instruments.${i18nKeyOf(instrumentId)}`);
}

/** Role ids whose translated title or abbreviation contains every word of the query. */
export function matchRoles(t: TFunction, query: string, roles: readonly { id: string; key: string; abbreviation: string | null }[]): string[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return roles.filter((r) => words.every((w) => fold(`${t(`reference:roles.${r.key}`)} ${r.abbreviation ?? ''}`).includes(w))).map((r) => r.id);
}
