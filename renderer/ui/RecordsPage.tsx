import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { RecordsState } from '../state/records.ts';
import { useRoute, type Area } from '../state/route.ts';
import { VirtualList } from './VirtualList.tsx';

interface RecordsPageProps<T extends { id: string }> {
  area: Area;
  ns: string;
  useStore: UseBoundStore<StoreApi<RecordsState<T>>>;
  renderRow: (item: T) => ReactNode;
  renderDetail: (selected: T | null, isNew: boolean) => ReactNode;
}

/** List (search + virtualized rows) beside the selected record's form: the layout of every registry area. */
export function RecordsPage<T extends { id: string }>({ area, ns, useStore, renderRow, renderDetail }: RecordsPageProps<T>) {
  const { t } = useTranslation([ns, 'common']);
  const { items, total, query, setQuery, reload } = useStore();
  const { id, go } = useRoute();
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void reload();
  }, [reload]);

  const isNew = id === 'new';
  const selected = isNew ? null : (items.find((x) => x.id === id) ?? null);

  return (
    <div className="records">
      <section className="records__list" aria-labelledby={`${area}-heading`}>
        <header className="page-header">
          <div>
            <h1 id={`${area}-heading`}>{t('title')}</h1>
            <p className="muted">{t('subtitle')}</p>
          </div>
          <button type="button" data-new-record className="button button--primary" onClick={() => go(area, 'new')}>
            {t('add')}
          </button>
        </header>
        <div className="search">
          <label htmlFor={`${area}-search`} className="visually-hidden">
            {t('searchLabel')}
          </label>
          <input
            ref={searchRef}
            id={`${area}-search`}
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <span className="muted search__count">{t('common:status.count', { count: total })}</span>
        </div>
        {items.length === 0 ? (
          <p className="empty">{query ? t('common:status.noMatches', { query }) : t('common:status.empty')}</p>
        ) : (
          <VirtualList
            items={items}
            rowHeight={56}
            label={t('listLabel')}
            selectedId={id}
            getId={(x) => x.id}
            onSelect={(x) => go(area, x.id)}
            renderRow={renderRow}
          />
        )}
      </section>
      <section className="records__detail" aria-live="polite">
        {selected || isNew ? renderDetail(selected, isNew) : <p className="empty">{t('selectPrompt')}</p>}
      </section>
    </div>
  );
}
