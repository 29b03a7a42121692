import { useTranslation } from 'react-i18next';
import type { Designation } from '../../../shared/model/designations.ts';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { formatDay } from '../../ui/format.ts';

/** Who held the role before this designation, and who holds it today. */
export function HolderSection({ pack }: { pack: HandoverPack }) {
  const { t } = useTranslation(['onboarding']);
  return (
    <section className="card stack handover-holders" aria-labelledby="handover-holders">
      <h2 id="handover-holders">{t('handover.holders')}</h2>
      <p>
        <strong>{t('handover.predecessor')}:</strong> {pack.predecessor ? <Holder d={pack.predecessor} /> : <span className="muted">{t('handover.noPredecessor')}</span>}
      </p>
      <p>
        <strong>{t('handover.current')}:</strong>{' '}
        {pack.current.length === 0 ? (
          <span className="muted">{t('handover.noCurrent')}</span>
        ) : (
          pack.current.map((d, n) => (
            <span key={d.id}>
              {n > 0 && '; '}
              <Holder d={d} />
            </span>
          ))
        )}
      </p>
    </section>
  );
}

function Holder({ d }: { d: Designation }) {
  const { t, i18n } = useTranslation(['onboarding']);
  const day = (x: string | null) => (x ? formatDay(x, i18n.language) : t('handover.startUnknown'));
  return (
    <>
      <bdi>{d.personName}</bdi>
      {d.institutionName && <span className="muted"> (<bdi>{d.institutionName}</bdi>)</span>}
      <span className="muted"> · {d.endDate ? t('handover.period', { start: day(d.startDate), end: day(d.endDate) }) : t('handover.periodOpen', { start: day(d.startDate) })}</span>
    </>
  );
}
