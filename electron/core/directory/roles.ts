import type { Language } from '../../../shared/i18n-languages.ts';
import { conventions, i18nKeyOf, instruments, type Convention } from '../../../shared/reference/conventions.ts';
import { roleTypes, type RoleType } from '../../../shared/reference/roles.ts';
import { coreText, textsInAllLanguages } from '../i18n/texts.ts';
import { fold } from './mapping.ts';

// A role as a spreadsheet writes it — the desk's id ("cites:role:ma"), an abbreviation ("MA",
// "CBD NFP"), a title ("Management Authority", in any of the six languages), optionally with its
// convention ("MA (CITES)", "CITES Management Authority") — to one of the desk's role types.

export function roleTitle(role: RoleType, language: Language = 'en'): string {
  return coreText(language, 'reference', `roles.${role.key}`);
}

export function conventionOf(id: string): Convention | undefined {
  return conventions.find((c) => c.id === id);
}

/** A convention by id, abbreviation or name (in any of the six languages), case and accents ignored. */
export function findConvention(text: string): Convention | undefined {
  const key = fold(text);
  if (!key) return undefined;
  return conventions.find(
    (c) => fold(c.id) === key || fold(c.abbreviation) === key || textsInAllLanguages('reference', `conventions.${c.id}`).some((name) => fold(name) === key),
  );
}

function names(role: RoleType): string[] {
  // spreadsheets often drop the "NFP"/"FP" of an abbreviation ("STRP" for "STRP NFP")
  const short = role.abbreviation?.replace(/\s+N?FP$/i, '') ?? '';
  const out = [role.id, role.abbreviation ?? '', short, ...textsInAllLanguages('reference', `roles.${role.key}`)].map(fold).filter(Boolean);
  return [...new Set(out)];
}
const ROLE_NAMES = new Map(roleTypes.map((r) => [r.id, names(r)]));

export type RoleMatch = { role: RoleType } | { error: 'role_invalid' | 'role_not_in_convention' };

function lookup(key: string, convention: string | null): RoleType[] {
  return roleTypes.filter((r) => (!convention || r.convention === convention) && ROLE_NAMES.get(r.id)!.includes(key));
}

/** Resolves one role text; `convention` is the convention the row names, if any. */
export function resolveRole(text: string, convention: string | null): RoleMatch {
  let rest = text.trim();
  let conv = convention;
  // "MA (CITES)": the convention in brackets
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/.exec(rest);
  if (bracket) {
    const inner = findConvention(bracket[2]);
    if (inner) {
      if (conv && conv !== inner.id) return { error: 'role_not_in_convention' };
      conv = inner.id;
      rest = bracket[1];
    }
  }
  const key = fold(rest);
  if (!key) return { error: 'role_invalid' };
  let found = lookup(key, conv);
  if (found.length === 0) {
    // "CITES Management Authority": the convention in front
    for (const c of conventions) {
      for (const prefix of [fold(c.abbreviation), fold(c.id)]) {
        if (key.startsWith(`${prefix} `) && (!conv || conv === c.id)) {
          const more = lookup(key.slice(prefix.length + 1), c.id);
          if (more.length) found = more;
        }
      }
    }
  }
  if (found.length === 1) return { role: found[0] };
  if (found.length === 0 && conv && lookup(key, null).length > 0) return { error: 'role_not_in_convention' };
  return { error: 'role_invalid' };
}

/**
 * How an export names a role: its abbreviation, else its title, with the protocol or agreement it
 * is about by name ("CPB NFP (Cartagena Protocol on Biosafety)", "… (African-Eurasian Waterbird
 * Agreement)"), else with its convention ("MA (CITES)"). The import reads all of these back.
 */
export function roleLabel(role: RoleType, language: Language = 'en', instrumentId: string | null = role.instrument): string {
  const label = role.abbreviation ?? roleTitle(role, language);
  if (instrumentId && instruments.some((i) => i.id === instrumentId)) return `${label} (${coreText(language, 'reference', `instruments.${i18nKeyOf(instrumentId)}`)})`;
  const conv = conventionOf(role.convention)?.abbreviation ?? role.convention;
  return fold(label).startsWith(fold(conv)) ? label : `${label} (${conv})`;
}
