import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflicts } from '../../state/conflicts.ts';
import { ConflictCard } from './ConflictCard.tsx';

export function ConflictsPage() {
  const { t } = useTranslation('conflicts');
  const { items, reload } = useConflicts();
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <div className="page">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      {items.length === 0 ? <p className="empty card">{t('empty')}</p> : items.map((c) => <ConflictCard key={`${c.entity}-${c.id}-${c.field}-${c.kind}`} item={c} />)}
    </div>
  );
}
