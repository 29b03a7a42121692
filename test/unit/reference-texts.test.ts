import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { coreReferenceText } from '../../electron/core/i18n/texts.ts';
import { referenceText } from '../../renderer/i18n/reference-text.ts';
import { LANGUAGES, NAMESPACES } from '../../shared/i18n-languages.ts';
import { crosswalk } from '../../shared/reference/frameworks/crosswalk.ts';
import { obligationRules } from '../../shared/reference/obligations.ts';
import { crosswalkTextId, englishReferenceTexts, REFERENCE_TEXT_NAMESPACE, referenceTextKey, referenceTexts } from '../../shared/reference/reference-texts.ts';
import { roleTypes } from '../../shared/reference/roles.ts';

// The reference data's English free texts (roles' and obligations' basis, roles' notes, the crosswalk's
// basis) and their translations in locales/<lng>/basis.json: the English file is the reference data, key
// for key; every language has every text; citations keep their numbers.

const ROOT = path.resolve(import.meta.dirname, '../..');
const REGENERATE = 'run `node bin/run-ts.mjs scripts/write-basis-locale.ts`, then translate the new or changed texts in the five other basis.json files';
const load = (lng: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lng, `${REFERENCE_TEXT_NAMESPACE}.json`), 'utf8')) as Record<string, unknown>;

function at(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

// article, paragraph and decision numbers, and roman numerals ("VIII/10", "Res. Conf. 11.17", "XII.5")
const citationTokens = (text: string) => [...text.matchAll(/[0-9]+|(?<![A-Za-z])[IVXLCDM]+(?![A-Za-z])/g)].map((m) => m[0]).sort();

describe('reference texts', () => {
  const texts = referenceTexts();

  it('cover every basis and note of the reference data, each under its own key', () => {
    expect(texts.filter((x) => x.kind === 'role')).toHaveLength(roleTypes.length);
    expect(texts.filter((x) => x.kind === 'roleNote')).toHaveLength(roleTypes.filter((r) => r.note).length);
    expect(texts.filter((x) => x.kind === 'obligation')).toHaveLength(obligationRules.length);
    expect(texts.filter((x) => x.kind === 'crosswalk')).toHaveLength(crosswalk.relations.length);
    expect(new Set(texts.map((x) => x.key)).size).toBe(texts.length);
    // keys i18next can read: no namespace separator, no empty part
    for (const { key } of texts) expect(key).toMatch(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/);
  });

  it('the English locale file is the reference data, text for text', () => {
    const en = load('en');
    const missing = texts.filter((x) => at(en, x.key) === undefined).map((x) => x.key);
    expect(missing, `reference texts without a key in locales/en/basis.json: ${REGENERATE}`).toEqual([]);
    const differing = texts.filter((x) => at(en, x.key) !== undefined && at(en, x.key) !== x.english).map((x) => `${x.key}: ${JSON.stringify(at(en, x.key))} ≠ ${JSON.stringify(x.english)}`);
    expect(differing, `locales/en/basis.json differs from the reference data: ${REGENERATE}`).toEqual([]);
    expect(en, `locales/en/basis.json holds keys the reference data no longer has: ${REGENERATE}`).toEqual(englishReferenceTexts());
  });

  it('every language has every text, with the citations’ numbers and roman numerals as in English', () => {
    for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
      const file = load(lng);
      expect(texts.filter((x) => typeof at(file, x.key) !== 'string').map((x) => x.key), `${lng}/basis.json lacks`).toEqual([]);
      const changed = texts.filter((x) => citationTokens(String(at(file, x.key))).join(' ') !== citationTokens(x.english).join(' ')).map((x) => `${x.key}: ${at(file, x.key)}`);
      expect(changed, `${lng}/basis.json changes a citation`).toEqual([]);
    }
  });

  it('the namespace is loaded with the others', () => {
    expect(NAMESPACES).toContain(REFERENCE_TEXT_NAMESPACE);
  });

  it('keys: roles by key, obligations and crosswalk relations by id', () => {
    expect(referenceTextKey('role', 'cites_ma')).toBe('roles.cites_ma');
    expect(referenceTextKey('roleNote', 'cbd_nfp')).toBe('roleNotes.cbd_nfp');
    expect(referenceTextKey('obligation', 'cbd:cartagena:national-report')).toBe('obligations.cbd_cartagena_national_report');
    expect(referenceTextKey('crosswalk', crosswalkTextId('gbf:T3', 'sdg:14.5'))).toBe('crosswalk.gbf_T3.sdg_14_5');
  });
});

describe('referenceText (renderer) and coreReferenceText (files the core writes)', () => {
  const english = obligationRules.find((o) => o.id === 'cms:national-report')!.basis;

  it('give the translation, and the English source where there is none or where it changed since', async () => {
    const resources = Object.fromEntries(LANGUAGES.map((l) => [l, { [REFERENCE_TEXT_NAMESPACE]: load(l) }]));
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'fr', fallbackLng: 'en', ns: [REFERENCE_TEXT_NAMESPACE], interpolation: { escapeValue: false } });
    const t = i18n.t;
    expect(english).toBe('Resolution 12.5');
    expect(referenceText(t, 'obligation', 'cms:national-report', english)).toBe('Résolution 12.5');
    expect(referenceText(t, 'obligation', 'cbd:not-an-obligation', 'some basis')).toBe('some basis');
    expect(referenceText(t, 'obligation', 'cms:national-report', 'Resolution 14.5')).toBe('Resolution 14.5');
    await i18n.changeLanguage('zh');
    expect(referenceText(i18n.t, 'obligation', 'cms:national-report', english)).toBe('第 12.5 号决议');
    await i18n.changeLanguage('en');
    expect(referenceText(i18n.t, 'obligation', 'cms:national-report', english)).toBe(english);

    expect(coreReferenceText('ru', 'obligation', 'cms:national-report', english)).toBe('Резолюция 12.5');
    expect(coreReferenceText('ar', 'role', 'ramsar_strp', 'Resolutions X.9, XII.5')).toBe('القراران X.9 وXII.5');
    expect(coreReferenceText('es', 'obligation', 'cbd:not-an-obligation', 'some basis')).toBe('some basis');
    expect(coreReferenceText('fr', 'obligation', 'cms:national-report', 'Resolution 14.5')).toBe('Resolution 14.5');
  });
});
