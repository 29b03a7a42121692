import enSample from '../../../locales/en/sample.json' with { type: 'json' };
import frSample from '../../../locales/fr/sample.json' with { type: 'json' };
import esSample from '../../../locales/es/sample.json' with { type: 'json' };
import arSample from '../../../locales/ar/sample.json' with { type: 'json' };
import ruSample from '../../../locales/ru/sample.json' with { type: 'json' };
import zhSample from '../../../locales/zh/sample.json' with { type: 'json' };
import enDirectory from '../../../locales/en/directory.json' with { type: 'json' };
import enReference from '../../../locales/en/reference.json' with { type: 'json' };
import enTargets from '../../../locales/en/targets.json' with { type: 'json' };
import frDirectory from '../../../locales/fr/directory.json' with { type: 'json' };
import frReference from '../../../locales/fr/reference.json' with { type: 'json' };
import frTargets from '../../../locales/fr/targets.json' with { type: 'json' };
import esDirectory from '../../../locales/es/directory.json' with { type: 'json' };
import esReference from '../../../locales/es/reference.json' with { type: 'json' };
import esTargets from '../../../locales/es/targets.json' with { type: 'json' };
import arDirectory from '../../../locales/ar/directory.json' with { type: 'json' };
import arReference from '../../../locales/ar/reference.json' with { type: 'json' };
import arTargets from '../../../locales/ar/targets.json' with { type: 'json' };
import ruDirectory from '../../../locales/ru/directory.json' with { type: 'json' };
import ruReference from '../../../locales/ru/reference.json' with { type: 'json' };
import ruTargets from '../../../locales/ru/targets.json' with { type: 'json' };
import zhDirectory from '../../../locales/zh/directory.json' with { type: 'json' };
import zhReference from '../../../locales/zh/reference.json' with { type: 'json' };
import zhTargets from '../../../locales/zh/targets.json' with { type: 'json' };
import enReporting from '../../../locales/en/reporting.json' with { type: 'json' };
import enDrafts from '../../../locales/en/drafts.json' with { type: 'json' };
import frReporting from '../../../locales/fr/reporting.json' with { type: 'json' };
import frDrafts from '../../../locales/fr/drafts.json' with { type: 'json' };
import esReporting from '../../../locales/es/reporting.json' with { type: 'json' };
import esDrafts from '../../../locales/es/drafts.json' with { type: 'json' };
import arReporting from '../../../locales/ar/reporting.json' with { type: 'json' };
import arDrafts from '../../../locales/ar/drafts.json' with { type: 'json' };
import ruReporting from '../../../locales/ru/reporting.json' with { type: 'json' };
import ruDrafts from '../../../locales/ru/drafts.json' with { type: 'json' };
import zhReporting from '../../../locales/zh/reporting.json' with { type: 'json' };
import zhDrafts from '../../../locales/zh/drafts.json' with { type: 'json' };
import enMenu from '../../../locales/en/menu.json' with { type: 'json' };
import frMenu from '../../../locales/fr/menu.json' with { type: 'json' };
import esMenu from '../../../locales/es/menu.json' with { type: 'json' };
import arMenu from '../../../locales/ar/menu.json' with { type: 'json' };
import ruMenu from '../../../locales/ru/menu.json' with { type: 'json' };
import zhMenu from '../../../locales/zh/menu.json' with { type: 'json' };
import enBasis from '../../../locales/en/basis.json' with { type: 'json' };
import frBasis from '../../../locales/fr/basis.json' with { type: 'json' };
import esBasis from '../../../locales/es/basis.json' with { type: 'json' };
import arBasis from '../../../locales/ar/basis.json' with { type: 'json' };
import ruBasis from '../../../locales/ru/basis.json' with { type: 'json' };
import zhBasis from '../../../locales/zh/basis.json' with { type: 'json' };
import { LANGUAGES, type Language } from '../../../shared/i18n-languages.ts';
import { referenceTextKey, type ReferenceTextKind } from '../../../shared/reference/reference-texts.ts';

// The few texts the core writes into files (spreadsheet headers, sheet names, role titles, statuses),
// from the same locale files as the interface, so a workbook is in the language of whoever made it.
// Also the Electron shell's application menu ('menu'), which the page does not draw.

export type CoreNamespace = 'directory' | 'reference' | 'targets' | 'reporting' | 'drafts' | 'menu' | 'basis' | 'sample';

const BUNDLES: Record<Language, Record<CoreNamespace, unknown>> = {
  en: { directory: enDirectory, reference: enReference, targets: enTargets, reporting: enReporting, drafts: enDrafts, menu: enMenu, basis: enBasis, sample: enSample },
  fr: { directory: frDirectory, reference: frReference, targets: frTargets, reporting: frReporting, drafts: frDrafts, menu: frMenu, basis: frBasis, sample: frSample },
  es: { directory: esDirectory, reference: esReference, targets: esTargets, reporting: esReporting, drafts: esDrafts, menu: esMenu, basis: esBasis, sample: esSample },
  ar: { directory: arDirectory, reference: arReference, targets: arTargets, reporting: arReporting, drafts: arDrafts, menu: arMenu, basis: arBasis, sample: arSample },
  ru: { directory: ruDirectory, reference: ruReference, targets: ruTargets, reporting: ruReporting, drafts: ruDrafts, menu: ruMenu, basis: ruBasis, sample: ruSample },
  zh: { directory: zhDirectory, reference: zhReference, targets: zhTargets, reporting: zhReporting, drafts: zhDrafts, menu: zhMenu, basis: zhBasis, sample: zhSample },
};

function at(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** The text under `key` in that language, else in English, else the key itself; {{name}} filled from `vars`. */
export function coreText(language: Language, ns: CoreNamespace, key: string, vars: Record<string, string> = {}): string {
  const text = at(BUNDLES[language][ns], key) ?? at(BUNDLES.en[ns], key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => vars[name] ?? m);
}

/**
 * A reference text (basis, note) in that language (locales/<lng>/basis.json); the English of the reference
 * data when there is none, or when the English the translations were made from is no longer that text.
 */
export function coreReferenceText(language: Language, kind: ReferenceTextKind, id: string, english: string): string {
  const key = referenceTextKey(kind, id);
  if (at(BUNDLES.en.basis, key) !== english) return english;
  return at(BUNDLES[language].basis, key) ?? english;
}

/** The text under `key` in every language that has it (for recognising what any desk wrote). */
export function textsInAllLanguages(ns: CoreNamespace, key: string): string[] {
  return LANGUAGES.map((l) => at(BUNDLES[l][ns], key)).filter((s): s is string => Boolean(s));
}
