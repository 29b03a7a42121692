import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/sync.ts';
import { ExportCard } from './ExportCard.tsx';
import { FolderCard } from './FolderCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { IdentityCard } from './IdentityCard.tsx';
import { ImportCard } from './ImportCard.tsx';
import { PeersCard } from './PeersCard.tsx';

export function SyncPage() {
  const { t } = useTranslation('sync');
  const load = useSync((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="page">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <ImportCard />
      <ExportCard />
      <FolderCard />
      <HistoryCard />
      <PeersCard />
      <IdentityCard />
    </div>
  );
}
