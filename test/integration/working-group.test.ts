import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// The national working group through dispatch on real stores: members with the designations that
// bring them, a meeting that agrees a position, decisions of a held convention meeting turned into
// follow-up actions, the briefing's open actions, and all of it exchanged between two desks.

const TODAY = localToday();

class GroupDesk extends TestDesk {
  cmsNfp() {
    const person = this.person('Amina Okafor', this.institution('Ministry of Environment', 'MoE'));
    const designation = this.call('designations.create', { personId: person, roleId: 'cms:role:nfp', startDate: '2021-01-01' });
    return { person, designation: designation.id };
  }
  /** CMS COP16 ahead, with an item on sharks */
  cop16Item() {
    this.call('meetings.save', { id: 'cms:cop16', start: addDays(TODAY, 300), end: addDays(TODAY, 306) });
    return this.call('agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays'] }).id;
  }
}

describe('the national working group', () => {
  it('keeps members with their designations, agrees a position at its meeting, and keeps the position’s history', async () => {
    const d = await openDesk(GroupDesk);
    const amina = d.cmsNfp();
    const other = d.person('Li Wei');
    const member = d.call('wg.members.save', { personId: amina.person, designationIds: [amina.designation], role: 'chair', since: '2024-01-01' });
    expect(member).toMatchObject({ personName: 'Amina Okafor', institutionName: 'Ministry of Environment', designationIds: [amina.designation], role: 'chair' });
    d.call('wg.members.save', { personId: other, role: 'member' });
    expect(d.call('wg.members.list', {}).map((m) => m.personName)).toEqual(['Amina Okafor', 'Li Wei']);
    const meeting = d.call('wg.meetings.save', { date: addDays(TODAY, -3), title: 'Working group, 4th meeting', attendeeIds: [amina.person, other], minutes: 'Sharks discussed.', decisionsTaken: 'Support the CMS listing.' });
    expect(meeting.attendees.map((a) => a.name)).toEqual(['Amina Okafor', 'Li Wei']);
    const item = d.cop16Item();
    const draft = d.call('positions.save', { agendaItemId: item, stance: 'undecided', status: 'draft', leadDesignationId: amina.designation });
    const agreed = d.call('positions.save', { id: draft.id, agendaItemId: item, stance: 'support', status: 'agreed', agreedOn: meeting.date, agreedAtMeetingId: meeting.id });
    expect(agreed).toMatchObject({ agreedAtMeetingId: meeting.id, agreedAtLabel: 'Working group, 4th meeting' });
    const history = d.call('positions.history', { id: draft.id });
    expect(history.filter((h) => h.field === 'status').map((h) => h.value)).toEqual(['draft', 'agreed']);
    expect(history.filter((h) => h.field === 'stance').map((h) => h.value)).toEqual(['undecided', 'support']);
    expect(history.every((h) => h.here && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    // a later position relies on the agreed one
    const later = d.call('positions.save', { agendaItemId: d.call('agenda.save', { meetingId: 'cms:cop16', number: '27.2', title: 'Bycatch of sharks' }).id, stance: 'support', status: 'draft', reliesOnPositionIds: [draft.id] });
    expect(later.reliesOnPositionIds).toEqual([draft.id]);
    // removing a member keeps the others
    expect(d.call('wg.members.remove', { id: member.id }).map((m) => m.personName)).toEqual(['Li Wei']);
  });

  it('turns a held meeting’s decision paragraphs into actions with owners and due dates, links the paragraph to its reporting obligation, and counts overdue actions', async () => {
    const d = await openDesk(GroupDesk);
    const amina = d.cmsNfp();
    const decision = d.call('decisions.save', { meetingId: 'cms:cop15', number: '15.12', title: 'Conservation of migratory sharks and rays' });
    const withPara = d.call('decisions.paragraphs.save', { decisionId: decision.id, number: '3', text: 'Requests Parties to report on measures taken to reduce shark bycatch', kind: 'action', status: 'active', obligationId: 'cms:national-report' });
    const para = withPara.paragraphs[0];
    expect(para).toMatchObject({ number: '3', kind: 'action', obligationId: 'cms:national-report', actionIds: [] });
    const action = d.call('actions.save', { title: 'Collect bycatch data from the fisheries ministry', ownerPersonId: amina.person, due: addDays(TODAY, -1), status: 'open', sourceKind: 'decisionParagraph', sourceId: para.id });
    expect(action).toMatchObject({ ownerName: 'Amina Okafor', overdue: true, sourceLabel: '15.12 ¶3', meetingId: 'cms:cop15' });
    expect(d.call('decisions.list', { meetingId: 'cms:cop15' })[0].paragraphs[0].actionIds).toEqual([action.id]);
    // the briefing for the next CMS meeting lists it among the open actions
    d.cop16Item();
    expect(d.call('positions.briefing', { meetingId: 'cms:cop16' }).actions.map((a) => a.id)).toEqual([action.id]);
    // done: dated today, no longer overdue, no longer in the briefing
    const done = d.call('actions.save', { id: action.id, title: action.title, ownerPersonId: amina.person, due: action.due, status: 'done', sourceKind: 'decisionParagraph', sourceId: para.id });
    expect(done).toMatchObject({ status: 'done', doneOn: TODAY, overdue: false });
    expect(d.call('positions.briefing', { meetingId: 'cms:cop16' }).actions).toEqual([]);
  });

  it('refuses an action without owner or due date, a decision of a meeting not yet held, a designation of someone else — changing nothing', async () => {
    const d = await openDesk(GroupDesk);
    const amina = d.cmsNfp();
    const li = d.person('Li Wei');
    d.cop16Item();
    expect(d.refuse('actions.save', { title: 'Draft the brief', due: TODAY, status: 'open' } as never).issues).toEqual([{ path: 'ownerPersonId', code: 'required' }]);
    expect(d.refuse('actions.save', { title: 'Draft the brief', ownerPersonId: li, status: 'open' } as never).issues).toEqual([{ path: 'due', code: 'required' }]);
    expect(d.refuse('actions.save', { title: 'Draft the brief', ownerPersonId: li, due: TODAY, status: 'open', sourceKind: 'position', sourceId: '00000000-0000-4000-8000-000000000000' }).issues).toEqual([{ path: 'sourceId', code: 'ref_missing' }]);
    expect(d.refuse('decisions.save', { meetingId: 'cms:cop16', number: '16.1', title: 'Not yet' }).issues).toEqual([{ path: 'meetingId', code: 'meeting_not_held' }]);
    expect(d.refuse('wg.members.save', { personId: li, designationIds: [amina.designation], role: 'member' }).issues).toEqual([{ path: 'designationIds.0', code: 'designation_of_other' }]);
    expect(d.refuse('wg.members.save', { personId: li, role: 'member', since: '2025-01-01', until: '2024-01-01' }).issues).toEqual([{ path: 'until', code: 'end_before_start' }]);
    const decision = d.call('decisions.save', { meetingId: 'cms:cop15', number: '15.1', title: 'Held' });
    expect(d.refuse('decisions.paragraphs.save', { decisionId: decision.id, text: 'Report on trade', kind: 'action', status: 'active', obligationId: 'cites:annual-trade' }).issues).toEqual([{ path: 'obligationId', code: 'invalid' }]);
    expect(d.refuse('wg.meetings.save', { title: 'No date' } as never).issues).toEqual([{ path: 'date', code: 'required' }]);
  });

  it('removes an action (kept as deleted: undo brings it back, and the removal syncs); an unknown or already removed one is refused, changing nothing', async () => {
    const a = await openDesk(GroupDesk);
    const amina = a.cmsNfp();
    const action = a.call('actions.save', { title: 'Brief the delegation', ownerPersonId: amina.person, due: addDays(TODAY, 30), status: 'open' });
    const b = await openDesk(GroupDesk);
    b.call('sync.import', { content: a.call('sync.export', {}).content });

    expect(a.call('actions.delete', { id: action.id })).toEqual({ id: action.id });
    expect(a.call('actions.list', {})).toEqual([]);
    expect(a.refuse('actions.delete', { id: action.id }).code).toBe('row_deleted');
    expect(a.refuse('actions.delete', { id: '7b0e7f3c-1111-4aaa-8bbb-000000000009' }).code).toBe('not_found');
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.call('actions.list', {})).toEqual([]);

    expect(a.call('actions.restore', { id: action.id })).toMatchObject({ id: action.id, title: 'Brief the delegation', ownerName: 'Amina Okafor' });
    expect(a.refuse('actions.restore', { id: action.id }).code).toBe('row_not_deleted');
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.call('actions.list', {}).map((x) => x.title)).toEqual(['Brief the delegation']);
  });

  it('syncs members, meetings, decisions and actions; a bundle scoped to CMS carries its meetings, items, positions, decisions and the people they name', async () => {
    const a = await openDesk(GroupDesk);
    const amina = a.cmsNfp();
    const item = a.cop16Item();
    a.call('positions.save', { agendaItemId: item, stance: 'support', status: 'draft', leadDesignationId: amina.designation });
    a.call('meetings.save', { id: 'cites:cop21', start: addDays(TODAY, 200) });
    a.call('agenda.save', { meetingId: 'cites:cop21', title: 'Sharks at CITES', topicIds: ['sharks-rays'] });
    const decision = a.call('decisions.save', { meetingId: 'cms:cop15', number: '15.12', title: 'Sharks' });
    a.call('wg.members.save', { personId: amina.person, designationIds: [amina.designation], role: 'chair' });
    const action = a.call('actions.save', { title: 'Brief the delegation', ownerPersonId: amina.person, due: addDays(TODAY, 30), status: 'open', sourceKind: 'agendaItem', sourceId: item });

    const b = await openDesk(GroupDesk);
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    b.call('actions.save', { id: action.id, title: action.title, ownerPersonId: amina.person, due: action.due, status: 'in_progress' });
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    for (const d of [a, b]) {
      expect(d.call('actions.list', {}).map((x) => [x.title, x.status])).toEqual([['Brief the delegation', 'in_progress']]);
      expect(d.call('wg.members.list', {}).map((m) => m.personName)).toEqual(['Amina Okafor']);
      expect(d.call('decisions.list', {}).map((x) => x.id)).toEqual([decision.id]);
    }

    const c = await openDesk(GroupDesk);
    c.call('sync.import', { content: a.call('sync.export', { scope: { conventions: ['cms'] } }).content });
    expect(c.call('agenda.list', {}).map((i) => i.meetingId)).toEqual(['cms:cop16']);
    expect(c.call('positions.list', {})[0]).toMatchObject({ leadName: 'Amina Okafor' });
    expect(c.call('people.list', {}).items.map((p) => p.name)).toEqual(['Amina Okafor']);
    expect(c.call('decisions.list', {}).map((x) => x.number)).toEqual(['15.12']);
    expect(c.call('meetings.list', {}).find((m) => m.id === 'cms:cop16')?.start).toBe(addDays(TODAY, 300));
  });
});
