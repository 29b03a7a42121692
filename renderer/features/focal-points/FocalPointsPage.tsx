import { useEffect } from 'react';
import { conventions } from '../../../shared/reference/conventions.ts';
import { useTranslation } from 'react-i18next';
import { useFocalPoints } from '../../state/focal-points.ts';
import { useRoute } from '../../state/route.ts';
import { DirectoryExport } from '../directory/DirectoryExport.tsx';
import { DirectoryImport } from '../directory/DirectoryImport.tsx';
import { ByInstitution } from './ByInstitution.tsx';
import { ConventionView } from './ConventionView.tsx';
import { CoordinationMatrix } from './CoordinationMatrix.tsx';
import { RegistrySearch } from './RegistrySearch.tsx';

const VIEWS = ['institutions', 'matrix', 'directory'] as const;

export function FocalPointsPage() {
  const { t } = useTranslation('focal');
  const { id, go } = useRoute();
  const { vacancies, reload } = useFocalPoints();
  useEffect(() => {
    void reload();
  }, [reload]);

  const view = (VIEWS as readonly string[]).includes(id ?? '') ? (id as (typeof VIEWS)[number]) : 'conventions';
  const firstMember = vacancies?.byConvention.find((c) => c.member)?.convention ?? 'cbd';
  // only a convention's id names a convention (while another page takes over, the address holds its ids)
  const convention = view === 'conventions' && conventions.some((c) => c.id === id) ? id! : firstMember;
  const tabs: { key: string; target: string; label: string }[] = [
    { key: 'conventions', target: convention, label: t('tabs.conventions') },
    { key: 'institutions', target: 'institutions', label: t('tabs.institutions') },
    { key: 'matrix', target: 'matrix', label: t('tabs.matrix') },
    { key: 'directory', target: 'directory', label: t('tabs.directory') },
  ];

  return (
    <div className="page page--wide">
      <header className="page-top">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        <RegistrySearch />
      </header>
      {vacancies && !vacancies.membershipRecorded && (
        <p className="notice notice--warn">
          {t('membership.notRecorded')}{' '}
          <button type="button" className="button button--small" onClick={() => go('settings')}>
            {t('membership.open')}
          </button>
        </p>
      )}
      <nav className="tabs" aria-label={t('tabs.label')}>
        {tabs.map((tab) => (
          <a
            key={tab.key}
            href={`#/focal-points/${tab.target}`}
            className={`tab${view === tab.key ? ' tab--active' : ''}`}
            aria-current={view === tab.key ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go('focal-points', tab.target);
            }}
          >
            {tab.label}
          </a>
        ))}
      </nav>
      {view === 'conventions' && <ConventionView convention={convention} />}
      {view === 'institutions' && <ByInstitution />}
      {view === 'matrix' && <CoordinationMatrix />}
      {view === 'directory' && (
        <div className="stack">
          <DirectoryImport />
          <DirectoryExport />
        </div>
      )}
    </div>
  );
}
