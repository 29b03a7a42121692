import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryList } from '../../i18n/index.ts';

interface CountrySelectProps {
  id?: string;
  value: string;
  onChange: (code: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** what the empty choice reads (a desk with no country of the list: the fictional sample) */
  placeholder?: string;
}

export function CountrySelect({ value, onChange, placeholder, ...rest }: CountrySelectProps) {
  const { t, i18n } = useTranslation('settings');
  const options = useMemo(() => countryList(i18n.language), [i18n.language]);
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{placeholder ?? t('chooseCountry')}</option>
      {options.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
