import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorPayload } from '../shared/errors.ts';
import { isLanguage } from '../shared/i18n-languages.ts';

// The CLI says errors in the user's language (from LANG / LC_ALL), with the same texts as the app.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cliLanguage(): string {
  const raw = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en').slice(0, 2).toLowerCase();
  return isLanguage(raw) ? raw : 'en';
}

function lookup(lang: string, key: string): string | undefined {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(root, 'locales', lang, 'errors.json'), 'utf8')) as Record<string, unknown>;
    let node: unknown = file;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  } catch {
    return undefined;
  }
}

export function cliMessage(error: ErrorPayload): string {
  const lang = cliLanguage();
  const template = lookup(lang, `code.${error.code}`) ?? lookup('en', `code.${error.code}`);
  if (!template) return error.message;
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(error.params?.[name] ?? ''));
  // the English detail (which field, which op) helps whoever reads the terminal
  return text === error.message ? text : `${text}\n  (${error.message})`;
}

export function cliFieldMessage(code: string): string {
  return lookup(cliLanguage(), `field.${code}`) ?? lookup('en', `field.${code}`) ?? code;
}
