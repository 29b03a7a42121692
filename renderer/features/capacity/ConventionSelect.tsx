import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { conventions } from '../../../shared/reference/conventions.ts';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (convention: string | null) => void;
  /** the first option, for no convention (in a form) or every convention (in a filter) */
  emptyLabel: string;
};

/** A convention chosen by its abbreviation, the full name as the option's title. */
export function ConventionSelect({ value, onChange, emptyLabel, ...rest }: Props) {
  const { t } = useTranslation(['reference']);
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{emptyLabel}</option>
      {conventions.map((c) => (
        <option key={c.id} value={c.id} title={t(`reference:conventions.${c.id}`)}>
          {c.abbreviation}
        </option>
      ))}
    </select>
  );
}
