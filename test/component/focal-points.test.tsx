import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConventionView } from '../../renderer/features/focal-points/ConventionView.tsx';
import { MembershipCard } from '../../renderer/features/settings/MembershipCard.tsx';
import { useFocalPoints } from '../../renderer/state/focal-points.ts';
import { checklistFor } from '../../shared/reference/onboarding.ts';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';

// The by-convention view and the membership settings against a real core on a temp SQLite file.

let core: TestCore;

const call = <T,>(channel: string, input: unknown) => callCore<T>(core, channel, input);

beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  useFocalPoints.setState({ vacancies: null, membership: [], error: null });
});
afterEach(() => core.close());

describe('membership in Settings', () => {
  it('records CITES as Party and the vacancies follow', async () => {
    render(<MembershipCard />);
    const status = await screen.findByLabelText(/^CITES — .*: Status$/);
    fireEvent.change(status, { target: { value: 'party' } });
    await waitFor(() => expect(call<{ total: number }>('focal-points.vacancies', {}).total).toBe(2));
    const since = screen.getByLabelText(/^CITES — .*: Since$/);
    fireEvent.change(since, { target: { value: '1979-03-13' } });
    await waitFor(() => expect(call<{ instrumentId: string; since: string | null }[]>('membership.list', {}).find((m) => m.instrumentId === 'cites')?.since).toBe('1979-03-13'));
  });
});

describe('the by-convention view', () => {
  it('shows the vacancies, designates through the form, and the vacancy disappears', async () => {
    call('membership.set', { instrumentId: 'cites', status: 'party' });
    const amina = call<{ id: string }>('people.create', { name: 'Amina Diallo' });
    await act(() => useFocalPoints.getState().reload());
    render(<ConventionView convention="cites" />);

    expect(await screen.findByText('2 vacancies')).toBeTruthy();
    const ma = screen.getByRole('article', { name: 'Management Authority' });
    expect(within(ma).getByText('Vacant')).toBeTruthy();
    fireEvent.click(within(ma).getByRole('button', { name: 'Designate' }));

    // saving without a person is refused at the field
    fireEvent.click(within(ma).getByRole('button', { name: 'Save designation' }));
    expect(await within(ma).findByText('This field is required.')).toBeTruthy();

    fireEvent.change(within(ma).getByLabelText('Person'), { target: { value: 'amina' } });
    fireEvent.click(await within(ma).findByRole('button', { name: /Amina Diallo/ }));
    fireEvent.change(within(ma).getByLabelText(/First day/), { target: { value: '2025-01-06' } });
    fireEvent.click(within(ma).getByRole('button', { name: 'Save designation' }));

    expect(await screen.findByText('1 vacancy')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('article', { name: 'Management Authority' })).getByText('Designated')).toBeTruthy());
    const held = call<{ personId: string; roleId: string; startDate: string }[]>('designations.list', { personId: amina.id });
    expect(held).toMatchObject([{ roleId: 'cites:role:ma', startDate: '2025-01-06' }]);
  });

  it('shows the holder’s onboarding on the role card, "n of m done", ticked there, with the handover pack', async () => {
    call('membership.set', { instrumentId: 'cites', status: 'party' });
    const amina = call<{ id: string }>('people.create', { name: 'Amina Diallo' });
    const ma = call<{ id: string }>('designations.create', { personId: amina.id, roleId: 'cites:role:ma', startDate: '2025-01-06' });
    const total = checklistFor('cites:role:ma').length;
    render(<ConventionView convention="cites" />);
    const card = await screen.findByRole('article', { name: 'Management Authority' });
    expect(await within(card).findByText(new RegExp(`0 of ${total} done`))).toBeTruthy();
    const details = card.querySelector('details.checklist') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.click(await within(card).findByRole('checkbox', { name: 'Confirm your designation with the secretariat: check that its notification or directory names you.' }));
    await waitFor(() => expect(call<{ done: number }>('onboarding.checklist', { designationId: ma.id }).done).toBe(1));
    await waitFor(() => expect(within(card).getAllByText(new RegExp(`1 of ${total} done`)).length).toBe(2));
    expect(within(card).getByText(/^Source: reference facts: CITES Art\. IX\.1\(a\)/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Handover pack of Amina Diallo' }).getAttribute('href')).toBe(`#/handover/${ma.id}`);
  });

  it('marks a role whose designation ended as expired and lists the earlier holder', async () => {
    call('membership.set', { instrumentId: 'cites', status: 'party' });
    const olga = call<{ id: string }>('people.create', { name: 'Olga Petrova' });
    call('designations.create', { personId: olga.id, roleId: 'cites:role:sa', startDate: '2015-01-01', endDate: '2020-12-31' });
    render(<ConventionView convention="cites" />);
    const sa = await screen.findByRole('article', { name: 'Scientific Authority' });
    expect(await within(sa).findByText('Expired')).toBeTruthy();
    fireEvent.click(within(sa).getByText('Earlier holders (1)'));
    const details = sa.querySelector('details.history') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await within(sa).findByText((_, el) => el?.tagName === 'LI' && /^Olga Petrova — /.test(el.textContent ?? ''))).toBeTruthy();
  });
});
