import { useState, type ReactNode } from 'react';

/** A button that opens a new record's form in its place; the form's `done` closes it again. */
export function AddButton({ label, primary = true, children }: { label: string; primary?: boolean; children: (done: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <p>
      <button type="button" data-new-record className={`button${primary ? ' button--primary' : ' button--small'}`} onClick={() => setOpen(true)}>
        {label}
      </button>
    </p>
  );
}
