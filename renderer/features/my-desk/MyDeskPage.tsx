import './my-desk.css';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { DeskRoles } from './DeskRoles.tsx';
import { DeskWork } from './DeskWork.tsx';

/** #/my-desk: for the person who uses this desk, their roles and onboarding, and what is theirs to do. */
export function MyDeskPage() {
  const { t } = useTranslation(['onboarding']);
  const go = useRoute((s) => s.go);
  const { data, error, reload } = useQuery('mydesk.get', { today: localToday() });
  return (
    <div className="page page--wide my-desk">
      <header>
        <h1>{t('desk.title')}</h1>
        <p className="muted">{data?.me ? t('desk.subtitleMe', { name: data.me.name }) : t('desk.subtitle')}</p>
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && !data.me && (
        <p className="card">
          {t('desk.notSet')}{' '}
          <a href="#/settings" onClick={(e) => (e.preventDefault(), go('settings'))}>
            {t('desk.setMe')}
          </a>
        </p>
      )}
      {data?.me && (
        <>
          <DeskRoles designations={data.designations} />
          <DeskWork desk={data} />
        </>
      )}
    </div>
  );
}
