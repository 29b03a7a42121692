import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  saving: boolean;
  formError: string | null;
  onCancel?: () => void;
  onDelete?: () => void;
  /** the submit button's text, when "Save" says too little */
  submitLabel?: string;
}

/** The form-level error and the buttons under every form. */
export function FormActions({ saving, formError, onCancel, onDelete, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel ?? t('actions.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        )}
        {onDelete && (
          <button type="button" className="button button--danger" onClick={onDelete}>
            {t('actions.delete')}
          </button>
        )}
      </div>
    </>
  );
}
