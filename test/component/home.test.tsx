import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTENTION_KINDS } from '../../shared/attention.ts';
import { addDays, localToday } from '../../shared/days.ts';
import { HomePage } from '../../renderer/features/home/HomePage.tsx';
import { changeLanguage } from '../../renderer/i18n/index.ts';
import { useRoute } from '../../renderer/state/route.ts';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';
import { renderWithFeatures } from '../helpers/render.tsx';

// The home screen against a real core holding one of every kind of item: each says why in words,
// leads where it is fixed, and "mine" keeps what belongs to the person using the desk.

const today = localToday();
let core: TestCore;
let other: TestCore;
const call = <T,>(channel: string, input: unknown, c = core) => callCore<T>(c, channel, input);

beforeEach(async () => {
  core = await openTestCore();
  other = await openTestCore();
  connectRenderer(core);
  for (const instrumentId of ['cbd', 'cites', 'cms']) call('membership.set', { instrumentId, status: 'party' });
  const amina = call<{ id: string }>('people.create', { name: 'Amina Okafor' }).id;
  const cmsNfp = call<{ id: string }>('designations.create', { personId: amina, roleId: 'cms:role:nfp', startDate: '2021-01-01' }).id;
  call('settings.update', { mePersonId: amina });
  call('meetings.save', { id: 'cites:cop21', start: addDays(today, 200) });
  call('meetings.save', { id: 'cms:cop16', start: addDays(today, 30), end: addDays(today, 36) });
  // a report of mine due in 20 days (changed date), with a part given to me
  call('reports.save', { obligationId: 'cms:national-report', period: 'cms:cop16', ownerDesignationId: cmsNfp, dueOverride: addDays(today, 20), overrideReason: 'Secretariat notification' });
  call('reports.parts.save', { reportId: 'cms:national-report__cms:cop16', title: 'Bycatch section', assigneeId: amina, due: addDays(today, 10) });
  // positions that differ, and an item of a meeting 30 days away without one
  const cites = call<{ id: string }>('agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Oceanic whitetip shark', topicIds: ['sharks-rays'] }).id;
  const cms = call<{ id: string }>('agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Sharks in Appendix I', topicIds: ['sharks-rays'] }).id;
  call('agenda.save', { meetingId: 'cms:cop16', number: '30', title: 'Bycatch' });
  call('positions.save', { agendaItemId: cites, stance: 'oppose', status: 'draft' });
  call('positions.save', { agendaItemId: cms, stance: 'support', status: 'draft' });
  // capacity needs: a high-priority one still open (shown), a low one and a met one (not)
  call('capacity.needs.save', { title: 'Training on the CITES trade database', priority: 'high', status: 'open', convention: 'cites', forWhom: 'the Management Authority' });
  call('capacity.needs.save', { title: 'A glossary of terms', priority: 'low', status: 'open' });
  call('capacity.needs.save', { title: 'Bycatch data course', priority: 'high', status: 'met' });
  // an overdue action of mine
  call('actions.save', { title: 'Brief the fisheries ministry', ownerPersonId: amina, due: addDays(today, -2), status: 'open' });
  // the CBD 7th report submitted, and a value it drew on corrected afterwards
  const nt = call<{ id: string }>('targets.create', { code: 'NT3', title: 'Protected areas' }).id;
  call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.2, unit: '%', source: 'Registry' });
  call('targets.update', { id: nt, patch: { headlineIndicatorIds: ['gbf:HI:3.1'] } });
  call('reports.save', { obligationId: 'cbd:national-report', period: '7', status: 'submitted', submittedOn: today, submissionRef: 'NR7-1' });
  call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.6, unit: '%', source: 'Registry (revised)' });
  // a conflict: the same field changed on another desk
  call('sync.import', { content: call<{ content: string }>('sync.export', {}).content }, other);
  call('people.update', { id: amina, patch: { title: 'Director' } });
  call('people.update', { id: amina, patch: { title: 'Head of unit' } }, other);
  call('sync.import', { content: call<{ content: string }>('sync.export', {}, other).content });
});
afterEach(() => {
  core.close();
  other.close();
});

describe('the home screen', () => {
  it('shows one of every kind, each with its reason in words, and leads to where it is fixed', async () => {
    renderWithFeatures(<HomePage />);
    await screen.findByRole('heading', { name: /^Overdue/ });
    const items = () => screen.getAllByRole('listitem');
    const kinds = call<{ items: { kind: string }[] }>('attention.list', {}).items.map((i) => i.kind);
    expect(new Set(kinds)).toEqual(new Set(ATTENTION_KINDS));
    const text = (re: RegExp) => items().find((li) => re.test(li.textContent ?? ''));
    expect(text(/7th report was due/)).toBeUndefined(); // submitted: not overdue
    expect(text(/Your part “Bycatch section” of CMS national report/)).toBeTruthy();
    // a date the user changed is not shown as an estimate
    expect(text(/CMS national report · for CMS COP16 is due on/)?.textContent).not.toMatch(/estimated/);
    expect(text(/“Brief the fisheries ministry” \(Amina Okafor\) was due on/)).toBeTruthy();
    expect(text(/The country takes different stances on Sharks and rays at CMS COP16, CITES COP21/)).toBeTruthy();
    expect(text(/CMS COP16 is less than 60 days away and item 30 Bycatch has no position/)).toBeTruthy();
    expect(text(/1 field was changed differently on two desks/)).toBeTruthy();
    expect(text(/1 record that CBD national report · 7th report drew on changed after it was submitted/)).toBeTruthy();
    expect(text(/No national target carries T1 —/)).toBeTruthy();
    expect(text(/Nobody holds the role of CITES Management Authority/)).toBeTruthy();
    expect(text(/Capacity need of high priority, still open: “Training on the CITES trade database” \(for the Management Authority\)/)).toBeTruthy();
    expect(text(/A glossary of terms|Bycatch data course/)).toBeUndefined();
    fireEvent.click(within(text(/Capacity need of high priority/)!).getByRole('link', { name: 'Open' }));
    expect(useRoute.getState()).toMatchObject({ area: 'capacity', id: 'needs' });
    // one click from where it is fixed
    fireEvent.click(within(text(/changed after it was submitted/)!).getByRole('link', { name: 'Open' }));
    expect(useRoute.getState()).toMatchObject({ area: 'drafts', id: 'cbd:national-report__7' });
    fireEvent.click(within(text(/different stances/)!).getByRole('link', { name: 'Open' }));
    expect(useRoute.getState()).toMatchObject({ area: 'positions', id: 'check' });
    fireEvent.click(within(text(/Your part/)!).getByRole('link', { name: 'Open' }));
    expect(useRoute.getState()).toMatchObject({ area: 'reporting', id: 'cms:national-report__cms:cop16' });
  });

  it('keeps only what is mine, and only one convention', async () => {
    renderWithFeatures(<HomePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
    await waitFor(() => expect(screen.queryByText(/Nobody holds the role/)).toBeNull());
    const mine = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(mine.some((t) => /Your part “Bycatch section”/.test(t))).toBe(true);
    expect(mine.some((t) => /Brief the fisheries ministry/.test(t))).toBe(true);
    expect(mine.some((t) => /CMS national report · for CMS COP16 is due/.test(t))).toBe(true);
    expect(mine.every((t) => !/No national target carries/.test(t))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Everything' }));
    fireEvent.change(screen.getByLabelText('Convention'), { target: { value: 'cites' } });
    await waitFor(() => expect(screen.queryByText(/No national target carries/)).toBeNull());
    const cites = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(cites.some((t) => /CITES Management Authority/.test(t))).toBe(true);
  });

  it('in Arabic, puts each Latin name of a reason in a bidi isolate, and lays the sentence out right to left', async () => {
    await changeLanguage('ar');
    try {
      renderWithFeatures(<HomePage />);
      const title = await screen.findByText((_, el) => el?.tagName === 'SPAN' && (el.textContent ?? '').includes('Brief the fisheries ministry'));
      const reason = title.textContent ?? '';
      expect(reason).toContain('\u2068Brief the fisheries ministry\u2069');
      expect(reason).toContain('\u2068Amina Okafor\u2069');
      expect(reason).toMatch(/[\u0600-\u06FF]/); // the sentence itself is Arabic
      // the sentence takes the page's direction, not that of the first Latin letter
      expect(title.closest('[dir="auto"]')).toBeNull();
      const english = screen.getAllByRole('listitem').map((li) => li.textContent ?? '').join(' ');
      expect(english).not.toMatch(/\u2068\u2068/); // one isolate per name, not nested twice
      // the subtitle names the person using the desk the same way
      expect(screen.getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('لـ \u2068Amina Okafor\u2069'))).toBeTruthy();
    } finally {
      await changeLanguage('en');
    }
  });
});
