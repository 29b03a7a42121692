import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// National positions through dispatch on real stores: a CITES and a CMS position on sharks, one
// changed on another desk and exchanged, raise the flag on both desks; aligning them clears it.

const TODAY = localToday();

class PositionsDesk extends TestDesk {
  /** CITES CoP21 and CMS COP16, both ahead, each with an agenda item on sharks */
  meetings() {
    this.call('meetings.save', { id: 'cites:cop21', start: addDays(TODAY, 200), end: addDays(TODAY, 211), place: 'Geneva' });
    this.call('meetings.save', { id: 'cms:cop16', start: addDays(TODAY, 300), end: addDays(TODAY, 306) });
    const cites = this.call('agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Proposal to list oceanic whitetip shark in Appendix I', topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays', taxon: 'Carcharhinus longimanus', documents: ['CoP21 Prop. 37 — Carcharhinus longimanus'] });
    const cms = this.call('agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays'], taxonGroup: 'sharks-rays' });
    return { cites: cites.id, cms: cms.id };
  }
  flags() {
    return this.call('consistency.check', {}).flags;
  }
}

describe('positions across conventions', () => {
  it('positions on the same sharks at CITES and CMS, one changed on another desk and exchanged, raise the flag on both desks', async () => {
    const a = await openDesk(PositionsDesk);
    const items = a.meetings();
    const citesPos = a.call('positions.save', { agendaItemId: items.cites, stance: 'support', status: 'draft', text: 'Support the listing' });
    a.call('positions.save', { agendaItemId: items.cms, stance: 'support', status: 'draft' });
    expect(a.flags()).toEqual([]);
    const b = await openDesk(PositionsDesk);
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    b.call('positions.save', { id: citesPos.id, agendaItemId: items.cites, stance: 'oppose', status: 'draft', text: 'Oppose: trade is sustainable' });
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    for (const d of [a, b]) {
      const check = d.call('consistency.check', {});
      expect(check.flags).toEqual([expect.objectContaining({ kind: 'stances_differ', subject: expect.objectContaining({ id: expect.any(String) }) })]);
      expect(check.positions.map((p) => p.stance).sort()).toEqual(['oppose', 'support']);
      expect(check.items.map((i) => i.convention).sort()).toEqual(['cites', 'cms']);
    }
    // acknowledged with a reason, on one desk; the other learns it
    const flagId = a.flags()[0].id;
    a.call('consistency.acknowledge', { flagId, reason: 'the CMS proposal covers other species' });
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.flags()[0].acknowledged).toEqual({ reason: 'the CMS proposal covers other species', on: TODAY });
    // aligned: the flag clears
    b.call('positions.save', { id: citesPos.id, agendaItemId: items.cites, stance: 'support_conditions', status: 'draft' });
    expect(b.flags()).toEqual([]);
  });

  it('refuses a position for a meeting that has ended, an agreed position without its date or meeting, a topic that does not exist — changing nothing', async () => {
    const d = await openDesk(PositionsDesk);
    const items = d.meetings();
    const past = d.call('agenda.save', { meetingId: 'cms:cop15', number: '1', title: 'Opening' });
    expect(d.refuse('positions.save', { agendaItemId: past.id, stance: 'support', status: 'draft' }).issues).toEqual([{ path: 'agendaItemId', code: 'meeting_ended' }]);
    expect(d.refuse('positions.save', { agendaItemId: items.cites, stance: 'oppose', status: 'agreed', agreedAt: 'Working group, 12 March' }).issues).toEqual([{ path: 'agreedOn', code: 'required' }]);
    expect(d.refuse('positions.save', { agendaItemId: items.cites, stance: 'oppose', status: 'agreed', agreedOn: TODAY }).issues).toEqual([{ path: 'agreedAt', code: 'required' }]);
    expect(d.refuse('agenda.save', { meetingId: 'cites:cop21', title: 'x', topicIds: ['unicorns'] }).issues).toEqual([{ path: 'topicIds.0', code: 'topic_unknown' }]);
    expect(d.refuse('agenda.save', { meetingId: 'cites:cop21', title: 'x', topicIds: ['custom:00000000-0000-4000-8000-000000000000'] }).issues).toEqual([{ path: 'topicIds.0', code: 'topic_unknown' }]);
    expect(d.refuse('agenda.save', { meetingId: 'cites:cop21', title: '' }).issues).toEqual([{ path: 'title', code: 'required' }]);
    const topics = d.call('topics.add', { label: 'Deep-sea mining' });
    expect(d.call('agenda.save', { meetingId: 'cites:cop21', title: 'Deep seas', topicIds: [topics[0].id] }).topicIds).toEqual([topics[0].id]);
  });
});
