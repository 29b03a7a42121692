import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../state/route.ts';
import { useTargets } from '../../state/targets.ts';
import { IndicatorDataCard } from '../progress/IndicatorDataCard.tsx';
import { TargetProgressCard } from '../progress/TargetProgressCard.tsx';
import { AlignmentsEditor } from './AlignmentsEditor.tsx';
import { CoverageView } from './CoverageView.tsx';
import { CrosswalkEditor } from './CrosswalkEditor.tsx';
import { CrosswalkMatrix } from './CrosswalkMatrix.tsx';
import { TargetForm } from './TargetForm.tsx';
import { TargetServes } from './TargetServes.tsx';
import { TargetsExport } from './TargetsExport.tsx';

const VIEWS = ['matrix', 'coverage'] as const;

export function TargetsPage() {
  const { t } = useTranslation('targets');
  const { id, go } = useRoute();
  const { items, reload } = useTargets();
  useEffect(() => {
    void reload();
  }, [reload]);
  const view = (VIEWS as readonly string[]).includes(id ?? '') ? (id as string) : 'targets';
  const selected = view === 'targets' && id && id !== 'new' ? (items.find((x) => x.id === id) ?? null) : null;
  const tabs = [
    { key: 'targets', target: null, label: t('tabs.targets') },
    { key: 'matrix', target: 'matrix', label: t('tabs.matrix') },
    { key: 'coverage', target: 'coverage', label: t('tabs.coverage') },
  ];

  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <nav className="tabs" aria-label={t('tabs.label')}>
        {tabs.map((tab) => (
          <a
            key={tab.key}
            href={`#/targets${tab.target ? `/${tab.target}` : ''}`}
            className={`tab${view === tab.key ? ' tab--active' : ''}`}
            aria-current={view === tab.key ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go('targets', tab.target);
            }}
          >
            {tab.label}
          </a>
        ))}
      </nav>
      {view === 'matrix' && <CrosswalkMatrix />}
      {view === 'coverage' && (
        <div className="stack">
          <CoverageView />
          <CrosswalkEditor />
          <TargetsExport />
        </div>
      )}
      {view === 'targets' && (
        <div className="targets">
          <section className="card targets__list" aria-labelledby="targets-list-heading">
            <div className="page-header">
              <h2 id="targets-list-heading">{t('list.label')}</h2>
              <button type="button" className="button button--primary" onClick={() => go('targets', 'new')}>
                {t('list.add')}
              </button>
            </div>
            {items.length === 0 ? (
              <p className="muted">{t('list.empty')}</p>
            ) : (
              <ul className="target-list" aria-label={t('list.label')}>
                {items.map((x) => (
                  <li key={x.id}>
                    <button type="button" className={`row${x.id === id ? ' row--selected' : ''}`} aria-current={x.id === id ? 'true' : undefined} onClick={() => go('targets', x.id)}>
                      <span className="row__title" dir="auto">
                        {x.code} — {x.title}
                      </span>
                      <span className="row__sub" dir="auto">
                        {x.status ? t(`status.${x.status}`) : t('status.none')}
                        {x.progress != null && ` · ${x.progress}%`} · {t('list.aligned', { count: x.alignments.length })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="targets__detail">
            {id === 'new' && <TargetForm key="new" target={null} />}
            {selected && (
              <div className="stack">
                <TargetForm key={selected.id} target={selected} />
                <AlignmentsEditor target={selected} />
                <TargetServes id={selected.id} />
                <TargetProgressCard key={`p-${selected.id}`} target={selected} />
                <IndicatorDataCard key={`d-${selected.id}`} target={selected} />
              </div>
            )}
            {!selected && id !== 'new' && <p className="empty">{t('list.select')}</p>}
          </section>
        </div>
      )}
    </div>
  );
}
