import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  selectedId: string | null;
  getId: (item: T) => string;
  onSelect: (item: T) => void;
  renderRow: (item: T) => ReactNode;
}

let focusPending = false;

/** After a save: the next time a list shows its selected row, the focus goes to it (not back to the page). */
export function focusSelectedRow(): void {
  focusPending = true;
}

/** A long list that renders only the rows in view; arrow keys move between rows. */
export function VirtualList<T>({ items, rowHeight, label, selectedId, getId, onSelect, renderRow }: VirtualListProps<T>) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // a first guess before layout is measured (and where there is no layout, as in jsdom)
    initialRect: { width: 400, height: 800 },
  });

  useEffect(() => {
    if (!focusPending || !selectedId) return;
    const index = items.findIndex((x) => getId(x) === selectedId);
    if (index < 0) return;
    focusPending = false;
    virtualizer.scrollToIndex(index);
    // after this render has put the row in place (a reload of the list may re-render it: it keeps its data-index)
    setTimeout(() => parentRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus());
  }, [selectedId, items, getId, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const current = (document.activeElement as HTMLElement | null)?.dataset.index;
    const index = current === undefined ? -1 : Number(current);
    const nextIndex = Math.min(items.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    virtualizer.scrollToIndex(nextIndex);
    requestAnimationFrame(() => parentRef.current?.querySelector<HTMLElement>(`[data-index="${nextIndex}"]`)?.focus());
  };

  return (
    <div ref={parentRef} className="vlist" onKeyDown={onKeyDown}>
      <ul aria-label={label} className="vlist__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          const id = getId(item);
          return (
            <li key={id} className="vlist__row" style={{ height: row.size, transform: `translateY(${row.start}px)` }}>
              <button
                type="button"
                data-index={row.index}
                className={`row${id === selectedId ? ' row--selected' : ''}`}
                aria-current={id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(item)}
              >
                {renderRow(item)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
