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
    const cbd8 = (await screen.findAllByText('CBD national report'))[0].closest('li')!;
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
});
