import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n-languages.ts';
import { features } from '../../renderer/app/features.ts';

// Every locale file exists in all six languages with the same keys (plural forms per language
// aside), no empty text, and real translations rather than English copies.

const ROOT = path.resolve(import.meta.dirname, '../..');
// cardinal forms (count_one) and ordinal ones (count_ordinal_one)
const PLURAL = /(_ordinal)?_(zero|one|two|few|many|other)$/;
// the product's name, and an example folder path: the same in every language
const SAME_EVERYWHERE = new Set(['common:appName', 'sync:folder.pathPlaceholder']);
const namespaces = fs.readdirSync(path.join(ROOT, 'locales/en')).map((f) => f.replace(/\.json$/, ''));

function flatten(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}
const load = (lng: string, ns: string) => flatten(JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')));
const baseKeys = (texts: Record<string, string>) => [...new Set(Object.keys(texts).map((k) => k.replace(PLURAL, '')))].sort();

describe('locales', () => {
  it('every namespace a feature reads has a file', () => {
    for (const f of features) for (const ns of f.namespaces) expect(namespaces, `${f.id} reads ${ns}`).toContain(ns);
  });

  for (const ns of namespaces) {
    it(`${ns}: the same keys in all six languages, none empty`, () => {
      const en = baseKeys(load('en', ns));
      for (const lng of LANGUAGES) {
        const texts = load(lng, ns);
        expect(baseKeys(texts), `${lng}/${ns}.json`).toEqual(en);
        expect(Object.entries(texts).filter(([, v]) => !v.trim()).map(([k]) => k), `${lng}/${ns}.json empty`).toEqual([]);
      }
    });

    it(`${ns}: translated, not copied from English`, () => {
      const en = load('en', ns);
      for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
        const texts = load(lng, ns);
        // codes, names and placeholders may stay as they are; sentences may not
        const copied = Object.entries(texts).filter(([k, v]) => v === en[k] && !SAME_EVERYWHERE.has(`${ns}:${k}`) && /[a-z]{4,}\s+[a-z]{3,}/i.test(v.replace(/\{\{[^}]+\}\}/g, '')));
        expect(copied.map(([k]) => k), `${lng}/${ns}.json copies English`).toEqual([]);
      }
    });
  }
});
