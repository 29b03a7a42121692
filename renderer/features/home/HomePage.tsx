import './home.css';
import { startTransition, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterAttention, URGENCIES } from '../../../shared/attention.ts';
import { localToday } from '../../../shared/days.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { isolateIn } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { SampleOffer } from '../sample/index.ts';
import { reasonOf } from './reasons.ts';

/** What needs my attention: every area's open work, the most urgent first, each one click from where it is fixed. */
export function HomePage() {
  const { t, i18n } = useTranslation(['home', 'reporting', 'focal', 'positions', 'frameworks', 'reference']);
  const go = useRoute((s) => s.go);
  const { data, error, reload } = useQuery('attention.list', { today: localToday() });
  const custom = useQuery('topics.list', {}).data ?? [];
  const [mine, setMine] = useState(false);
  const [convention, setConvention] = useState<string | null>(null);
  const items = data ? filterAttention(data.items, { mine, convention }) : [];
  const ownDeskIsEmpty = useQuery('sample.status', {}).data?.ownDeskHasData === false;
  const present = new Set((data?.items ?? []).flatMap((i) => i.conventions));
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{data?.me ? t('subtitleMe', { name: isolateIn(i18n.language, data.me.name ?? '') }) : t('subtitle')}</p>
      </header>
      <div className="toolbar">
        <Segmented
          label={t('filter.label')}
          options={[
            { key: 'everything', label: t('filter.everything') },
            { key: 'mine', label: t('filter.mine'), disabled: !data?.me },
          ]}
          value={mine ? 'mine' : 'everything'}
          onChange={(k) => setMine(k === 'mine')}
        />
        <div className="filters">
          <label htmlFor="home-convention">{t('filter.convention')}</label>
          <select id="home-convention" value={convention ?? ''} onChange={(e) => startTransition(() => setConvention(e.target.value || null))}>
            <option value="">{t('filter.allConventions')}</option>
            {conventions
              .filter((c) => present.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id} title={t(`reference:conventions.${c.id}`)}>
                  {c.abbreviation}
                </option>
              ))}
          </select>
        </div>
      </div>
      {!data?.me && data && (
        <p className="muted">
          {t('whoAreYou')}{' '}
          <a href="#/settings" onClick={(e) => (e.preventDefault(), go('settings'))}>
            {t('setMe')}
          </a>
        </p>
      )}
      {ownDeskIsEmpty && <SampleOffer />}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && items.length === 0 && <p className="card empty">{mine ? t('noneMine') : t('none')}</p>}
      {URGENCIES.map((u) => {
        const list = items.filter((i) => i.urgency === u);
        return list.length === 0 ? null : (
          <section key={u} className={`card stack attention attention--${u}`} aria-labelledby={`attention-${u}`}>
            <h2 id={`attention-${u}`}>{t(`urgency.${u}`, { count: list.length })}</h2>
            <ul className="plain-list attention-list">
              {list.map((i) => (
                <li key={i.id} className="attention-item">
                  <span className={`badge badge--kind-${i.kind}`}>{t(`kind.${i.kind}`)}</span>
                  <span>{reasonOf(t, i, i18n.language, custom)}</span>
                  <a
                    className="button button--small"
                    href={`#/${i.link.area}${i.link.id ? `/${i.link.id}` : ''}`}
                    onClick={(e) => {
                      e.preventDefault();
                      go(i.link.area, i.link.id);
                    }}
                  >
                    {t('open')}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
