import type { Designation } from '../../../shared/model/designations.ts';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { listAgenda } from '../positions/agenda.ts';
import { listPositions } from '../positions/positions.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { isOpen, listActions } from '../working-group/actions.ts';

// Work the role has in flight: the country's draft and agreed positions for the convention's
// meetings still to come, and the follow-up actions still open that the holder or the predecessor
// owns, or that the convention's meetings raised.

export function positionsInFlight(store: Store, convention: string | null, today: string): HandoverPack['positions'] {
  const year = Number(today.slice(0, 4));
  const stillToCome = (m: { start: string | null; end: string | null; year: number }) => {
    const last = m.end ?? m.start;
    return last ? last >= today : m.year >= year;
  };
  const meetings = listMeetings(store).filter((m) => m.convention === convention && stillToCome(m));
  const meetingOf = new Map(meetings.map((m) => [m.id, m]));
  const items = new Map(listAgenda(store).filter((i) => meetingOf.has(i.meetingId)).map((i) => [i.id, i]));
  return listPositions(store)
    .filter((p) => p.status !== 'superseded' && items.has(p.agendaItemId))
    .map((position) => {
      const item = items.get(position.agendaItemId)!;
      return { meeting: meetingOf.get(item.meetingId)!, item, position };
    })
    .sort((a, b) => meetings.indexOf(a.meeting) - meetings.indexOf(b.meeting) || (a.item.number ?? '').localeCompare(b.item.number ?? '', undefined, { numeric: true }));
}

export function actionsInFlight(store: Store, d: Designation, predecessor: Designation | null, today: string): HandoverPack['actions'] {
  const owners = new Set([d.personId, predecessor?.personId].filter(Boolean));
  return listActions(store, { today }).filter((a) => {
    if (!isOpen(a.status)) return false;
    const convention = a.meetingId?.split(':')[0] ?? null;
    // an action of another convention stays with that convention's pack
    return convention === d.convention || (convention === null && owners.has(a.ownerPersonId));
  });
}
