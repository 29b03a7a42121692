import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/model/working-group.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { meetingName } from '../reporting/labels.ts';

/** What raised an action, one click from where it lives: the group's meeting, the decision, or the convention meeting's briefing. */
export function SourceLink({ action: a }: { action: Action }) {
  const { t, i18n } = useTranslation(['group', 'reporting']);
  const go = useRoute((s) => s.go);
  if (!a.sourceKind) return null;
  const where = a.sourceKind === 'wgMeeting' ? { area: 'working-group', id: 'meetings' } : a.sourceKind === 'decisionParagraph' ? { area: 'working-group', id: 'decisions' } : { area: 'positions', id: a.meetingId };
  const href = `#/${where.area}${where.id ? `/${where.id}` : ''}`;
  const label = [t(`actions.source.${a.sourceKind}`), a.meetingId && meetingName(t, a.meetingId), a.sourceDate && formatDay(a.sourceDate, i18n.language), a.sourceLabel].filter(Boolean).join(' · ');
  return (
    <a href={href} dir="auto" onClick={(e) => (e.preventDefault(), go(where.area, where.id))}>
      {label}
    </a>
  );
}
