import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { Membership, MembershipStatus, membershipInput } from '../../../shared/model/membership.ts';
import { conventions, instruments } from '../../../shared/reference/conventions.ts';
import type { Store } from '../store.ts';
import { stmt } from '../db/sql.ts';
import { writeFields } from '../sync/write.ts';

// Which conventions and instruments the country takes part in. Every view (vacancies, matrix, later
// the reporting calendar) follows it.

const allIds = [...conventions.map((c) => ({ id: c.id, convention: c.id })), ...instruments.map((i) => ({ id: i.id, convention: i.convention }))];

export function listMembership(store: Store): Membership[] {
  const rows = stmt(store.db, 'SELECT id, status, since, notes FROM membership WHERE _deleted = 0').all() as { id: string; status: MembershipStatus | null; since: string | null; notes: string | null }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return allIds.map(({ id, convention }) => ({
    instrumentId: id,
    convention,
    status: byId.get(id)?.status ?? null,
    since: byId.get(id)?.since ?? null,
    notes: byId.get(id)?.notes ?? null,
  }));
}

export function setMembership(store: Store, input: z.output<typeof membershipInput>): Membership[] {
  const known = allIds.find((x) => x.id === input.instrumentId);
  if (!known) throw new AppError('invalid_input', `unknown convention or instrument ${input.instrumentId}`, {}, [{ path: 'instrumentId', code: 'instrument_invalid' }]);
  store.write(() =>
    writeFields(store, 'membership', input.instrumentId, {
      status: input.status,
      convention: known.convention,
      ...(input.since !== undefined ? { since: input.since } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    }),
  );
  return listMembership(store);
}

/** Ids of conventions and instruments the country is Party or Signatory to. */
export function memberIds(store: Store): Set<string> {
  return new Set(
    (stmt(store.db, "SELECT id FROM membership WHERE _deleted = 0 AND status IN ('party', 'signatory')").all() as { id: string }[]).map((r) => r.id),
  );
}
