import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayInput, parseDayInput } from './dates.ts';

interface DateInputProps {
  id?: string;
  /** YYYY-MM-DD or '' */
  value: string;
  /** the day as YYYY-MM-DD, '' when cleared, or the text as typed when it is not a day (the form's check then says so) */
  onChange: (event: { target: { value: string } }) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  dir?: string;
}

/**
 * A date field written as the interface language writes dates (Settings → language), not as the
 * browser's or the system's locale would (which <input type="date"> follows). A button opens the
 * browser's calendar picker for those who prefer it.
 */
export function DateInput({ id, value, onChange, min, max, required, disabled, dir: _dir, ...aria }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [text, setText] = useState(() => formatDayInput(value, language));
  const [focused, setFocused] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // a value set from outside (a reset, a saved record, the picker) or a new language: shown anew
  useEffect(() => {
    if (!focused) setText(formatDayInput(value, language));
  }, [value, language, focused]);

  const typed = (raw: string) => {
    setText(raw);
    const day = parseDayInput(raw, language);
    onChange({ target: { value: day ?? raw } });
  };

  return (
    <span className="date-input">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={formatDayInput(`${new Date().getFullYear()}-12-31`, language)}
        required={required}
        disabled={disabled}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => typed(e.target.value)}
        {...aria}
      />
      <button type="button" className="button button--small date-input__pick" disabled={disabled} aria-label={t('date.pick')} title={t('date.pick')} onClick={() => picker.current?.showPicker?.()}>
        <span aria-hidden="true">▦</span>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-input__native"
        tabIndex={-1}
        aria-hidden="true"
        value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
        min={min}
        max={max}
        onChange={(e) => onChange({ target: { value: e.target.value } })}
      />
    </span>
  );
}
