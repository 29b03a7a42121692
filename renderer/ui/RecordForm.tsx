import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The form of one record. A new record's form takes the focus into its first field (a keyboard user lands
 * where they type, not on the button that opened it); Enter or the submit button saves.
 */
export function RecordForm({
  onSubmit,
  children,
  autoFocus = false,
  className = 'record-form',
  label,
}: {
  onSubmit: () => Promise<void>;
  children: ReactNode;
  autoFocus?: boolean;
  className?: string;
  label?: string;
}) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    ref.current?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])')?.focus();
  }, [autoFocus]);
  return (
    <form
      ref={ref}
      className={className}
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
