import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/days.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// The reports the country owes, tracked through dispatch on a real store: status, owner, override
// and submission with their rules; ownership that follows a handover; reports that follow membership
// and are kept when they no longer apply; delegated parts; two desks that agree after a bundle.

const TODAY = localToday();
const YEAR = Number(TODAY.slice(0, 4));
// the CITES annual trade report covering last year, due 31 October this year
const CITES = { obligationId: 'cites:annual-trade', period: String(YEAR - 1) };
const CITES_ID = `cites:annual-trade__${YEAR - 1}`;

class ReportsDesk extends TestDesk {
  reports() {
    return this.call('reporting.deadlines', {}).items;
  }
  report(id: string) {
    return this.reports().find((r) => r.id === id);
  }
  /** a CITES Management Authority with its holder, as the registry records it */
  citesAuthority(name: string, startDate: string) {
    const personId = this.person(name);
    return this.call('designations.create', { personId, roleId: 'cites:role:ma', startDate }).id;
  }
}
const desk = async () => {
  const d = await openDesk(ReportsDesk);
  d.call('membership.set', { instrumentId: 'cites', status: 'party' });
  d.call('membership.set', { instrumentId: 'cms', status: 'party' });
  return d;
};

describe('tracking the reports the country owes', () => {
  it('lists every report not started, with the rule date, and marks those past their date overdue', async () => {
    const d = await desk();
    const cites = d.report(CITES_ID)!;
    expect(cites).toMatchObject({ due: `${YEAR}-10-31`, ruleDue: `${YEAR}-10-31`, dueStatus: 'estimated', status: 'not_started', owner: null, applies: true, periodStart: `${YEAR - 1}-01-01`, periodEnd: `${YEAR - 1}-12-31` });
    expect(cites.overdue).toBe(`${YEAR}-10-31` < TODAY);
    for (const r of d.reports()) expect(r.overdue).toBe(r.due !== null && r.due < TODAY && r.status !== 'submitted');
  });

  it('records status, owner and submission; a submitted report is no longer overdue, and its history says what changed', async () => {
    const d = await desk();
    const owner = d.citesAuthority('Amina Diallo', '2020-01-01');
    d.call('reports.save', { ...CITES, status: 'drafting', ownerDesignationId: owner });
    expect(d.report(CITES_ID)).toMatchObject({ status: 'drafting', owner: { designationId: owner, personName: 'Amina Diallo', handedOver: false, vacant: false } });
    const saved = d.call('reports.save', { ...CITES, status: 'submitted', submittedOn: TODAY, submissionRef: 'CITES/AR/2026/017' });
    expect(saved).toMatchObject({ status: 'submitted', submittedOn: TODAY, submissionRef: 'CITES/AR/2026/017', overdue: false });
    // the owner stays when a later save does not name it
    expect(saved.owner?.designationId).toBe(owner);
    const history = d.call('reports.history', { id: CITES_ID });
    expect(history.filter((h) => h.field === 'status').map((h) => h.value)).toEqual(['drafting', 'submitted']);
    // only what was said: no null recorded for the fields nobody filled in
    expect(history.map((h) => h.field).sort()).toEqual(['ownerDesignationId', 'status', 'status', 'submissionRef', 'submittedOn']);
    expect(history.every((h) => h.here)).toBe(true);
  });

  it('a due date overridden with a reason counts instead of the rule, and clearing it drops the reason', async () => {
    const d = await desk();
    const r = d.call('reports.save', { ...CITES, dueOverride: `${YEAR}-12-15`, overrideReason: 'extension granted by the Secretariat' });
    expect(r).toMatchObject({ due: `${YEAR}-12-15`, ruleDue: `${YEAR}-10-31`, dueOverride: `${YEAR}-12-15`, overrideReason: 'extension granted by the Secretariat' });
    const back = d.call('reports.save', { ...CITES, dueOverride: null });
    expect(back).toMatchObject({ due: `${YEAR}-10-31`, dueOverride: null, overrideReason: null });
  });

  it('refuses an override without a reason, a submission before the period ends or in the future, a due date before the period starts, a report of a convention the country is not Party to — changing nothing', async () => {
    const d = await desk();
    expect(d.refuse('reports.save', { ...CITES, dueOverride: `${YEAR}-12-15` }).issues).toEqual([{ path: 'overrideReason', code: 'required' }]);
    expect(d.refuse('reports.save', { ...CITES, dueOverride: `${YEAR - 2}-12-15`, overrideReason: 'typo' }).issues).toEqual([{ path: 'dueOverride', code: 'due_before_period' }]);
    expect(d.refuse('reports.save', { ...CITES, status: 'submitted', submittedOn: `${YEAR - 1}-12-31` }).issues).toEqual([{ path: 'submittedOn', code: 'submitted_before_period_end' }]);
    expect(d.refuse('reports.save', { ...CITES, status: 'submitted' }).issues).toEqual([{ path: 'submittedOn', code: 'required' }]);
    expect(d.refuse('reports.save', { ...CITES, status: 'submitted', submittedOn: `${YEAR + 1}-01-05` }).issues).toEqual([{ path: 'submittedOn', code: 'date_in_future' }]);
    expect(d.refuse('reports.save', { obligationId: 'ramsar:national-report', period: 'ramsar:cop15', status: 'drafting' }).issues).toEqual([{ path: 'obligationId', code: 'not_member' }]);
    expect(d.refuse('reports.save', { obligationId: 'cites:nothing', period: '2025', status: 'drafting' }).issues).toEqual([{ path: 'obligationId', code: 'invalid' }]);
    expect(d.refuse('reports.save', { obligationId: 'cites:annual-trade', period: '1900', status: 'drafting' }).issues).toEqual([{ path: 'period', code: 'invalid' }]);
    // an owner from another convention's registry
    const cmsPerson = d.person('Jonas Berg');
    const cmsNfp = d.call('designations.create', { personId: cmsPerson, roleId: 'cms:role:nfp', startDate: '2020-01-01' }).id;
    expect(d.refuse('reports.save', { ...CITES, ownerDesignationId: cmsNfp }).issues).toEqual([{ path: 'ownerDesignationId', code: 'role_not_in_convention' }]);
    expect(d.refuse('reports.save', { ...CITES, status: 'finished' as never }).code).toBe('invalid_input');
  });

  it('a handover of the owner’s role moves the report to the successor', async () => {
    const d = await desk();
    const outgoing = d.citesAuthority('Amina Diallo', '2020-01-01');
    d.call('reports.save', { ...CITES, ownerDesignationId: outgoing, status: 'drafting' });
    const successor = d.person('Karim Haddad');
    d.call('designations.handover', { id: outgoing, date: TODAY, successorId: successor });
    expect(d.report(CITES_ID)!.owner).toMatchObject({ personName: 'Karim Haddad', handedOver: true, vacant: false });
    // the role ended with nobody after: the report says its owner's role is vacant
    const other = await desk();
    const alone = other.citesAuthority('Lena Petrova', '2020-01-01');
    other.call('reports.save', { ...CITES, ownerDesignationId: alone });
    other.call('designations.update', { id: alone, patch: { endDate: '2021-12-31' } });
    expect(other.report(CITES_ID)!.owner).toMatchObject({ personName: 'Lena Petrova', vacant: true });
  });

  it('follows membership: a convention joined brings its reports; one left keeps the recorded reports, marked, with their history', async () => {
    const d = await desk();
    expect(d.reports().some((r) => r.convention === 'ramsar')).toBe(false);
    d.call('membership.set', { instrumentId: 'ramsar', status: 'party' });
    expect(d.reports().some((r) => r.convention === 'ramsar')).toBe(true);
    d.call('reports.save', { ...CITES, status: 'drafting', notes: 'trade database exported' });
    const citesCount = d.reports().filter((r) => r.convention === 'cites').length;
    d.call('membership.set', { instrumentId: 'cites', status: 'not_party' });
    const left = d.reports().filter((r) => r.convention === 'cites');
    expect(left.map((r) => r.id)).toEqual([CITES_ID]);
    expect(left[0]).toMatchObject({ applies: false, overdue: false, status: 'drafting', notes: 'trade database exported' });
    expect(citesCount).toBeGreaterThan(1);
    expect(d.call('reports.history', { id: CITES_ID }).length).toBeGreaterThan(0);
    expect(d.refuse('reports.save', { ...CITES, status: 'approved' }).issues).toEqual([{ path: 'obligationId', code: 'not_member' }]);
  });

  it('delegates parts to colleagues with their own due dates; a removed part can be restored', async () => {
    const d = await desk();
    const colleague = d.person('Sofia Moreno');
    const r = d.call('reports.parts.save', { reportId: CITES_ID, title: 'Section on live animals', assigneeId: colleague, due: `${YEAR}-09-30` });
    expect(r.parts).toEqual([expect.objectContaining({ title: 'Section on live animals', assigneeName: 'Sofia Moreno', due: `${YEAR}-09-30`, status: 'open' })]);
    const part = r.parts[0];
    expect(d.call('reports.parts.save', { id: part.id, reportId: CITES_ID, title: part.title, status: 'done' }).parts[0]).toMatchObject({ status: 'done', assigneeName: 'Sofia Moreno', due: `${YEAR}-09-30` });
    expect(d.call('reports.parts.delete', { id: part.id }).parts).toEqual([]);
    expect(d.call('reports.parts.restore', { id: part.id }).parts).toHaveLength(1);
    expect(d.refuse('reports.parts.save', { reportId: CITES_ID, title: '' }).issues).toEqual([{ path: 'title', code: 'required' }]);
    expect(d.refuse('reports.parts.save', { reportId: CITES_ID, title: 'x', assigneeId: '00000000-0000-4000-8000-000000000000' }).issues).toEqual([{ path: 'assigneeId', code: 'ref_missing' }]);
    expect(d.refuse('reports.parts.save', { reportId: 'ramsar:national-report__ramsar:cop16', title: 'x' }).issues).toEqual([{ path: 'reportId', code: 'not_member' }]);
    expect(d.refuse('reports.parts.save', { id: part.id, reportId: `cites:annual-trade__${YEAR - 2}`, title: 'moved' }).issues).toEqual([{ path: 'reportId', code: 'invalid' }]);
  });

  it('two desks exchange a bundle and agree on statuses, owners, parts and meeting dates', async () => {
    const a = await desk();
    const b = await desk();
    const owner = a.citesAuthority('Amina Diallo', '2020-01-01');
    a.call('reports.save', { ...CITES, status: 'internal_review', ownerDesignationId: owner });
    a.call('reports.parts.save', { reportId: CITES_ID, title: 'Seizures annex', due: `${YEAR}-09-01` });
    a.call('meetings.save', { id: 'cms:cop15', start: '2026-03-30', end: '2026-04-05', dates: 'confirmed' });
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    const view = (x: ReportsDesk) => x.reports().map(({ id, due, status, owner: o, parts }) => ({ id, due, status, owner: o?.personName ?? null, parts: parts.map((p) => p.title) }));
    expect(view(b)).toEqual(view(a));
    expect(b.report(CITES_ID)).toMatchObject({ status: 'internal_review', owner: { personName: 'Amina Diallo' } });
    expect(b.call('meetings.list', {}).find((m) => m.id === 'cms:cop15')).toMatchObject({ start: '2026-03-30', dates: 'confirmed' });
    // b's history shows a's changes as made on another desk
    expect(b.call('reports.history', { id: CITES_ID }).every((h) => !h.here)).toBe(true);
    // and b submits: a learns it
    b.call('reports.save', { ...CITES, status: 'submitted', submittedOn: TODAY });
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    expect(a.report(CITES_ID)).toMatchObject({ status: 'submitted', submittedOn: TODAY, overdue: false });
  });
});
