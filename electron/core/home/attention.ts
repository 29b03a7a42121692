import { attentionItems } from '../../../shared/attention.ts';
import { localToday } from '../../../shared/days.ts';
import { templateFor } from '../../../shared/reference/templates/index.ts';
import { getSettings } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import { changesSinceSubmitted } from '../drafts/changes.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { vacancies } from '../focal-points/vacancies.ts';
import { consistencyCheck } from '../positions/check.ts';
import { listReports } from '../reporting/reports.ts';
import type { Store } from '../store.ts';
import { coverage } from '../targets/views.ts';
import { listActions } from '../working-group/actions.ts';
import { listNeeds } from '../capacity/needs.ts';

// What each area knows, gathered for the home screen's rules (shared/attention.ts).

const RECENT_YEARS = 2;

// The count in the navigation and the home screen ask for the same thing: computed once per
// change of the store (the change feed, including other processes' commits) and day.
const cache = new WeakMap<Store, { today: string; result: ReturnType<typeof computeAttention> | null }>();

export function attention(store: Store, today = localToday()) {
  let entry = cache.get(store);
  if (!entry) {
    const fresh = { today, result: null as ReturnType<typeof computeAttention> | null };
    store.onChange(() => {
      fresh.result = null;
    });
    cache.set(store, fresh);
    entry = fresh;
  }
  if (!entry.result || entry.today !== today) {
    entry.result = computeAttention(store, today);
    entry.today = today;
  }
  return entry.result;
}

function computeAttention(store: Store, today: string) {
  const settings = getSettings(store);
  const person = settings.mePersonId ? (stmt(store.db, 'SELECT id, name FROM person WHERE id = ? AND _deleted = 0').get(settings.mePersonId) as { id: string; name: string | null } | undefined) : undefined;
  const me = person ? { personId: person.id, name: person.name, designationIds: listDesignations(store, { today, personId: person.id }).map((d) => d.id) } : null;
  const reports = listReports(store, today).items;
  const check = consistencyCheck(store, today);
  const since = `${Number(today.slice(0, 4)) - RECENT_YEARS}${today.slice(4)}`;
  const changedSinceSubmitted = reports
    .filter((r) => r.status === 'submitted' && r.submittedOn && r.submittedOn >= since && templateFor(r.obligationId, r.period))
    .map((r) => ({ reportId: r.id, convention: r.convention, count: new Set(changesSinceSubmitted(store, r.id, today).map((c) => c.id)).size }));
  const conflicts = (stmt(store.db, 'SELECT count(*) AS n FROM (SELECT DISTINCT entity, row_id, field FROM conflicts)').get() as { n: number }).n;
  const items = attentionItems({
    today,
    me,
    reports,
    vacancies: vacancies(store, today),
    gbfGaps: coverage(store)
      .gbfGaps.filter((g) => g.best === null)
      .map((g) => g.itemId),
    conflicts,
    flags: check.flags,
    agendaItems: check.items,
    actions: listActions(store, { today }),
    changedSinceSubmitted,
    needs: listNeeds(store, { status: 'open' }),
  });
  return { items, me };
}

/** How many items of each urgency, for the navigation. */
export function attentionSummary(store: Store, today = localToday()) {
  const counts = { overdue: 0, soon: 0, open: 0 };
  for (const i of attention(store, today).items) counts[i.urgency]++;
  return counts;
}
