import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateFor } from '../../shared/reference/templates/index.ts';
import { openDesk } from '../helpers/desk.ts';

// The op log has one index by row, on the row id alone (migration 0017: smaller entries, a faster
// import). Every read of the ops of a row, or of an entity, must still go through an index, never
// read the whole log: the statements the desk prepares while a user works through the sample country (drafts,
// histories, imports that change existing rows, conflicts, scoped exports) are each asked for
// SQLite's plan.

const prepared = new Set<string>();
const prepare = Database.prototype.prepare;

beforeAll(() => {
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    prepared.add(sql);
    return prepare.call(this, sql);
  } as typeof prepare;
});
afterAll(() => {
  Database.prototype.prepare = prepare;
});

describe('the op log index by row', () => {
  it('is the one the store has, and every read of a row’s ops goes through an index', async () => {
    const d = await openDesk();
    const indexes = (d.core.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ops'").pluck().all() as string[]).sort();
    expect(indexes).toContain('ops_by_row');
    expect(indexes).not.toContain('ops_by_field');

    // a row that exists receives ops from another desk, and the two disagree
    const a = await openDesk();
    const ana = a.person('Ana Lima');
    d.call('sync.import', { content: a.call('sync.export', {}).content });
    a.call('people.update', { id: ana, patch: { title: 'Director' } });
    d.call('people.update', { id: ana, patch: { title: 'Head of unit' } });
    d.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(d.call('conflicts.list', {}).length).toBeGreaterThan(0);
    d.call('sync.export', { scope: { entities: ['person'] } });

    // the sample country: reports, their drafts, histories and what changed since
    await d.invoke('sample.load', {});
    const reports = d
      .call('reporting.deadlines', {})
      .items.filter((r) => r.applies && templateFor(r.obligationId, r.period))
      .slice(0, 4);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      d.call('drafts.get', { reportId: r.id });
      d.call('drafts.changes', { reportId: r.id });
      d.call('reports.history', { id: r.id });
    }
    d.call('drafts.reuse', {});
    d.call('app.info', {});

    const db = d.core.store.db;
    const byRow = [...prepared].filter((sql) => /\bops\b/.test(sql) && /\b(row_id|entity)\s*(=|IN)/i.test(sql));
    expect(byRow.length).toBeGreaterThan(4);
    for (const sql of byRow) {
      // the plan does not depend on the values: each parameter bound to null
      const anonymous = (sql.match(/\?/g) ?? []).map(() => null);
      const named = Object.fromEntries([...sql.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));
      const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const plan = (Object.keys(named).length ? explain.all(...anonymous, named) : explain.all(...anonymous)) as { detail: string }[];
      expect({ sql, scans: plan.map((p) => p.detail).filter((p) => /^SCAN (ops|o|c)\b/.test(p)) }).toEqual({ sql, scans: [] });
    }
  });
});
