import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  saving: boolean;
  formError: string | null;
  onCancel: () => void;
  onDelete?: () => void;
}

export function FormActions({ saving, formError, onCancel, onDelete }: FormActionsProps) {
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
          {t('actions.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        {onDelete && (
          <button type="button" className="button button--danger" onClick={onDelete}>
            {t('actions.delete')}
          </button>
        )}
      </div>
    </>
  );
}
