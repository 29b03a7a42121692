import type { ReactNode } from 'react';

/** One section of the handover pack: its heading, then what it holds, or a line saying it holds nothing. */
export function PackSection({ id, title, empty, children }: { id: string; title: string; empty?: string | null; children?: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}
