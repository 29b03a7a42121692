import { useTranslation } from 'react-i18next';
import { subjectKeys } from '../../../shared/consistency.ts';
import type { AgendaItem } from '../../../shared/model/positions.ts';
import { useQuery } from '../../state/queries.ts';
import { meetingName } from '../reporting/labels.ts';

const MAX_EARLIER = 20;

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** What a position relies on: the national targets, and earlier agreed positions on the same subjects. */
export function PositionLinks({ item, positionId, targetIds, earlierIds, onTargets, onEarlier }: {
  item: AgendaItem;
  positionId: string | null;
  targetIds: readonly string[];
  earlierIds: readonly string[];
  onTargets: (ids: string[]) => void;
  onEarlier: (ids: string[]) => void;
}) {
  const { t } = useTranslation(['positions', 'reporting']);
  const targets = useQuery('targets.list', {}).data ?? [];
  const items = useQuery('agenda.list', {}).data ?? [];
  const positions = useQuery('positions.list', {}).data ?? [];
  const mine = new Set(subjectKeys(item));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const earlier = positions
    .filter((p) => p.id !== positionId && p.status === 'agreed' && p.agendaItemId !== item.id)
    .filter((p) => earlierIds.includes(p.id) || subjectKeys(itemById.get(p.agendaItemId) ?? { topicIds: [], taxonGroup: null, taxon: null }).some((k) => mine.has(k)))
    .slice(0, MAX_EARLIER);
  return (
    <>
      <fieldset>
        <legend>{t('position.targets')}</legend>
        {targets.length === 0 ? (
          <p className="muted">{t('position.noTargets')}</p>
        ) : (
          <div className="check-grid">
            {targets.map((n) => (
              <label key={n.id}>
                <input type="checkbox" checked={targetIds.includes(n.id)} onChange={(e) => onTargets(toggled(targetIds, n.id, e.target.checked))} /> <bdi>{n.code}</bdi> <span dir="auto">{n.title}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('position.earlier')}</legend>
        {earlier.length === 0 ? (
          <p className="muted">{t('position.noEarlier')}</p>
        ) : (
          <div className="stack">
            {earlier.map((p) => {
              const of = itemById.get(p.agendaItemId);
              return (
                <label key={p.id}>
                  <input type="checkbox" checked={earlierIds.includes(p.id)} onChange={(e) => onEarlier(toggled(earlierIds, p.id, e.target.checked))} /> {of && meetingName(t, of.meetingId)} · <bdi>{of?.number}</bdi> <span dir="auto">{of?.title}</span> — {t(`stances.${p.stance}`)}
                </label>
              );
            })}
          </div>
        )}
      </fieldset>
    </>
  );
}
