import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ErrorPayload, FieldIssue } from '../../shared/errors.ts';
import { MESSAGE_KEYS } from '../../shared/model/field-messages.ts';
import { ApiError } from '../api/client.ts';

export type FieldErrors = Record<string, string>;

const KNOWN = new Set<string>(MESSAGE_KEYS);

/** First issue per field, as a translation code. */
export function fieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    // update channels nest the fields under "patch"
    const key = i.path.replace(/^patch\./, '').split('.')[0] || '_form';
    out[key] ??= i.code;
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrors(error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: KNOWN.has(i.message) ? i.message : 'invalid' })));
}

export function errorPayload(err: unknown): ErrorPayload {
  if (err instanceof ApiError) return err.payload;
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

/** A translated sentence for any error that reached the renderer. */
export function errorMessage(t: TFunction, err: unknown): string {
  const payload = errorPayload(err);
  return t(`errors:code.${payload.code}`, { ...payload.params, defaultValue: t('errors:code.internal') });
}
