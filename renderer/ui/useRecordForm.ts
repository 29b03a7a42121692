import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage, errorPayload, fieldErrors, zodFieldErrors, type FieldErrors } from './errors.ts';

/**
 * Form state for one record: validates with the same zod schema the core uses (so the message
 * shows at the field before any call), then saves; errors from the core land at their fields too.
 */
export function useRecordForm<V extends Record<string, unknown>>(initial: V, schema: z.ZodType, save: (values: unknown) => Promise<void>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      const { [key as string]: _, ...rest } = e;
      return rest;
    });
  };

  const submit = async () => {
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setFormError(t('form.fixErrors'));
      return;
    }
    setSaving(true);
    try {
      await save(parsed.data);
      setErrors({});
    } catch (err) {
      const payload = errorPayload(err);
      if (payload.issues?.length) {
        setErrors(fieldErrors(payload.issues));
        setFormError(t('form.fixErrors'));
      } else setFormError(errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  };

  return { values, set, errors, formError, saving, submit };
}
