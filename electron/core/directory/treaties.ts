import aliases from '../../../shared/reference/directory-aliases.json' with { type: 'json' };
import { i18nKeyOf, instruments } from '../../../shared/reference/conventions.ts';
import { roleType, type RoleType } from '../../../shared/reference/roles.ts';
import { textsInAllLanguages } from '../i18n/texts.ts';
import { fold } from './mapping.ts';
import { findConvention, resolveRole } from './roles.ts';

// Treaties and roles as contact lists write them: "cartagena", "CPB", "Nagoya Protocol", "aewa",
// "cms;aewa"; "National Focal Point" with treaty "cbd", "Competent National Authority" with
// "cartagena". The desk's own ids, abbreviations and names in six languages are tried first, then
// the shipped alias table (shared/reference/directory-aliases.json, with its source).

/** Where a role belongs: a convention, or one of its protocols or agreements. */
export interface Scope {
  /** the instrument's id, else the convention's */
  id: string;
  convention: string;
  instrumentId: string | null;
}

const SCOPES = new Map<string, Scope>();
for (const i of instruments) {
  const scope = { id: i.id, convention: i.convention, instrumentId: i.id };
  for (const name of [i.id, i.abbreviation, ...textsInAllLanguages('reference', `instruments.${i18nKeyOf(i.id)}`)]) if (fold(name)) SCOPES.set(fold(name), scope);
}
for (const [id, names] of Object.entries(aliases.treaties)) {
  const instrument = instruments.find((i) => i.id === id);
  const scope = { id, convention: instrument?.convention ?? id, instrumentId: instrument?.id ?? null };
  for (const name of names) if (!SCOPES.has(fold(name))) SCOPES.set(fold(name), scope);
}

export function findScope(text: string): Scope | null {
  const key = fold(text);
  if (!key) return null;
  const c = findConvention(text);
  return SCOPES.get(key) ?? (c ? { id: c.id, convention: c.id, instrumentId: null } : null);
}

/** "cms;aewa", "CBD, Cartagena", "CITES / CMS": each named treaty once. */
export function splitTreaties(text: string): string[] {
  return [...new Set(text.split(/\s*[;,/|\n]+\s*/).map((s) => s.trim()).filter(Boolean))];
}

const ALIAS_ROLES = aliases.roles.map((r) => ({ in: r.in, role: roleType(r.role)!, names: new Set(r.names.map(fold)) }));

function aliasRole(key: string, scope: Scope): RoleType | null {
  const exact = ALIAS_ROLES.find((a) => a.in === scope.id && a.names.has(key));
  if (exact) return exact.role;
  // "National Focal Point" for any CMS agreement or MOU
  const wildcard = scope.instrumentId ? ALIAS_ROLES.find((a) => a.in === `${scope.convention}:*` && a.names.has(key)) : null;
  return wildcard?.role ?? null;
}

export interface ResolvedRole {
  role: RoleType;
  instrumentId: string | null;
}

/** A role text within a treaty (or none); null when nothing matches. */
export function resolveRoleIn(text: string, scope: Scope | null): ResolvedRole | null {
  let rest = text.trim();
  let where = scope;
  // "NFP (AEWA)", "CPB NFP (Cartagena Protocol on Biosafety)": the treaty in brackets
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/.exec(rest);
  const inner = bracket ? findScope(bracket[2]) : null;
  if (bracket && inner && (!where || where.convention === inner.convention)) {
    where = inner.instrumentId || !where ? inner : where;
    rest = bracket[1];
  }
  const key = fold(rest);
  if (!key) return null;
  const withInstrument = (role: RoleType): ResolvedRole => ({ role, instrumentId: role.instrument ?? (role.id === 'cms:role:instrument-nfp' ? (where?.instrumentId ?? null) : null) });
  if (where) {
    const alias = aliasRole(key, where);
    if (alias) return withInstrument(alias);
  }
  const found = resolveRole(rest, where?.convention ?? null);
  if (!('role' in found)) return null;
  // a role of the convention itself, named where the row speaks of one of its protocols: not that
  if (where?.instrumentId && found.role.instrument !== where.instrumentId && found.role.id !== 'cms:role:instrument-nfp') return null;
  if (found.role.id === 'cms:role:instrument-nfp' && !where?.instrumentId) return null;
  return withInstrument(found.role);
}
