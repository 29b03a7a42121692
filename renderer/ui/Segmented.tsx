import { startTransition } from 'react';

interface SegmentedProps<K extends string> {
  /** what the group chooses, for screen readers */
  label: string;
  options: readonly { key: K; label: string; disabled?: boolean }[];
  value: K;
  onChange: (key: K) => void;
}

/** A row of pressed/unpressed buttons choosing one view; the switch renders in the background. */
export function Segmented<K extends string>({ label, options, value, onChange }: SegmentedProps<K>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.key} type="button" className={`button button--small${value === o.key ? ' button--primary' : ''}`} aria-pressed={value === o.key} disabled={o.disabled} onClick={() => startTransition(() => onChange(o.key))}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
