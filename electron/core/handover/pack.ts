import { localToday } from '../../../shared/days.ts';
import { AppError } from '../../../shared/errors.ts';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { getDesignation } from '../focal-points/designations.ts';
import { getChecklist } from '../onboarding/checklist.ts';
import type { Store } from '../store.ts';
import { recentBundles } from './bundles.ts';
import { contactsOf } from './contacts.ts';
import { deadlinesOf } from './deadlines.ts';
import { actionsInFlight, positionsInFlight } from './in-flight.ts';
import { seatHolders } from './seat.ts';

/** Everything the role of this designation holds, for whoever takes it up. */
export function handoverPack(store: Store, designationId: string, today = localToday()): HandoverPack {
  const designation = getDesignation(store, designationId);
  if (designation.deleted) throw new AppError('row_deleted', 'the designation was deleted', { entity: 'designation', id: designationId });
  const { predecessor, current } = seatHolders(store, designation, today);
  return {
    designation,
    predecessor,
    current,
    ...deadlinesOf(store, designation, predecessor, today),
    positions: positionsInFlight(store, designation.convention, today),
    actions: actionsInFlight(store, designation, predecessor, today),
    contacts: contactsOf(store, designation, today),
    bundles: recentBundles(store),
    checklist: getChecklist(store, designationId),
  };
}
