import type { Contact } from '../../../shared/model/handover.ts';
import type { Designation } from '../../../shared/model/designations.ts';
import { stmt } from '../db/sql.ts';
import { listDesignations } from '../focal-points/designations.ts';
import type { Store } from '../store.ts';
import { listMembers } from '../working-group/members.ts';

// The people a newcomer to the role should know, with how to reach them: the other focal points
// of the same convention today, and the members of the national working group.

function reachOf(store: Store, personIds: readonly string[]): Map<string, { email: string | null; phone: string | null }> {
  const rows = stmt(store.db, 'SELECT id, email, phone FROM person WHERE id IN (SELECT value FROM json_each(?)) AND _deleted = 0').all(JSON.stringify(personIds)) as {
    id: string;
    email: string | null;
    phone: string | null;
  }[];
  return new Map(rows.map((r) => [r.id, { email: r.email, phone: r.phone }]));
}

export function contactsOf(store: Store, d: Designation, today: string): { focalPoints: Contact[]; workingGroup: Contact[] } {
  const others = listDesignations(store, { convention: d.convention ?? undefined, activeOnly: true, today }).filter((x) => x.id !== d.id && x.personId && !x.personDeleted);
  const members = listMembers(store).filter((m) => !m.until || m.until >= today);
  const reach = reachOf(store, [...others.map((x) => x.personId!), ...members.map((m) => m.personId)]);
  const none = { email: null, phone: null };
  return {
    focalPoints: others.map((x) => ({ personId: x.personId!, name: x.personName, institutionName: x.institutionName, ...(reach.get(x.personId!) ?? none), roleId: x.roleId, groupRole: null })),
    workingGroup: members.map((m) => ({ personId: m.personId, name: m.personName, institutionName: m.institutionName, ...(reach.get(m.personId) ?? none), roleId: null, groupRole: m.role })),
  };
}
