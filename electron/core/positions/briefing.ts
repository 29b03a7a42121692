import { subjectKeys } from '../../../shared/consistency.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Position } from '../../../shared/model/positions.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { isOpen, listActions } from '../working-group/actions.ts';
import { listAgenda } from './agenda.ts';
import { listPositions } from './positions.ts';

// A delegation's briefing for one meeting: each agenda item with the country's position, its
// fallback and red lines, and the positions the country holds on the same subjects at other
// meetings; the focal points of that convention who may form the delegation; and the actions still
// open that this convention's meetings raised (a decision's paragraphs, an item, a position).


export function briefing(store: Store, meetingId: string) {
  const meeting = listMeetings(store).find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('invalid_input', `no meeting ${meetingId}`, {}, [{ path: 'meetingId', code: 'invalid' }]);
  const all = listAgenda(store);
  const positions = listPositions(store).filter((p) => p.status !== 'superseded');
  const positionOf = new Map<string, Position>();
  for (const p of positions) if (!positionOf.has(p.agendaItemId) || p.status === 'agreed') positionOf.set(p.agendaItemId, p);
  const elsewhere = all.filter((i) => i.meetingId !== meetingId && positionOf.has(i.id));
  const items = all
    .filter((i) => i.meetingId === meetingId)
    .map((item) => {
      const mine = new Set(subjectKeys(item));
      const related = elsewhere.filter((o) => subjectKeys(o).some((s) => mine.has(s))).map((o) => ({ item: o, position: positionOf.get(o.id)! }));
      return { item, position: positionOf.get(item.id) ?? null, related };
    });
  const delegation = listDesignations(store, { convention: meeting.convention, activeOnly: true }).map((d) => ({ id: d.id, personName: d.personName, roleId: d.roleId, institutionName: d.institutionName }));
  const actions = listActions(store, {}).filter((a) => isOpen(a.status) && a.meetingId?.split(':')[0] === meeting.convention);
  return { meeting, items, delegation, actions };
}
