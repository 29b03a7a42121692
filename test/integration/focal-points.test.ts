import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract.ts';
import type { Bundle } from '../../shared/bundle.ts';
import { conventionIds } from '../../shared/reference/conventions.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import { err, openDesk, TestDesk } from '../helpers/desk.ts';

// The focal-point registry through dispatch, as every door drives it, on real SQLite files:
// membership, designations (and their refusals), vacancies, handover, the views, and how
// designations travel between desks in bundles.

const TODAY = '2025-06-15';
const MISSING = '99999999-9999-4999-8999-999999999999';

const desk = () => openDesk(Desk);

class Desk extends TestDesk {
  party(...ids: string[]): void {
    for (const instrumentId of ids) this.call('membership.set', { instrumentId, status: 'party' });
  }
  designate(personId: string, roleId: string, startDate = '2020-01-01', more: Partial<ChannelInput<'designations.create'>> = {}) {
    return this.call('designations.create', { personId, roleId, startDate, ...more });
  }
  view(convention: string, today = TODAY) {
    return this.call('focal-points.byConvention', { convention, today });
  }
  role(convention: string, roleId: string, instrumentId: string | null = null, today = TODAY) {
    const r = this.view(convention, today).roles.find((x) => x.roleId === roleId && x.instrumentId === instrumentId);
    if (!r) throw new Error(`no role ${roleId} ${instrumentId} in ${convention}`);
    return r;
  }
  vacancies(today = TODAY) {
    return this.call('focal-points.vacancies', { today });
  }
  vacantRoles(convention: string, today = TODAY) {
    return this.vacancies(today).byConvention.find((c) => c.convention === convention)!.roles;
  }
}

/** the error is invalid_input with exactly this field issue */
function expectIssue(e: ErrorPayload, path: string, code: string): void {
  expect(e.code).toBe('invalid_input');
  expect(e.issues).toContainEqual(expect.objectContaining({ path, code }));
}

describe('membership', () => {
  it('records a party since a date, lists it, and stores it as a synced row', async () => {
    const a = await desk();
    const before = a.call('membership.list', {});
    expect(before.find((m) => m.instrumentId === 'cites')).toEqual({ instrumentId: 'cites', convention: 'cites', status: null, since: null, notes: null });

    const list = a.call('membership.set', { instrumentId: 'cites', status: 'party', since: '1975-07-01' });
    expect(list.find((m) => m.instrumentId === 'cites')).toEqual({ instrumentId: 'cites', convention: 'cites', status: 'party', since: '1975-07-01', notes: null });
    expect(a.call('membership.list', {})).toEqual(list);
    // every convention and instrument is listed, recorded or not
    expect(list.map((m) => m.instrumentId)).toEqual(expect.arrayContaining([...conventionIds, 'cbd:nagoya', 'cms:aewa']));
    expect(list.filter((m) => m.status !== null).map((m) => m.instrumentId)).toEqual(['cites']);

    // an instrument row carries its convention
    a.call('membership.set', { instrumentId: 'cms:aewa', status: 'signatory' });
    expect(a.call('membership.list', {}).find((m) => m.instrumentId === 'cms:aewa')).toMatchObject({ convention: 'cms', status: 'signatory', since: null });

    const rows = a.dump().entities.membership;
    expect(rows).toEqual([
      { id: 'cites', status: 'party', convention: 'cites', since: '1975-07-01', notes: null, _deleted: false },
      { id: 'cms:aewa', status: 'signatory', convention: 'cms', since: null, notes: null, _deleted: false },
    ]);
    expect(a.call('app.info', {}).counts.membership).toBe(2);
  });

  it('refuses an unknown instrument and changes nothing', async () => {
    const a = await desk();
    a.party('cites');
    expectIssue(a.refuse('membership.set', { instrumentId: 'cites:nonexistent', status: 'party' }), 'instrumentId', 'instrument_invalid');
    expectIssue(a.refuse('membership.set', { instrumentId: 'unesco', status: 'party' }), 'instrumentId', 'instrument_invalid');
  });
});

describe('designations', () => {
  it('creates a designation for an existing person, its convention derived from the role', async () => {
    const a = await desk();
    const moe = a.institution('Ministry of Environment', 'MoE');
    const ana = a.person('Ana Lima', moe);
    const d = a.designate(ana, 'cites:role:ma', '2020-01-01', { source: 'Notification 2020/001', notifiedDate: '2020-01-10' });
    expect(d).toMatchObject({
      personId: ana,
      personName: 'Ana Lima',
      personDeleted: false,
      institutionId: moe,
      institutionName: 'Ministry of Environment',
      roleId: 'cites:role:ma',
      convention: 'cites',
      instrumentId: null,
      startDate: '2020-01-01',
      endDate: null,
      notifiedDate: '2020-01-10',
      source: 'Notification 2020/001',
      active: true,
      deleted: false,
    });
    // a role about one instrument gets it without being told
    expect(a.designate(ana, 'cbd:role:abs-nfp')).toMatchObject({ convention: 'cbd', instrumentId: 'cbd:nagoya' });
    expect(a.dump().entities.designation.find((r) => r.id === d.id)).toMatchObject({ convention: 'cites', roleId: 'cites:role:ma', personId: ana });
    expect(a.call('designations.list', { personId: ana }).map((x) => x.roleId).sort()).toEqual(['cbd:role:abs-nfp', 'cites:role:ma']);
    expect(a.call('designations.list', { convention: 'cites' }).map((x) => x.id)).toEqual([d.id]);
  });

  it('refuses bad designations with a field issue, and each refusal leaves the store unchanged', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const gone = a.person('Gone Person');
    a.call('people.delete', { id: gone });

    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cites:role:nonexistent', startDate: '2020-01-01' }), 'roleId', 'role_invalid');
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'not a role', startDate: '2020-01-01' }), 'roleId', 'role_invalid');
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cites:role:ma', startDate: '2020-01-01', endDate: '2019-12-31' }), 'endDate', 'end_before_start');
    expectIssue(a.refuse('designations.create', { personId: MISSING, roleId: 'cites:role:ma', startDate: '2020-01-01' }), 'personId', 'ref_missing');
    expectIssue(a.refuse('designations.create', { personId: gone, roleId: 'cites:role:ma', startDate: '2020-01-01' }), 'personId', 'ref_missing');
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cbd:role:nfp', instrumentId: 'cms:aewa', startDate: '2020-01-01' }), 'instrumentId', 'role_not_in_convention');
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cms:role:instrument-nfp', instrumentId: 'cbd:nagoya', startDate: '2020-01-01' }), 'instrumentId', 'role_not_in_convention');
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cms:role:instrument-nfp', instrumentId: 'cms:nonexistent', startDate: '2020-01-01' }), 'instrumentId', 'role_not_in_convention');
    // a role about one instrument refuses another instrument of the same convention
    expectIssue(a.refuse('designations.create', { personId: ana, roleId: 'cbd:role:abs-nfp', instrumentId: 'cbd:cartagena', startDate: '2020-01-01' }), 'instrumentId', 'role_not_in_convention');
    expect(a.call('designations.list', { includeEnded: true })).toEqual([]);
  });

  it('refuses an end before the start on update, whether the patch holds one date or both', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const d = a.designate(ana, 'cites:role:ma', '2020-01-01');
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { endDate: '2019-12-31' } }), 'endDate', 'end_before_start');
    // both dates in the patch: refused by the contract's schema, at the patch's field (as every *.update channel reports schema issues)
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { startDate: '2021-01-01', endDate: '2020-06-30' } }), 'patch.endDate', 'end_before_start');
    const ended = a.call('designations.update', { id: d.id, patch: { endDate: '2024-12-31' } });
    expect(ended).toMatchObject({ startDate: '2020-01-01', endDate: '2024-12-31' });
    // moving the start past the stored end is refused too
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { startDate: '2025-01-01' } }), 'endDate', 'end_before_start');
    // the same day is a valid one-day designation
    expect(a.call('designations.update', { id: d.id, patch: { startDate: '2024-12-31' } })).toMatchObject({ startDate: '2024-12-31', endDate: '2024-12-31' });
  });

  it('refuses on update a person that is missing or deleted, and an instrument of another convention', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const gone = a.person('Gone Person');
    a.call('people.delete', { id: gone });
    a.party('cms', 'cms:aewa');
    const d = a.designate(ana, 'cms:role:instrument-nfp', '2020-01-01', { instrumentId: 'cms:aewa' });
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { personId: MISSING } }), 'personId', 'ref_missing');
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { personId: gone } }), 'personId', 'ref_missing');
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { roleId: 'cms:role:nonexistent' } }), 'roleId', 'role_invalid');
    expectIssue(a.refuse('designations.update', { id: d.id, patch: { instrumentId: 'cbd:nagoya' } }), 'instrumentId', 'role_not_in_convention');
    expect(a.call('designations.update', { id: d.id, patch: { instrumentId: 'cms:eurobats' } })).toMatchObject({ instrumentId: 'cms:eurobats', convention: 'cms' });
  });

  it('changing the role of a designation re-derives its convention and instrument', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const d = a.designate(ana, 'cms:role:instrument-nfp', '2020-01-01', { instrumentId: 'cms:aewa' });
    expect(a.call('designations.update', { id: d.id, patch: { roleId: 'cites:role:ma' } })).toMatchObject({ roleId: 'cites:role:ma', convention: 'cites', instrumentId: null });
    expect(a.call('designations.update', { id: d.id, patch: { roleId: 'cbd:role:abs-nfp' } })).toMatchObject({ roleId: 'cbd:role:abs-nfp', convention: 'cbd', instrumentId: 'cbd:nagoya' });
    expect(a.dump().entities.designation).toEqual([expect.objectContaining({ id: d.id, roleId: 'cbd:role:abs-nfp', convention: 'cbd', instrumentId: 'cbd:nagoya' })]);
    // a stale instrument would have let a second holder of a single-holder role through
    const e = a.designate(ana, 'cms:role:instrument-nfp', '2020-01-01', { instrumentId: 'cms:aewa' });
    expect(a.call('designations.update', { id: e.id, patch: { roleId: 'cms:role:nfp' } })).toMatchObject({ instrumentId: null });
    expectIssue(a.refuse('designations.create', { personId: a.person('Bo Chen'), roleId: 'cms:role:nfp', startDate: '2022-01-01' }), 'roleId', 'role_taken');
  });

  it('lists current designations by default and ended ones on request; deletes and restores', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const now = a.designate(ana, 'cites:role:ma', '2020-01-01');
    const ended = a.designate(ana, 'cites:role:sa', '2010-01-01', { endDate: '2012-12-31' });
    const future = a.designate(ana, 'cbd:role:nfp', '2999-01-01');
    expect(a.call('designations.list', {}).map((d) => d.id).sort()).toEqual([now.id, future.id].sort());
    expect(a.call('designations.list', { includeEnded: true }).map((d) => d.id)).toEqual([future.id, now.id, ended.id]);
    expect(a.call('designations.list', { roleId: 'cites:role:sa', includeEnded: true }).map((d) => d.id)).toEqual([ended.id]);
    expect(future.active).toBe(false);

    expect(a.call('designations.delete', { id: now.id })).toMatchObject({ id: now.id, deleted: true, active: false });
    expect(a.call('designations.list', {}).map((d) => d.id)).toEqual([future.id]);
    expect(a.refuse('designations.update', { id: now.id, patch: { notes: 'x' } }).code).toBe('row_deleted');
    expect(a.refuse('designations.delete', { id: now.id }).code).toBe('row_deleted');
    expect(a.call('designations.restore', { id: now.id })).toMatchObject({ deleted: false, active: true });
    expect(a.refuse('designations.restore', { id: now.id }).code).toBe('row_not_deleted');
    expect(a.refuse('designations.update', { id: MISSING, patch: { notes: 'x' } }).code).toBe('not_found');
  });

  it('gives a single-holder role one holder at a time, and a multiple role several', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const bo = a.person('Bo Chen');
    const cy = a.person('Cy Diaz');
    a.party('cbd', 'cites');
    const first = a.designate(ana, 'cbd:role:nfp', '2020-01-01');
    expectIssue(a.refuse('designations.create', { personId: bo, roleId: 'cbd:role:nfp', startDate: '2023-01-01' }), 'roleId', 'role_taken');
    // overlapping from before, with an end inside the current holder's time
    expectIssue(a.refuse('designations.create', { personId: bo, roleId: 'cbd:role:nfp', startDate: '2018-01-01', endDate: '2020-01-01' }), 'roleId', 'role_taken');
    // a past holder whose time ended before is history, not a second holder
    const past = a.designate(bo, 'cbd:role:nfp', '2015-01-01', { endDate: '2019-12-31' });
    expect(past).toMatchObject({ active: false, endDate: '2019-12-31' });
    // a deleted designation does not hold the role
    a.call('designations.delete', { id: first.id });
    const again = a.designate(cy, 'cbd:role:nfp', '2021-01-01');
    expect(a.role('cbd', 'cbd:role:nfp').holders.map((h) => h.id)).toEqual([again.id]);
    // nor does restoring it give the role a second holder
    expectIssue(a.refuse('designations.restore', { id: first.id }), 'roleId', 'role_taken');

    const ma1 = a.designate(ana, 'cites:role:ma', '2020-01-01');
    const ma2 = a.designate(bo, 'cites:role:ma', '2021-01-01');
    const ma = a.role('cites', 'cites:role:ma');
    expect(ma.holders.map((h) => h.id).sort()).toEqual([ma1.id, ma2.id].sort());
    expect(ma.state).toBe('held');
  });

  it('refuses, on update, dates or a role that would give a single-holder role a second holder', async () => {
    const a = await desk();
    const ana = a.person('Ana Lima');
    const bo = a.person('Bo Chen');
    a.designate(ana, 'cbd:role:nfp', '2020-01-01');
    const past = a.designate(bo, 'cbd:role:nfp', '2015-01-01', { endDate: '2019-12-31' });
    expectIssue(a.refuse('designations.update', { id: past.id, patch: { endDate: null } }), 'roleId', 'role_taken');
    const other = a.designate(bo, 'cbd:role:chm', '2020-01-01');
    expectIssue(a.refuse('designations.update', { id: other.id, patch: { roleId: 'cbd:role:nfp' } }), 'roleId', 'role_taken');
    // editing the holder's own designation is not a second holder
    expect(a.call('designations.update', { id: past.id, patch: { notes: 'first NFP' } })).toMatchObject({ notes: 'first NFP' });
  });
});

describe('vacancies', () => {
  it('with no membership recorded, nothing is vacant', async () => {
    const a = await desk();
    a.designate(a.person('Ana Lima'), 'cites:role:ma');
    const v = a.vacancies();
    expect(v.membershipRecorded).toBe(false);
    expect(v.total).toBe(0);
    expect(v.byConvention.map((c) => c.convention)).toEqual(conventionIds);
    expect(v.byConvention.every((c) => !c.member && c.vacancies === 0)).toBe(true);
  });

  it('an AEWA Party that is not a CMS Party still misses its AEWA focal point', async () => {
    const a = await desk();
    a.party('cms:aewa');
    const cms = a.vacancies().byConvention.find((c) => c.convention === 'cms')!;
    expect(cms.member).toBe(false);
    expect(cms.roles).toEqual([expect.objectContaining({ roleId: 'cms:role:instrument-nfp', instrumentId: 'cms:aewa', state: 'vacant' })]);
    expect(a.view('cms').roles.filter((r) => r.state === 'vacant').map((r) => [r.roleId, r.instrumentId])).toEqual([['cms:role:instrument-nfp', 'cms:aewa']]);
  });

  it('a CITES party without designations misses its MA and SA; designating the MA leaves one', async () => {
    const a = await desk();
    a.party('cites');
    const v = a.vacancies();
    expect(v.membershipRecorded).toBe(true);
    expect(v.total).toBe(2);
    const cites = v.byConvention.find((c) => c.convention === 'cites')!;
    expect(cites).toMatchObject({ member: true, vacancies: 2 });
    expect(cites.roles).toEqual([
      { roleId: 'cites:role:ma', instrumentId: null, state: 'vacant' },
      { roleId: 'cites:role:sa', instrumentId: null, state: 'vacant' },
    ]);
    // conventions the country is not party to have no vacancies
    expect(v.byConvention.filter((c) => c.convention !== 'cites').every((c) => !c.member && c.vacancies === 0)).toBe(true);
    // the optional enforcement role is no vacancy
    expect(a.role('cites', 'cites:role:enforcement').state).toBe('optional');

    const ana = a.person('Ana Lima');
    a.designate(ana, 'cites:role:ma', '2020-01-01');
    expect(a.vacancies().total).toBe(1);
    expect(a.vacantRoles('cites')).toEqual([{ roleId: 'cites:role:sa', instrumentId: null, state: 'vacant' }]);
    const view = a.view('cites');
    expect(view).toMatchObject({ convention: 'cites', member: true, vacancies: 1 });
    expect(a.role('cites', 'cites:role:ma')).toMatchObject({ state: 'held', expected: true });
    expect(a.role('cites', 'cites:role:ma').holders.map((h) => h.personName)).toEqual(['Ana Lima']);
  });

  it('an ended designation leaves the role expired; a future one does not hold it yet', async () => {
    const a = await desk();
    a.party('cites');
    const ana = a.person('Ana Lima');
    const bo = a.person('Bo Chen');
    const d = a.designate(ana, 'cites:role:ma', '2020-01-01', { endDate: '2024-12-31' });
    a.designate(bo, 'cites:role:sa', '2025-07-01');
    expect(a.vacantRoles('cites')).toEqual([
      { roleId: 'cites:role:ma', instrumentId: null, state: 'expired' },
      { roleId: 'cites:role:sa', instrumentId: null, state: 'vacant' },
    ]);
    const ma = a.role('cites', 'cites:role:ma');
    expect(ma).toMatchObject({ state: 'expired', holders: [] });
    expect(ma.history.map((h) => h.id)).toEqual([d.id]);
    // the same store seen on an earlier day: the MA is held, the SA not yet
    expect(a.role('cites', 'cites:role:ma', null, '2024-12-31').state).toBe('held');
    expect(a.vacantRoles('cites', '2024-12-31')).toEqual([{ roleId: 'cites:role:sa', instrumentId: null, state: 'vacant' }]);
    // and on a later day the SA is held
    expect(a.vacantRoles('cites', '2025-07-01')).toEqual([{ roleId: 'cites:role:ma', instrumentId: null, state: 'expired' }]);
  });

  it('signatory counts as taking part, not_party does not', async () => {
    const a = await desk();
    a.call('membership.set', { instrumentId: 'ramsar', status: 'signatory' });
    a.call('membership.set', { instrumentId: 'cites', status: 'not_party' });
    const v = a.vacancies();
    expect(v.byConvention.find((c) => c.convention === 'ramsar')).toMatchObject({ member: true, vacancies: 5 });
    expect(v.byConvention.find((c) => c.convention === 'cites')).toMatchObject({ member: false, vacancies: 0 });
    expect(v.total).toBe(5);
    // a party that leaves
    a.call('membership.set', { instrumentId: 'ramsar', status: 'not_party' });
    expect(a.vacancies()).toMatchObject({ membershipRecorded: false, total: 0 });
  });

  it('counts the roles of a protocol only when the country is party to it', async () => {
    const a = await desk();
    a.party('cbd');
    const withoutProtocols = a.vacantRoles('cbd').map((r) => r.roleId);
    expect(withoutProtocols).toEqual(['cbd:role:nfp', 'cbd:role:sbstta', 'cbd:role:chm']);
    expect(a.view('cbd').roles.some((r) => r.roleId === 'cbd:role:abs-nfp')).toBe(false);

    a.party('cbd:nagoya');
    const withNagoya = a.vacantRoles('cbd');
    expect(withNagoya.map((r) => r.roleId)).toEqual([...withoutProtocols, 'cbd:role:abs-nfp', 'cbd:role:abs-cna', 'cbd:role:abs-checkpoint', 'cbd:role:absch-pa']);
    expect(withNagoya.filter((r) => r.roleId.startsWith('cbd:role:abs')).every((r) => r.instrumentId === 'cbd:nagoya')).toBe(true);
    expect(a.vacantRoles('cbd').some((r) => r.roleId === 'cbd:role:cpb-nfp')).toBe(false);
    expect(a.vacancies().total).toBe(7);

    a.designate(a.person('Ana Lima'), 'cbd:role:abs-nfp');
    expect(a.vacantRoles('cbd').some((r) => r.roleId === 'cbd:role:abs-nfp')).toBe(false);
    expect(a.role('cbd', 'cbd:role:abs-nfp', 'cbd:nagoya').state).toBe('held');
  });

  it('expects one CMS instrument focal point per CMS agreement the country takes part in', async () => {
    const a = await desk();
    a.party('cms', 'cms:aewa');
    const roles = a.vacantRoles('cms');
    expect(roles).toEqual([
      { roleId: 'cms:role:nfp', instrumentId: null, state: 'vacant' },
      { roleId: 'cms:role:scientific-councillor', instrumentId: null, state: 'vacant' },
      { roleId: 'cms:role:instrument-nfp', instrumentId: 'cms:aewa', state: 'vacant' },
    ]);
    // the AEWA technical focal point is applicable but optional
    expect(a.role('cms', 'cms:role:aewa-technical', 'cms:aewa').state).toBe('optional');

    a.party('cms:eurobats');
    const instrumentRoles = () => a.view('cms').roles.filter((r) => r.roleId === 'cms:role:instrument-nfp');
    expect(instrumentRoles().map((r) => [r.instrumentId, r.state])).toEqual([
      ['cms:aewa', 'vacant'],
      ['cms:eurobats', 'vacant'],
    ]);
    const d = a.designate(a.person('Ana Lima'), 'cms:role:instrument-nfp', '2020-01-01', { instrumentId: 'cms:aewa' });
    expect(instrumentRoles().map((r) => [r.instrumentId, r.state, r.holders.map((h) => h.id)])).toEqual([
      ['cms:aewa', 'held', [d.id]],
      ['cms:eurobats', 'vacant', []],
    ]);
    expect(a.vacancies().total).toBe(3);
  });
});

describe('handover', () => {
  async function withHolder() {
    const a = await desk();
    a.party('cbd');
    const ana = a.person('Ana Lima');
    const bo = a.person('Bo Chen');
    const d = a.designate(ana, 'cbd:role:nfp', '2020-01-01', { source: 'letter 2019' });
    return { a, ana, bo, d };
  }

  it('ends the outgoing designation the day before and starts the successor on the date', async () => {
    const { a, ana, bo, d } = await withHolder();
    const { ended, started } = a.call('designations.handover', { id: d.id, date: '2025-03-01', successorId: bo, notifiedDate: '2025-03-05', source: 'Note verbale 12' });
    expect(ended).toMatchObject({ id: d.id, personId: ana, startDate: '2020-01-01', endDate: '2025-02-28', source: 'letter 2019' });
    expect(started).toMatchObject({ personId: bo, roleId: 'cbd:role:nfp', convention: 'cbd', instrumentId: null, startDate: '2025-03-01', endDate: null, notifiedDate: '2025-03-05', source: 'Note verbale 12' });
    expect(started.id).not.toBe(d.id);

    const nfp = a.role('cbd', 'cbd:role:nfp');
    expect(nfp.state).toBe('held');
    expect(nfp.holders.map((h) => h.personName)).toEqual(['Bo Chen']);
    expect(nfp.history.map((h) => [h.personName, h.endDate])).toEqual([['Ana Lima', '2025-02-28']]);
    expect(nfp.historyCount).toBe(1);
    // on the last day of the outgoing holder, the role is still theirs, and the successor is shown as coming
    const eve = a.role('cbd', 'cbd:role:nfp', null, '2025-02-28');
    expect(eve.holders.map((h) => h.personName)).toEqual(['Ana Lima']);
    expect(eve.upcoming.map((h) => [h.personName, h.startDate])).toEqual([['Bo Chen', '2025-03-01']]);
    expect(nfp.upcoming).toEqual([]);
    // across a leap day and a year end
    const next = a.call('designations.handover', { id: started.id, date: '2026-01-01', successorId: ana });
    expect(next.ended.endDate).toBe('2025-12-31');
  });

  it('refuses a handover on or before the outgoing start, and a missing or deleted successor, changing nothing', async () => {
    const { a, bo, d } = await withHolder();
    expectIssue(a.refuse('designations.handover', { id: d.id, date: '2020-01-01', successorId: bo }), 'date', 'handover_before_start');
    expectIssue(a.refuse('designations.handover', { id: d.id, date: '2019-06-01', successorId: bo }), 'date', 'handover_before_start');
    expectIssue(a.refuse('designations.handover', { id: d.id, date: '2025-03-01', successorId: MISSING }), 'successorId', 'ref_missing');
    const gone = a.person('Gone Person');
    a.call('people.delete', { id: gone });
    expectIssue(a.refuse('designations.handover', { id: d.id, date: '2025-03-01', successorId: gone }), 'successorId', 'ref_missing');
    expect(a.refuse('designations.handover', { id: MISSING, date: '2025-03-01', successorId: bo }).code).toBe('not_found');
    a.call('designations.delete', { id: d.id });
    expect(a.refuse('designations.handover', { id: d.id, date: '2025-03-01', successorId: bo }).code).toBe('row_deleted');
  });

  it('the earliest handover date is the day after the outgoing start', async () => {
    const { a, bo, d } = await withHolder();
    const { ended, started } = a.call('designations.handover', { id: d.id, date: '2020-01-02', successorId: bo });
    expect([ended.startDate, ended.endDate, started.startDate]).toEqual(['2020-01-01', '2020-01-01', '2020-01-02']);
  });
});

describe('views', () => {
  async function registry() {
    const a = await desk();
    const moe = a.institution('Ministry of Environment', 'MoE');
    const kws = a.institution('Secretaría de Fauna', 'SF');
    const ana = a.person('José Pérez', moe);
    const bo = a.person('Bo Chen', kws);
    const cy = a.person('Cy Diaz');
    const ids = {
      moe,
      kws,
      ana,
      bo,
      cy,
      ma: a.designate(ana, 'cites:role:ma', '2020-01-01').id,
      nfp: a.designate(ana, 'cbd:role:nfp', '2020-01-01').id,
      sa: a.designate(bo, 'cites:role:sa', '2020-01-01').id,
      oldChm: a.designate(bo, 'cbd:role:chm', '2010-01-01', { endDate: '2015-12-31' }).id,
      ramsar: a.designate(cy, 'ramsar:role:aa', '2020-01-01').id,
    };
    return { a, ...ids };
  }

  it('byInstitution groups active designations by the person’s institution', async () => {
    const { a, moe, kws, ma, nfp, sa, ramsar } = await registry();
    const groups = a.call('focal-points.byInstitution', { today: TODAY });
    expect(groups.map((g) => [g.institutionName, g.conventions.sort(), g.designations.map((d) => d.id).sort()])).toEqual([
      ['Ministry of Environment', ['cbd', 'cites'], [ma, nfp].sort()],
      ['Secretaría de Fauna', ['cites'], [sa]],
      [null, ['ramsar'], [ramsar]],
    ]);
    expect(groups.map((g) => g.institutionId)).toEqual([moe, kws, null]);
    // on a day before anyone started, nobody sits anywhere
    expect(a.call('focal-points.byInstitution', { today: '2011-01-01' }).map((g) => g.designations.map((d) => d.roleId))).toEqual([['cbd:role:chm']]);
  });

  it('the matrix has the country’s conventions as columns, all of them when membership is not recorded', async () => {
    const { a } = await registry();
    const all = a.call('focal-points.matrix', { today: TODAY });
    expect(all.conventions).toEqual(conventionIds);
    const moeRow = all.rows.find((r) => r.institutionName === 'Ministry of Environment')!;
    expect(moeRow.cells).toEqual({ cites: [{ roleId: 'cites:role:ma', instrumentId: null, personName: 'José Pérez' }], cbd: [{ roleId: 'cbd:role:nfp', instrumentId: null, personName: 'José Pérez' }] });
    expect(all.rows.find((r) => r.institutionName === 'Secretaría de Fauna')!.cells).toEqual({ cites: [{ roleId: 'cites:role:sa', instrumentId: null, personName: 'Bo Chen' }] });

    a.party('cites', 'cbd');
    expect(a.call('focal-points.matrix', { today: TODAY }).conventions).toEqual(['cbd', 'cites']);
    a.party('cms:aewa');
    // an instrument alone does not add a column; its convention does
    expect(a.call('focal-points.matrix', { today: TODAY }).conventions).toEqual(['cbd', 'cites']);
  });

  it('search finds people accent-insensitively with their active roles, institutions by name, and holders of roles', async () => {
    const { a, ana, bo, kws, ma, sa } = await registry();
    for (const q of ['jose perez', 'PÉREZ', 'Jose']) {
      const r = a.call('focal-points.search', { query: q });
      expect(r.people.map((p) => p.id)).toEqual([ana]);
      expect(r.people[0]).toMatchObject({ name: 'José Pérez', institutionName: 'Ministry of Environment' });
      expect(r.people[0].roles.sort()).toEqual(['cbd:role:nfp', 'cites:role:ma']);
    }
    // an ended designation is no role today
    expect(a.call('focal-points.search', { query: 'bo chen' }).people).toEqual([expect.objectContaining({ id: bo, roles: ['cites:role:sa'] })]);
    const inst = a.call('focal-points.search', { query: 'secretaria fauna' });
    expect(inst.institutions).toEqual([{ id: kws, name: 'Secretaría de Fauna', acronym: 'SF' }]);
    expect(inst.people).toEqual([]);
    expect(inst.holders).toEqual([]);

    const holders = a.call('focal-points.search', { query: 'zzz', roleIds: ['cites:role:ma', 'cites:role:sa', 'cbd:role:chm'] });
    expect(holders.people).toEqual([]);
    expect(holders.holders.map((h) => h.id).sort()).toEqual([ma, sa].sort());
    expect(holders.holders.every((h) => h.active)).toBe(true);

    // a deleted institution is neither found nor shown beside its people
    a.call('institutions.delete', { id: kws });
    expect(a.call('focal-points.search', { query: 'secretaria fauna' }).institutions).toEqual([]);
    expect(a.call('focal-points.search', { query: 'bo chen' }).people[0]).toMatchObject({ id: bo, institutionName: null });
  });
});

describe('sync', () => {
  async function desksWithRegistry() {
    const a = await desk();
    const moe = a.institution('Ministry of Environment', 'MoE');
    const fish = a.institution('Fisheries Department');
    const ana = a.person('Ana Lima', moe);
    const bo = a.person('Bo Chen', fish);
    a.call('membership.set', { instrumentId: 'cites', status: 'party', since: '1975-07-01' });
    a.party('cbd', 'cbd:nagoya');
    const ma = a.designate(ana, 'cites:role:ma', '2020-01-01');
    const old = a.designate(bo, 'cbd:role:nfp', '2015-01-01');
    const nfp = a.call('designations.handover', { id: old.id, date: '2024-01-01', successorId: ana }).started;
    const abs = a.designate(bo, 'cbd:role:abs-nfp', '2021-01-01');
    return { a, moe, fish, ana, bo, ma, old, nfp, abs };
  }

  it('designations and membership travel in a full bundle: the other desk sees the same registry', async () => {
    const { a } = await desksWithRegistry();
    const b = await desk();
    const bundle = a.call('sync.export', {});
    const summary = b.call('sync.import', { content: bundle.content, fileName: bundle.fileName });
    expect(summary.rowsNew).toMatchObject({ designation: 4, membership: 3, person: 2, institution: 2 });
    expect(summary.conflictsCreated).toBe(0);
    for (const c of conventionIds) expect(b.view(c)).toEqual(a.view(c));
    expect(b.view('cbd').roles.find((r) => r.roleId === 'cbd:role:nfp')!.holders.map((h) => h.personName)).toEqual(['Ana Lima']);
    expect(b.call('membership.list', {})).toEqual(a.call('membership.list', {}));
    expect(b.vacancies()).toEqual(a.vacancies());
    expect(b.call('focal-points.matrix', { today: TODAY })).toEqual(a.call('focal-points.matrix', { today: TODAY }));
    expect(b.dump().entities).toEqual(a.dump().entities);
  });

  it('a bundle scoped to CITES carries the CITES designations, their people and institutions, and nothing of CBD', async () => {
    const { a, moe, fish, ana, bo, ma, nfp, abs, old } = await desksWithRegistry();
    const c = await desk();
    const scoped = a.call('sync.export', { scope: { conventions: ['cites'] } });
    const ops = (JSON.parse(scoped.content) as Bundle).ops;
    expect(new Set(ops.filter((o) => o.entity === 'designation').map((o) => o.id))).toEqual(new Set([ma.id]));
    c.call('sync.import', { content: scoped.content });
    const entities = c.dump().entities;
    expect(entities.designation.map((r) => r.id)).toEqual([ma.id]);
    expect(entities.person.map((r) => r.id)).toEqual([ana]);
    expect(entities.institution.map((r) => r.id)).toEqual([moe]);
    expect(entities.membership.map((r) => r.id)).toEqual(['cites']);
    for (const id of [nfp.id, abs.id, old.id]) expect(entities.designation.some((r) => r.id === id)).toBe(false);
    for (const id of [bo, fish]) expect([...entities.person, ...entities.institution].some((r) => r.id === id)).toBe(false);
    expect(c.view('cites')).toEqual(a.view('cites'));
    expect(c.call('designations.list', { convention: 'cbd', includeEnded: true })).toEqual([]);
  });

  it('two desks designating a single-holder role at once keep both designations after merging', async () => {
    const a = await desk();
    const b = await desk();
    a.party('cbd');
    const ana = a.person('Ana Lima');
    const bo = a.person('Bo Chen');
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    const fromA = a.designate(ana, 'cbd:role:nfp', '2024-01-01');
    const fromB = b.designate(bo, 'cbd:role:nfp', '2024-02-01');
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.dump()).toEqual(a.dump());
    for (const d of [a, b]) {
      const nfp = d.role('cbd', 'cbd:role:nfp');
      expect(nfp.state).toBe('held');
      expect(nfp.holders.map((h) => h.id).sort()).toEqual([fromA.id, fromB.id].sort());
    }
    // the overlap is settled by hand: after it, the role has one holder again
    a.call('designations.handover', { id: fromA.id, date: '2024-02-01', successorId: bo });
    a.call('designations.delete', { id: fromB.id });
    expect(a.role('cbd', 'cbd:role:nfp').holders.map((h) => h.personName)).toEqual(['Bo Chen']);
  });

  it('a designation whose person was deleted on another desk still shows, and no view breaks', async () => {
    const a = await desk();
    const b = await desk();
    const moe = a.institution('Ministry of Environment');
    const ana = a.person('Ana Lima', moe);
    a.party('cites');
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    // B deletes Ana, not knowing that A is about to designate her
    b.call('people.delete', { id: ana });
    const d = a.designate(ana, 'cites:role:ma', '2020-01-01');
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    b.call('sync.import', { content: a.call('sync.export', {}).content });

    for (const desk of [a, b]) {
      const ma = desk.role('cites', 'cites:role:ma');
      expect(ma.holders).toEqual([expect.objectContaining({ id: d.id, personId: ana, personName: 'Ana Lima', personDeleted: true, active: true })]);
      expect(desk.call('designations.list', {})).toEqual([expect.objectContaining({ id: d.id, personDeleted: true })]);
      expect(desk.vacancies().total).toBe(1);
      const groups = desk.call('focal-points.byInstitution', { today: TODAY });
      expect(groups.flatMap((g) => g.designations.map((x) => x.id))).toEqual([d.id]);
      expect(desk.call('focal-points.matrix', { today: TODAY }).conventions).toEqual(['cites']);
      const found = desk.call('focal-points.search', { query: 'ana', roleIds: ['cites:role:ma'] });
      expect(found.people).toEqual([]);
      expect(found.holders.map((h) => [h.id, h.personDeleted])).toEqual([[d.id, true]]);
      expect(desk.call('app.check', {}).ok).toBe(true);
    }
    expect(b.dump()).toEqual(a.dump());
    // restoring the person brings the holder back to normal
    a.call('people.restore', { id: ana });
    expect(a.role('cites', 'cites:role:ma').holders[0].personDeleted).toBe(false);
    // a fresh id that reaches nobody still leads to ref_missing, not a crash
    expect(err(a.core.dispatcher.dispatch('designations.create', { personId: crypto.randomUUID(), roleId: 'cites:role:sa', startDate: '2020-01-01' })).code).toBe('invalid_input');
  });
});
