import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// Capacity building through dispatch on real stores: trainings with their attendees, filtered by
// convention and by person; needs recorded at a working-group meeting and met by a training;
// refusals at the field with nothing written; remove and restore; and both exchanged between desks,
// a bundle scoped to CMS carrying the CMS ones with the people they name.

const TODAY = localToday();
const MISSING = '00000000-0000-4000-8000-000000000000';

class CapacityDesk extends TestDesk {
  preCop(attendeeIds: string[]) {
    return this.call('capacity.trainings.save', {
      title: 'Pre-COP14 negotiation workshop for Africa',
      kind: 'pre_cop_workshop',
      convention: 'cms',
      organiser: 'UNEP/CMS Secretariat',
      startDate: '2023-11-06',
      endDate: '2023-11-08',
      mode: 'in_person',
      place: 'Entebbe, Uganda',
      attendeeIds,
      link: 'https://www.cms.int/en/meeting/pre-cop14',
    });
  }
  eCommunity(attendeeIds: string[]) {
    return this.call('capacity.trainings.save', { title: 'CMS Family e-community: the NFP role', kind: 'e_community_course', convention: 'cms', startDate: '2024-03-01', mode: 'online', attendeeIds });
  }
  permits(attendeeIds: string[]) {
    return this.call('capacity.trainings.save', { title: 'CITES permits and NDFs', kind: 'regional_workshop', convention: 'cites', startDate: '2024-05-14', endDate: '2024-05-14', attendeeIds });
  }
}

describe('capacity building', () => {
  it('keeps trainings with their attendees, filtered by convention and by who attended', async () => {
    const d = await openDesk(CapacityDesk);
    const amina = d.person('Amina Okafor');
    const li = d.person('Li Wei');
    const preCop = d.preCop([amina, li]);
    expect(preCop).toMatchObject({ kind: 'pre_cop_workshop', convention: 'cms', endDate: '2023-11-08', mode: 'in_person', metNeedIds: [] });
    expect(preCop.attendees).toEqual([
      { id: amina, name: 'Amina Okafor' },
      { id: li, name: 'Li Wei' },
    ]);
    d.eCommunity([amina]);
    d.permits([li]);
    // the latest first
    expect(d.call('capacity.trainings.list', {}).map((t) => t.startDate)).toEqual(['2024-05-14', '2024-03-01', '2023-11-06']);
    expect(d.call('capacity.trainings.list', { convention: 'cms' }).map((t) => t.title)).toEqual(['CMS Family e-community: the NFP role', 'Pre-COP14 negotiation workshop for Africa']);
    expect(d.call('capacity.trainings.list', { personId: li }).map((t) => t.title)).toEqual(['CITES permits and NDFs', 'Pre-COP14 negotiation workshop for Africa']);
    expect(d.call('capacity.trainings.list', { convention: 'cites', personId: amina })).toEqual([]);
    // an edit keeps the row; the end date may be cleared
    const edited = d.call('capacity.trainings.save', { id: preCop.id, title: preCop.title, kind: 'pre_cop_workshop', convention: 'cms', startDate: '2023-11-06', endDate: '', attendeeIds: [li] });
    expect(edited).toMatchObject({ id: preCop.id, endDate: null, attendeeIds: [li], place: 'Entebbe, Uganda' });
  });

  it('records a need at a working-group meeting and marks it met by a training; the nav counts open needs', async () => {
    const d = await openDesk(CapacityDesk);
    const amina = d.person('Amina Okafor');
    const meeting = d.call('wg.meetings.save', { date: addDays(TODAY, -10), title: 'Working group, 5th meeting', attendeeIds: [amina] });
    const need = d.call('capacity.needs.save', {
      title: 'Negotiation skills before CMS COP15',
      description: 'The new CMS focal point has never attended a COP.',
      convention: 'cms',
      forPersonIds: [amina],
      forWhom: 'the CMS national focal point',
      wgMeetingId: meeting.id,
      priority: 'high',
      status: 'open',
    });
    expect(need).toMatchObject({ wgMeetingTitle: 'Working group, 5th meeting', wgMeetingDate: meeting.date, forPeople: [{ id: amina, name: 'Amina Okafor' }], metByTrainingId: null, metByTrainingTitle: null });
    d.call('capacity.needs.save', { title: 'CITES permit procedures', convention: 'cites', priority: 'low', status: 'planned' });
    expect(d.call('capacity.needs.list', { status: 'open' }).map((n) => n.title)).toEqual(['Negotiation skills before CMS COP15']);
    expect(d.call('capacity.needs.list', { convention: 'cites' }).map((n) => n.status)).toEqual(['planned']);

    const training = d.preCop([amina]);
    const met = d.call('capacity.needs.save', { id: need.id, title: need.title, convention: 'cms', priority: 'high', status: 'met', metByTrainingId: training.id });
    expect(met).toMatchObject({ status: 'met', metByTrainingId: training.id, metByTrainingTitle: 'Pre-COP14 negotiation workshop for Africa', wgMeetingId: meeting.id });
    expect(d.call('capacity.trainings.list', {})[0].metNeedIds).toEqual([need.id]);
    expect(d.call('capacity.needs.list', { status: 'open' })).toEqual([]);
    // met some other way: no training named, and that is allowed
    expect(d.call('capacity.needs.save', { title: 'Use of the CMS Family Manual', priority: 'medium', status: 'met' })).toMatchObject({ status: 'met', metByTrainingId: null });
    // the met ones last
    expect(d.call('capacity.needs.list', {}).map((n) => n.status)).toEqual(['planned', 'met', 'met']);
  });

  it('refuses an end before the start, a bad link, a missing person, meeting or training — at the field, writing nothing', async () => {
    const d = await openDesk(CapacityDesk);
    const amina = d.person('Amina Okafor');
    const base = { title: 'Webinar on NBSAPs', kind: 'webinar', startDate: '2024-06-10' } as const;
    expect(d.refuse('capacity.trainings.save', { ...base, endDate: '2024-06-09' }).issues).toEqual([{ path: 'endDate', code: 'end_before_start' }]);
    expect(d.refuse('capacity.trainings.save', { ...base, link: 'javascript:alert(1)' }).issues).toEqual([{ path: 'link', code: 'url_invalid' }]);
    expect(d.refuse('capacity.trainings.save', { ...base, link: 'ftp://example.org/course' }).issues).toEqual([{ path: 'link', code: 'url_invalid' }]);
    expect(d.refuse('capacity.trainings.save', { ...base, attendeeIds: [amina, MISSING] }).issues).toEqual([{ path: 'attendeeIds.1', code: 'ref_missing' }]);
    expect(d.refuse('capacity.trainings.save', { ...base, title: ' ' }).issues).toEqual([{ path: 'title', code: 'required' }]);
    expect(d.refuse('capacity.trainings.save', { ...base, convention: 'unesco' } as never).issues).toEqual([{ path: 'convention', code: 'invalid' }]);
    expect(d.refuse('capacity.trainings.save', { title: 'No date', kind: 'other' } as never).issues).toEqual([{ path: 'startDate', code: 'required' }]);
    const need = { title: 'Data management', priority: 'medium', status: 'met' } as const;
    expect(d.refuse('capacity.needs.save', { ...need, metByTrainingId: MISSING }).issues).toEqual([{ path: 'metByTrainingId', code: 'ref_missing' }]);
    expect(d.refuse('capacity.needs.save', { ...need, wgMeetingId: MISSING }).issues).toEqual([{ path: 'wgMeetingId', code: 'ref_missing' }]);
    expect(d.refuse('capacity.needs.save', { ...need, forPersonIds: [MISSING] }).issues).toEqual([{ path: 'forPersonIds.0', code: 'ref_missing' }]);
    expect(d.refuse('capacity.needs.save', { ...need, title: '' }).issues).toEqual([{ path: 'title', code: 'required' }]);
    // a removed training cannot be named either
    const webinar = d.call('capacity.trainings.save', base);
    d.call('capacity.trainings.remove', { id: webinar.id });
    expect(d.refuse('capacity.needs.save', { ...need, metByTrainingId: webinar.id }).issues).toEqual([{ path: 'metByTrainingId', code: 'ref_missing' }]);
  });

  it('removes softly: a removed training leaves the need unlinked in words, and restoring brings both back', async () => {
    const d = await openDesk(CapacityDesk);
    const training = d.eCommunity([]);
    const need = d.call('capacity.needs.save', { title: 'Know the NFP role', priority: 'high', status: 'met', metByTrainingId: training.id });
    expect(d.call('capacity.trainings.remove', { id: training.id })).toEqual({ id: training.id });
    expect(d.call('capacity.trainings.list', {})).toEqual([]);
    expect(d.call('capacity.needs.list', {})[0]).toMatchObject({ metByTrainingId: training.id, metByTrainingTitle: null });
    expect(d.call('capacity.trainings.restore', { id: training.id }).metNeedIds).toEqual([need.id]);
    expect(d.call('capacity.needs.list', {})[0].metByTrainingTitle).toBe('CMS Family e-community: the NFP role');
    d.call('capacity.needs.remove', { id: need.id });
    expect(d.call('capacity.needs.list', {})).toEqual([]);
    expect(d.call('capacity.trainings.list', {})[0].metNeedIds).toEqual([]);
    expect(d.call('capacity.needs.restore', { id: need.id }).title).toBe('Know the NFP role');
  });

  it('syncs trainings and needs between desks; a bundle scoped to CMS carries the CMS ones with their people', async () => {
    const a = await openDesk(CapacityDesk);
    const amina = a.person('Amina Okafor');
    const li = a.person('Li Wei');
    const training = a.preCop([amina]);
    a.permits([li]);
    const need = a.call('capacity.needs.save', { title: 'Negotiation skills', convention: 'cms', forPersonIds: [amina], priority: 'high', status: 'open' });

    const b = await openDesk(CapacityDesk);
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    b.call('capacity.needs.save', { id: need.id, title: need.title, convention: 'cms', forPersonIds: [amina], priority: 'high', status: 'met', metByTrainingId: training.id });
    a.call('sync.import', { content: b.call('sync.export', {}).content });
    for (const d of [a, b]) {
      expect(d.call('capacity.trainings.list', {}).map((t) => [t.title, t.attendees.map((x) => x.name)])).toEqual([
        ['CITES permits and NDFs', ['Li Wei']],
        ['Pre-COP14 negotiation workshop for Africa', ['Amina Okafor']],
      ]);
      expect(d.call('capacity.needs.list', {}).map((n) => [n.status, n.metByTrainingTitle])).toEqual([['met', 'Pre-COP14 negotiation workshop for Africa']]);
    }

    const c = await openDesk(CapacityDesk);
    c.call('sync.import', { content: a.call('sync.export', { scope: { conventions: ['cms'] } }).content });
    expect(c.call('capacity.trainings.list', {}).map((t) => t.convention)).toEqual(['cms']);
    expect(c.call('capacity.needs.list', {}).map((n) => n.metByTrainingId)).toEqual([training.id]);
    expect(c.call('people.list', {}).items.map((p) => p.name)).toEqual(['Amina Okafor']);
  });
});
