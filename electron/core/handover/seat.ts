import type { Designation } from '../../../shared/model/designations.ts';
import { listDesignations } from '../focal-points/designations.ts';
import type { Store } from '../store.ts';

// The seat a designation fills (its role, and the agreement for roles held once per agreement):
// who held it before this designation, and who holds it today.

export function seatHolders(store: Store, d: Designation, today: string): { predecessor: Designation | null; current: Designation[] } {
  const seat = listDesignations(store, { roleId: d.roleId ?? undefined, includeEnded: true, today }).filter((x) => x.instrumentId === d.instrumentId);
  const before = d.startDate ?? today;
  // the latest that ended before this one began (a handover ends it the day before)
  const predecessor =
    seat
      .filter((x) => x.id !== d.id && x.endDate !== null && x.endDate < before)
      .sort((a, b) => b.endDate!.localeCompare(a.endDate!) || (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0] ?? null;
  return { predecessor, current: seat.filter((x) => x.active) };
}
