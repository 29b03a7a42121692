import { localToday } from '../../shared/days.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportingPage } from '../../renderer/features/reporting/ReportingPage.tsx';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';
import { renderWithFeatures } from '../helpers/render.tsx';

// The reporting page against a real core: deadlines by urgency, estimates marked as such, and a
// corrected meeting moving its deadline on screen.

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  callCore(core, 'membership.set', { instrumentId: 'cms', status: 'party' });
  callCore(core, 'membership.set', { instrumentId: 'cbd', status: 'party' });
});
afterEach(() => core.close());

describe('the reporting page', () => {
  it('shows each deadline with whether its date is official or estimated, and follows a corrected meeting', async () => {
    renderWithFeatures(<ReportingPage />);
    const cbd8 = (await screen.findByRole('button', { name: 'CBD national report · 8th report' })).closest('li')!;
    expect(within(cbd8).getByText('Official date')).toBeTruthy();
    const cmsBefore = callCore<{ items: { obligationId: string; due: string | null }[] }>(core, 'reporting.deadlines', {}).items.filter((d) => d.obligationId === 'cms:national-report');
    expect(cmsBefore.length).toBeGreaterThan(0);

    const meetings = await screen.findByRole('region', { name: 'Meetings the deadlines depend on' });
    const cop15 = within(meetings).getByText('CMS COP15').closest('li')!;
    fireEvent.click(within(cop15).getByRole('button', { name: 'Correct dates' }));
    const form = await within(cop15).findByRole('form', { name: 'Dates of CMS COP15' });
    fireEvent.change(within(form).getByLabelText('First day'), { target: { value: '2026-03-30' } });
    fireEvent.change(within(form).getByLabelText('Last day'), { target: { value: '2026-03-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save meeting' }));
    // a meeting ending before it starts is refused at the field
    expect(await within(form).findByText(/before/i)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Last day'), { target: { value: '2026-04-05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save meeting' }));
    await waitFor(() => expect(within(meetings).getByText('CMS COP15').closest('li')!.textContent).toMatch(/corrected on this desk/));
    const cmsAfter = callCore<{ items: { obligationId: string; due: string | null; period: string }[] }>(core, 'reporting.deadlines', {}).items.find((d) => d.period === 'cms:cop15');
    expect(cmsAfter?.due).toBe('2025-09-30');
  });

  it('opens a report, refuses an override without a reason at the field, and moves a submitted report out of the overdue list', async () => {
    callCore(core, 'membership.set', { instrumentId: 'cites', status: 'party' });
    renderWithFeatures(<ReportingPage />);
    const overdue = await screen.findByRole('region', { name: /^Overdue/ });
    const before = within(overdue).getAllByRole('listitem').length;
    // the CBD 7th national report (due 28 February 2026) is past and not submitted
    fireEvent.click(within(overdue).getByRole('button', { name: 'CBD national report · 7th report' }));
    const panel = await screen.findByRole('complementary', { name: 'CBD national report · 7th report' });
    const form = within(panel).getByRole('form', { name: 'Progress of CBD national report · 7th report' });
    fireEvent.change(within(form).getByLabelText('Changed due date'), { target: { value: '2026-04-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save progress' }));
    expect(await within(form).findByText('This field is required.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Changed due date'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'submitted' } });
    // marking it submitted proposes today as the submission date (written as English writes a day)
    const [y, m, d] = localToday().split('-');
    expect((within(form).getByLabelText(/Submitted on/) as HTMLInputElement).value).toBe(`${m}/${d}/${y}`);
    fireEvent.change(within(form).getByLabelText(/Submitted on/), { target: { value: '2026-02-20' } });
    fireEvent.change(within(form).getByLabelText("Secretariat's reference"), { target: { value: 'NR7-0042' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save progress' }));
    const submitted = await screen.findByRole('region', { name: /^Submitted/ });
    expect(within(submitted).getByRole('button', { name: 'CBD national report · 7th report' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: /^Overdue/ })).getAllByRole('listitem').length).toBe(before - 1));
    const stored = callCore<{ items: { id: string; status: string; submissionRef: string | null }[] }>(core, 'reporting.deadlines', {}).items.find((r) => r.id === 'cbd:national-report__7');
    expect(stored).toMatchObject({ status: 'submitted', submissionRef: 'NR7-0042' });
  });

  it('shows the same reports on the timeline and on the month page, narrowed by the filters', async () => {
    callCore(core, 'membership.set', { instrumentId: 'cites', status: 'party' });
    callCore(core, 'meetings.save', { id: 'cms:cop16', start: '2027-01-16', end: '2027-01-22' });
    renderWithFeatures(<ReportingPage />);
    await screen.findByRole('region', { name: /^Overdue/ });
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const lanes = within(timeline).getAllByRole('group').map((g) => g.getAttribute('aria-label'));
    // the protocols only for a Party to them
    expect(lanes).toEqual(['CBD', 'CITES', 'CMS']);
    const cites = within(within(timeline).getByRole('group', { name: 'CITES' })).getAllByRole('button');
    expect(cites.length).toBeGreaterThan(4);
    expect(cites.every((b) => /CITES/.test(b.getAttribute('aria-label') ?? ''))).toBe(true);
    // CMS COP15 (March 2026) and COP16 (January 2027) are ten months apart: the first names itself before its diamond, so the names do not overlap
    const cmsLane = within(timeline).getByRole('group', { name: 'CMS' });
    const named = (name: string) => within(cmsLane).getByText(name).classList.contains('timeline__meeting--before');
    expect([named('CMS COP15'), named('CMS COP16')]).toEqual([true, false]);
    fireEvent.change(screen.getByLabelText('Convention'), { target: { value: 'CMS' } });
    await waitFor(() => expect(within(timeline).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['CMS']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    const month = await screen.findByRole('region', { name: /\d{4}/ });
    // walk to October: the CITES annual reports are due on the 31st
    const today = new Date();
    for (let m = today.getMonth(); m !== 9; m = (m + 11) % 12) fireEvent.click(within(month).getByRole('button', { name: 'Previous month' }));
    expect(within(month).getAllByRole('button', { name: /CITES annual trade report/ })).toHaveLength(1);
  });
});

