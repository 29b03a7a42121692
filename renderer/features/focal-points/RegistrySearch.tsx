import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roleTypes } from '../../../shared/reference/roles.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { matchRoles, roleTitle } from './roles.ts';

/** Search across people, institutions and roles as you type (roles are matched in the interface language). */
export function RegistrySearch() {
  const { t } = useTranslation(['focal', 'reference']);
  const go = useRoute((s) => s.go);
  const [query, setQuery] = useState('');
  const { data: result } = useQuery('focal-points.search', query.trim() ? { query, roleIds: matchRoles(t, query, roleTypes), limit: 8 } : null, { keepPrevious: true });

  const empty = result && !result.people.length && !result.institutions.length && !result.holders.length;
  return (
    <div className="registry-search">
      <label htmlFor="registry-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input id="registry-search" type="search" value={query} placeholder={t('search.placeholder')} onChange={(e) => setQuery(e.target.value)} />
      {result && (
        <div className="search-results" role="region" aria-label={t('search.label')}>
          {empty && <p className="muted">{t('search.none')}</p>}
          <ResultSection title={t('search.holders')} items={result.holders}>
            {(d) => (
              <>
                <button type="button" className="button--link-dark" onClick={() => d.personId && go('people', d.personId)}>
                  <bdi>{d.personName}</bdi>
                </button>{' '}
                — {roleTitle(t, d.roleId)}
              </>
            )}
          </ResultSection>
          <ResultSection title={t('search.people')} items={result.people}>
            {(p) => (
              <>
                <button type="button" className="button--link-dark" onClick={() => go('people', p.id)}>
                  {p.name}
                </button>
                {p.institutionName && <span className="muted"> · {p.institutionName}</span>}
                {p.roles.length > 0 && <span className="muted"> · {p.roles.map((r) => roleTitle(t, r)).join(', ')}</span>}
              </>
            )}
          </ResultSection>
          <ResultSection title={t('search.institutions')} items={result.institutions}>
            {(i) => (
              <>
                <button type="button" className="button--link-dark" onClick={() => go('institutions', i.id)}>
                  {i.name}
                </button>
                {i.acronym && <span className="muted"> ({i.acronym})</span>}
              </>
            )}
          </ResultSection>
        </div>
      )}
    </div>
  );
}

/** One kind of match (holders, people, institutions); nothing when there is none. */
function ResultSection<T extends { id: string }>({ title, items, children }: { title: string; items: readonly T[]; children: (item: T) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id} dir="auto">
            {children(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}
