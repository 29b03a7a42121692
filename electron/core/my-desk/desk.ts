import { localToday } from '../../../shared/days.ts';
import type { MyDesk } from '../../../shared/model/my-desk.ts';
import { listTrainings } from '../capacity/trainings.ts';
import { getSettings } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { getChecklist } from '../onboarding/checklist.ts';
import { listReports } from '../reporting/reports.ts';
import type { Store } from '../store.ts';
import { isOpen, listActions } from '../working-group/actions.ts';

// My desk, composed here from the areas that know each part, so the page asks once.

const EMPTY: Omit<MyDesk, 'me'> = { designations: [], reports: [], parts: [], actions: [], trainings: [] };

export function myDesk(store: Store, today = localToday()): MyDesk {
  const meId = getSettings(store).mePersonId;
  const me = meId ? (stmt(store.db, 'SELECT id AS personId, name FROM person WHERE id = ? AND _deleted = 0').get(meId) as MyDesk['me'] | undefined) : undefined;
  if (!me) return { me: null, ...EMPTY };
  const designations = listDesignations(store, { today, personId: me.personId }).map((designation) => {
    const { done, total } = getChecklist(store, designation.id);
    return { designation, progress: { done, total } };
  });
  const mine = new Set(designations.map((d) => d.designation.id));
  const reports = listReports(store, today).items.filter((r) => r.applies);
  return {
    me,
    designations,
    reports: reports.filter((r) => r.status !== 'submitted' && r.owner?.designationId && mine.has(r.owner.designationId)),
    parts: reports.flatMap((r) =>
      r.parts
        .filter((p) => p.status === 'open' && p.assigneeId === me.personId)
        .map((part) => ({ part, report: { id: r.id, obligationId: r.obligationId, period: r.period, meetingId: r.meetingId, convention: r.convention } })),
    ),
    actions: listActions(store, { today }).filter((a) => a.ownerPersonId === me.personId && isOpen(a.status)),
    trainings: listTrainings(store, { personId: me.personId }),
  };
}
