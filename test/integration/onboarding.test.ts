import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { checklistFor, commonItems } from '../../shared/reference/onboarding.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// Onboarding, My desk and the handover pack through dispatch on real stores: ticks saved, listed,
// refused at the field with nothing written, and synced between desks; My desk composed for a
// person with two roles; the handover pack of a CITES Management Authority taken over from a
// predecessor, with its deadlines, drafts, positions, actions, contacts, bundles and checklist.

const TODAY = localToday();
const MISSING = '00000000-0000-4000-8000-000000000000';
const MA_ITEMS = checklistFor('cites:role:ma').length;

class OnboardingDesk extends TestDesk {
  designate(personId: string, roleId: string, startDate = '2024-01-15') {
    return this.call('designations.create', { personId, roleId, startDate });
  }
  tick(designationId: string, itemKey: string, done = true) {
    return this.call('onboarding.tick', { designationId, itemKey, done });
  }
  me(personId: string | null) {
    this.call('settings.update', { mePersonId: personId });
  }
}

describe('the onboarding checklist', () => {
  it('has the common items and the role’s own, each role item with its source and confidence', () => {
    const ma = checklistFor('cites:role:ma');
    expect(ma.slice(0, commonItems.length)).toEqual(commonItems);
    expect(ma.slice(commonItems.length).map((i) => i.key)).toContain('cites_ma.permits');
    for (const item of ma.slice(commonItems.length)) expect(item.source).toMatchObject({ confidence: expect.stringMatching(/^(high|medium|low)$/), basis: expect.any(String) });
    expect(checklistFor('cms:role:nfp').find((i) => i.key === 'cms_nfp.family_manual')?.source?.basis).toMatch(/seed 004/);
    // a role without items of its own gets the common ones
    expect(checklistFor('cbd:role:gti')).toEqual(commonItems);
  });

  it('saves ticks with the day and who ticked them, lists them, and unticks', async () => {
    const d = await openDesk(OnboardingDesk);
    const amina = d.person('Amina Okafor');
    const ma = d.designate(amina, 'cites:role:ma');
    const fresh = d.call('onboarding.checklist', { designationId: ma.id });
    expect(fresh).toMatchObject({ designationId: ma.id, roleId: 'cites:role:ma', done: 0, total: MA_ITEMS });
    expect(fresh.items.find((i) => i.key === 'cites_ma.permits')).toMatchObject({ confidence: 'high', basis: expect.stringContaining('Art. IX.1(a)'), doneOn: null });
    expect(fresh.items.find((i) => i.key === 'common.read_handover')).toMatchObject({ confidence: null, basis: null });

    d.me(amina);
    const ticked = d.tick(ma.id, 'common.confirm_designation');
    expect(ticked.done).toBe(1);
    expect(ticked.items[0]).toMatchObject({ key: 'common.confirm_designation', doneOn: TODAY, doneById: amina, doneByName: 'Amina Okafor' });
    d.tick(ma.id, 'cites_ma.permits');
    // ticking what is ticked changes nothing
    const ops = d.call('app.info', {}).counts.ops;
    d.tick(ma.id, 'cites_ma.permits');
    expect(d.call('app.info', {}).counts.ops).toBe(ops);
    expect(d.call('onboarding.progress', {})).toEqual([{ designationId: ma.id, done: 2, total: MA_ITEMS }]);

    const unticked = d.tick(ma.id, 'common.confirm_designation', false);
    expect(unticked.done).toBe(1);
    expect(unticked.items[0]).toMatchObject({ doneOn: null, doneById: null, doneByName: null });
  });

  it('refuses a missing designation and an item the role does not have, at the field, writing nothing', async () => {
    const d = await openDesk(OnboardingDesk);
    const ma = d.designate(d.person('Amina Okafor'), 'cites:role:ma');
    expect(d.refuse('onboarding.tick', { designationId: MISSING, itemKey: 'common.confirm_designation', done: true }).issues).toEqual([{ path: 'designationId', code: 'ref_missing' }]);
    // a CMS item is not a CITES Management Authority's
    expect(d.refuse('onboarding.tick', { designationId: ma.id, itemKey: 'cms_nfp.family_manual', done: true }).issues).toEqual([{ path: 'itemKey', code: 'invalid' }]);
    expect(d.refuse('onboarding.tick', { designationId: ma.id, itemKey: 'no such key', done: true }).issues).toEqual([{ path: 'itemKey', code: 'invalid' }]);
    expect(d.refuse('onboarding.tick', { designationId: 'not-an-id', itemKey: 'common.confirm_designation', done: true } as never).issues).toEqual([{ path: 'designationId', code: 'invalid' }]);
    d.call('designations.delete', { id: ma.id });
    expect(d.refuse('onboarding.tick', { designationId: ma.id, itemKey: 'common.confirm_designation', done: true }).issues).toEqual([{ path: 'designationId', code: 'ref_missing' }]);
  });

  it('syncs ticks: a tick made on one desk shows on the other, and the same item ticked on both is one row', async () => {
    const a = await openDesk(OnboardingDesk);
    const ma = a.designate(a.person('Amina Okafor'), 'cites:role:ma');
    a.tick(ma.id, 'common.confirm_designation');
    const b = await openDesk(OnboardingDesk);
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.call('onboarding.checklist', { designationId: ma.id }).items[0].doneOn).toBe(TODAY);
    b.tick(ma.id, 'cites_ma.permits');
    a.tick(ma.id, 'cites_ma.permits');
    b.tick(ma.id, 'common.confirm_designation', false);
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    for (const d of [a, b]) {
      const list = d.call('onboarding.checklist', { designationId: ma.id });
      expect(list.items.filter((i) => i.doneOn).map((i) => i.key)).toEqual(['cites_ma.permits']);
      // one row per designation and item, whichever desk ticked it; the same day on both is no conflict
      expect(d.dump().entities.onboardingTick.map((t) => t.id)).toEqual([`${ma.id}__cites_ma.permits`, `${ma.id}__common.confirm_designation`]);
      expect(d.call('conflicts.list', {})).toEqual([]);
    }
    // a bundle scoped to CITES carries the ticks with their designation
    const c = await openDesk(OnboardingDesk);
    c.call('sync.import', { content: a.call('sync.export', { scope: { conventions: ['cites'] } }).content });
    expect(c.call('onboarding.checklist', { designationId: ma.id }).done).toBe(1);
  });
});

describe('my desk', () => {
  it('says nobody is set until Settings says who uses the desk', async () => {
    const d = await openDesk(OnboardingDesk);
    expect(d.call('mydesk.get', {})).toEqual({ me: null, designations: [], reports: [], parts: [], actions: [], trainings: [] });
  });

  it('gathers two roles with their onboarding, an owned report, an assigned part, an open action and a training', async () => {
    const d = await openDesk(OnboardingDesk);
    const amina = d.person('Amina Okafor');
    const li = d.person('Li Wei');
    const ma = d.designate(amina, 'cites:role:ma');
    const cms = d.designate(amina, 'cms:role:nfp', '2025-03-01');
    d.designate(li, 'cites:role:sa');
    d.me(amina);
    d.tick(cms.id, 'cms_nfp.family_manual');
    d.call('reports.save', { obligationId: 'cites:annual-trade', period: '2025', status: 'drafting', ownerDesignationId: ma.id });
    const illegal = d.call('reports.save', { obligationId: 'cites:illegal-trade', period: '2025', status: 'not_started' });
    d.call('reports.parts.save', { reportId: illegal.id, title: 'Seizure figures', assigneeId: amina, due: addDays(TODAY, 20) });
    d.call('reports.parts.save', { reportId: illegal.id, title: 'Prosecutions', assigneeId: li });
    d.call('actions.save', { title: 'Send the permit statistics', ownerPersonId: amina, due: addDays(TODAY, 10), status: 'open' });
    d.call('actions.save', { title: 'Book the venue', ownerPersonId: amina, due: addDays(TODAY, -5), status: 'done' });
    d.call('actions.save', { title: 'Draft the NDF', ownerPersonId: li, due: addDays(TODAY, 10), status: 'open' });
    d.call('capacity.trainings.save', { title: 'CMS Family e-community: the NFP role', kind: 'e_community_course', convention: 'cms', startDate: '2025-04-01', attendeeIds: [amina] });

    const desk = d.call('mydesk.get', { today: TODAY });
    expect(desk.me).toEqual({ personId: amina, name: 'Amina Okafor' });
    expect(desk.designations.map((x) => [x.designation.roleId, x.progress])).toEqual([
      ['cms:role:nfp', { done: 1, total: checklistFor('cms:role:nfp').length }],
      ['cites:role:ma', { done: 0, total: MA_ITEMS }],
    ]);
    expect(desk.reports.map((r) => [r.id, r.status])).toEqual([['cites:annual-trade__2025', 'drafting']]);
    expect(desk.parts.map((p) => [p.part.title, p.report.id])).toEqual([['Seizure figures', 'cites:illegal-trade__2025']]);
    expect(desk.actions.map((a) => a.title)).toEqual(['Send the permit statistics']);
    expect(desk.trainings.map((t) => t.title)).toEqual(['CMS Family e-community: the NFP role']);
  });
});

describe('the handover pack', () => {
  it('holds the predecessor and the holder, deadlines, drafts, positions, actions, contacts, bundles and the checklist', async () => {
    const d = await openDesk(OnboardingDesk);
    const baraka = d.call('people.create', { name: 'Baraka Otieno', email: 'baraka@wildlife.go.ke', phone: '+254 20 123 4567' }).id;
    const amina = d.call('people.create', { name: 'Amina Okafor', email: 'amina@wildlife.go.ke' }).id;
    const li = d.call('people.create', { name: 'Li Wei', email: 'li@museums.go.ke', phone: '+254 20 765 4321' }).id;
    const chair = d.call('people.create', { name: 'Grace Mutua', email: 'grace@environment.go.ke' }).id;
    const old = d.designate(baraka, 'cites:role:ma', '2019-05-01');
    d.designate(li, 'cites:role:sa', '2020-01-01');
    d.designate(chair, 'cms:role:nfp', '2020-01-01');
    d.call('reports.save', { obligationId: 'cites:annual-trade', period: '2025', status: 'drafting', ownerDesignationId: old.id });
    d.call('actions.save', { title: 'Send the permit statistics', ownerPersonId: baraka, due: addDays(TODAY, 10), status: 'open' });
    d.call('actions.save', { title: 'Brief the fisheries ministry', ownerPersonId: chair, due: addDays(TODAY, 10), status: 'open' });
    d.call('meetings.save', { id: 'cites:cop21', start: addDays(TODAY, 200), end: addDays(TODAY, 211), place: 'Geneva' });
    const item = d.call('agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Oceanic whitetip shark in Appendix I', topicIds: ['sharks-rays'] });
    const position = d.call('positions.save', { agendaItemId: item.id, stance: 'support_conditions', status: 'draft', leadDesignationId: old.id });
    d.call('wg.members.save', { personId: chair, role: 'chair' });
    const handover = d.call('designations.handover', { id: old.id, date: addDays(TODAY, -30), successorId: amina });
    d.tick(handover.started.id, 'common.read_handover');
    const other = await openDesk(OnboardingDesk);
    d.call('sync.import', { content: other.call('sync.export', {}).content, fileName: 'ramsar-desk.sdbundle' });
    d.call('sync.export', { peer: 'Ramsar desk', scope: { conventions: ['cites'] } });

    const pack = d.call('handover.get', { designationId: handover.started.id, today: TODAY });
    expect(pack.designation).toMatchObject({ id: handover.started.id, personName: 'Amina Okafor', roleId: 'cites:role:ma', active: true });
    expect(pack.predecessor).toMatchObject({ id: old.id, personName: 'Baraka Otieno', endDate: addDays(TODAY, -31) });
    expect(pack.current.map((x) => x.personName)).toEqual(['Amina Okafor']);
    // the convention's reports still owed, the one handed over marked as the role's; a date computed from the rule is an estimate
    const trade = pack.deadlines.find((x) => x.report.id === 'cites:annual-trade__2025')!;
    expect(trade).toMatchObject({ owned: true, report: { status: 'drafting', due: '2026-10-31', dueStatus: 'estimated', owner: { designationId: handover.started.id, handedOver: true } } });
    expect(pack.deadlines.every((x) => x.report.convention === 'cites')).toBe(true);
    expect(pack.deadlines.find((x) => x.report.obligationId === 'cites:implementation')?.report.dueStatus).not.toBe('official');
    expect(pack.drafts).toEqual([{ report: trade.report, answers: 0 }]);
    expect(pack.positions.map((p) => [p.meeting.id, p.item.number, p.position.id, p.position.leadName])).toEqual([['cites:cop21', '85.3', position.id, 'Baraka Otieno']]);
    // the predecessor's open action comes with the role; another convention's person's does not
    expect(pack.actions.map((a) => a.title)).toEqual(['Send the permit statistics']);
    expect(pack.contacts.focalPoints.map((c) => [c.name, c.roleId, c.email, c.phone])).toEqual([['Li Wei', 'cites:role:sa', 'li@museums.go.ke', '+254 20 765 4321']]);
    expect(pack.contacts.workingGroup.map((c) => [c.name, c.groupRole, c.email])).toEqual([['Grace Mutua', 'chair', 'grace@environment.go.ke']]);
    expect(pack.bundles.imports.map((i) => i.fileName)).toEqual(['ramsar-desk.sdbundle']);
    expect(pack.bundles.exports).toEqual([{ peer: 'Ramsar desk', conventions: ['cites'], entities: [], exportedAt: expect.any(String) }]);
    expect(pack.checklist).toMatchObject({ designationId: handover.started.id, done: 1, total: MA_ITEMS });

    // the outgoing holder's pack names the successor as the holder today
    const outgoing = d.call('handover.get', { designationId: old.id, today: TODAY });
    expect(outgoing.current.map((x) => x.personName)).toEqual(['Amina Okafor']);
    expect(outgoing.predecessor).toBeNull();
  });

  it('refuses a designation that is not there', async () => {
    const d = await openDesk(OnboardingDesk);
    expect(d.refuse('handover.get', { designationId: MISSING }).code).toBe('not_found');
  });
});
