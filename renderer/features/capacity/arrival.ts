import { useEffect, useRef } from 'react';

// A need's "met by" link opens the trainings view at that training. The route says only which view
// (#/capacity/trainings), so the training to show waits here until its row mounts.

let waiting: string | null = null;

export function showOnArrival(id: string): void {
  waiting = id;
}

/** The row's heading, scrolled to and focused when a link asked for this row. */
export function useArrival<T extends HTMLElement>(id: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (waiting !== id || !ref.current) return;
    waiting = null;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus();
  }, [id]);
  return ref;
}
