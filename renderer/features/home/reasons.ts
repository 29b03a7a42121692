import type { TFunction } from 'i18next';
import type { AttentionItem } from '../../../shared/attention.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { formatDay, isolateIn } from '../../ui/format.ts';
import { roleTitle, instrumentName } from '../focal-points/roles.ts';
import { subjectName } from '../positions/labels.ts';
import { meetingName, reportSubject, reportTitle } from '../reporting/labels.ts';
import { itemLabel } from '../targets/items.ts';

// Each home item's reason in words, in the interface language. A computed or estimated date says so.
// In a right-to-left language each name put into the sentence is a bidi isolate (isolateIn).

type Custom = readonly { id: string; label: string }[];

export function reasonOf(t: TFunction, item: AttentionItem, language: string, custom: Custom): string {
  const isolated = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && k !== 'defaultValue' ? isolateIn(language, v) : v]));
  const translate = t as unknown as (key: string, values: Record<string, unknown>) => string;
  // the reason's sentence isolates the names put into it (the labels inside them are names already)
  const say = (key: string, values: Record<string, unknown>) => translate(key, isolated(values));
  const p = item.params;
  const s = (k: string) => (p[k] == null ? '' : String(p[k]));
  const day = (k: string) => (p[k] ? formatDay(String(p[k]), language) : '');
  const report = () => reportTitle(t, { obligationId: s('obligationId'), period: s('period'), meetingId: (p.meetingId as string | null) ?? null });
  const estimated = p.dueStatus === 'estimated' ? ` ${t('home:estimated')}` : '';
  switch (item.kind) {
    case 'report_overdue':
      return say('home:reason.report_overdue', { report: report(), date: day('due') }) + estimated;
    case 'report_due_soon':
      return say('home:reason.report_due_soon', { report: report(), date: day('due') }) + estimated;
    case 'part_mine':
      return p.due ? say('home:reason.part_mine', { part: s('part'), report: report(), date: day('due') }) : say('home:reason.part_mine_undated', { part: s('part'), report: report() });
    case 'role_vacant': {
      // "Management Authority" alone does not say of which convention
      const title = roleTitle(t, s('roleId'));
      const abbreviation = item.conventions[0] ? (conventions.find((c) => c.id === item.conventions[0])?.abbreviation ?? '') : '';
      const role = `${title.includes(abbreviation) ? title : `${abbreviation} ${title}`}${p.instrumentId ? ` (${instrumentName(t, s('instrumentId'))})` : ''}`;
      return say(p.state === 'expired' ? 'home:reason.role_expired' : 'home:reason.role_vacant', { role });
    }
    case 'gbf_gap':
      return say('home:reason.gbf_gap', { target: itemLabel(t, s('itemId')) });
    case 'conflicts':
      return say('home:reason.conflicts', { count: Number(p.count) });
    case 'positions_differ': {
      const subject = subjectName(t, p.subjectKind ? { kind: p.subjectKind as 'topic' | 'taxonGroup' | 'taxon', id: s('subject') } : null, custom);
      const meetings = s('meetings').split(',').filter(Boolean).map((m) => meetingName(t, m)).join(', ');
      return say(`home:reason.flag.${s('flag')}`, { subject, meetings, defaultValue: say('home:reason.flag.stances_differ', { subject, meetings }) });
    }
    case 'no_position':
      return say('home:reason.no_position', { meeting: p.meetingId ? meetingName(t, s('meetingId')) : '', item: [s('number'), s('title')].filter(Boolean).join(' ') });
    case 'action_overdue':
      return say('home:reason.action_overdue', { title: s('title'), owner: s('owner'), date: day('due') });
    case 'changed_since_submitted':
      return say('home:reason.changed_since_submitted', { count: Number(p.count), report: reportSubject(t, s('reportId')) });
    case 'capacity_need':
      return p.forWhom ? say('home:reason.capacity_need_for', { title: s('title'), forWhom: s('forWhom') }) : say('home:reason.capacity_need', { title: s('title') });
  }
}
