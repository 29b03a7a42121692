import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** the control's props; dir="auto": user text is laid out by its own direction (English in an Arabic page shows whole) */
  children: (props: { id: string; dir: 'auto'; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its translated error and hint, wired for screen readers. */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {children({ id, dir: 'auto', 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(`errors:field.${error}`)}
        </p>
      )}
    </div>
  );
}
