import type { SelectHTMLAttributes } from 'react';

type Props<K extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  options: readonly K[];
  value: K;
  onChange: (value: K) => void;
  /** each code in words */
  labelOf: (value: K) => string;
};

/** A select over a fixed list of codes (a status, a kind, a role), each shown in words. */
export function OptionsSelect<K extends string>({ options, value, onChange, labelOf, ...rest }: Props<K>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as K)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {labelOf(o)}
        </option>
      ))}
    </select>
  );
}
