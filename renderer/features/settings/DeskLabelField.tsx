import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../state/settings.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { Field } from '../../ui/Field.tsx';

/** The desk's name on bundles and in colleagues' conflicts; saved when the field is left or Enter pressed. */
export function DeskLabelField() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, setLabel } = useSettings();
  const show = useToasts((s) => s.show);
  const [value, setValue] = useState(settings?.deviceLabel ?? '');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setValue(settings?.deviceLabel ?? ''), [settings?.deviceLabel]);
  const save = () => {
    const label = value.trim();
    if (!label) return setError('required');
    if (label === settings?.deviceLabel) return;
    setLabel(label)
      .then(() => show({ tone: 'info', message: t('common:status.saved') }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  };
  return (
    <Field label={t('deskLabel')} error={error} hint={t('deskLabelHint')}>
      {(a) => (
        <input
          {...a}
          dir="auto"
          maxLength={100}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      )}
    </Field>
  );
}
