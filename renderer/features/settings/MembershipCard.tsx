import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../../../shared/model/membership.ts';
import { conventions, i18nKeyOf, instruments } from '../../../shared/reference/conventions.ts';
import { useFocalPoints } from '../../state/focal-points.ts';
import { instrumentName } from '../focal-points/roles.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { DateInput } from '../../ui/DateInput.tsx';

const isDayOrEmpty = (v: string) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Which conventions, protocols and agreements the country takes part in; vacancies follow it. */
export function MembershipCard() {
  const { t } = useTranslation(['focal', 'reference', 'common']);
  const { membership, reload, setMembership } = useFocalPoints();
  const show = useToasts((s) => s.show);
  useEffect(() => {
    void reload();
  }, [reload]);
  const byId = new Map(membership.map((m) => [m.instrumentId, m]));
  const ids = conventions.flatMap((c) => [
    { id: c.id, name: instrumentName(t, c.id), nested: false },
    ...instruments.filter((i) => i.convention === c.id).map((i) => ({ id: i.id, name: instrumentName(t, i.id), nested: true })),
  ]);

  const save = (id: string, status: MembershipStatus, since: string | null) =>
    setMembership(id, status, since)
      .then(() => show({ tone: 'info', message: t('common:status.saved') }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));

  return (
    <section className="card" aria-labelledby="membership-heading">
      <h2 id="membership-heading">{t('membership.title')}</h2>
      <p className="muted">{t('membership.hint')}</p>
      <table className="table membership">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('membership.status')}</th>
            <th scope="col">{t('membership.since')}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map(({ id, name, nested }) => {
            const m = byId.get(id);
            const labelId = `membership-${i18nKeyOf(id)}`;
            return (
              <tr key={id} className={nested ? 'membership__nested' : undefined}>
                <th scope="row" id={labelId}>
                  {name}
                </th>
                <td>
                  <select
                    aria-label={`${name}: ${t('membership.status')}`}
                    value={m?.status ?? ''}
                    onChange={(e) => e.target.value && void save(id, e.target.value as MembershipStatus, m?.since ?? null)}
                  >
                    <option value="">{t('membership.unknown')}</option>
                    {MEMBERSHIP_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`membership.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <DateInput
                    aria-label={`${name}: ${t('membership.since')}`}
                    value={m?.since ?? ''}
                    disabled={!m?.status}
                    // saved once the text is a whole day (or cleared), not at every keystroke
                    onChange={(e) => m?.status && isDayOrEmpty(e.target.value) && void save(id, m.status, e.target.value || null)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
