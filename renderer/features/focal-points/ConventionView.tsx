import { useTranslation } from 'react-i18next';
import { conventions } from '../../../shared/reference/conventions.ts';
import { useFocalPoints } from '../../state/focal-points.ts';
import { useRoute } from '../../state/route.ts';
import { RoleCard } from './RoleCard.tsx';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

export function ConventionView({ convention }: { convention: string }) {
  const { t } = useTranslation(['focal', 'reference']);
  const vacancies = useFocalPoints((s) => s.vacancies);
  const go = useRoute((s) => s.go);
  const { data: view, error, reload } = useQuery('focal-points.byConvention', { convention });

  const counts = new Map(vacancies?.byConvention.map((c) => [c.convention, c]) ?? []);
  return (
    <div className="convention-view">
      <nav className="convention-tabs" aria-label={t('tabs.conventions')}>
        {conventions.map((c) => (
          <a
            key={c.id}
            href={`#/focal-points/${c.id}`}
            className={`pill${c.id === convention ? ' pill--active' : ''}${counts.get(c.id)?.member ? '' : ' pill--muted'}`}
            aria-current={c.id === convention ? 'page' : undefined}
            title={t(`reference:conventions.${c.id}`)}
            onClick={(e) => {
              e.preventDefault();
              go('focal-points', c.id);
            }}
          >
            {c.abbreviation}
            {(counts.get(c.id)?.vacancies ?? 0) > 0 && <span className="pill__count"> {counts.get(c.id)!.vacancies}</span>}
          </a>
        ))}
      </nav>
      <h2>{t(`reference:conventions.${convention}`)}</h2>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {view && !view.member && <p className="notice">{t('membership.notMember')}</p>}
      {view && view.vacancies > 0 && <p className="notice notice--warn">{t('vacancies', { count: view.vacancies })}</p>}
      {view?.roles.map((r) => (
        <RoleCard key={`${r.roleId}-${r.instrumentId ?? ''}`} status={r} />
      ))}
    </div>
  );
}
