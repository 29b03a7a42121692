import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { ReportParts } from '../../renderer/features/reporting/ReportParts.tsx';
import { ActionsView } from '../../renderer/features/working-group/ActionsView.tsx';
import { useSettings } from '../../renderer/state/settings.ts';
import { useToasts } from '../../renderer/state/toasts.ts';
import { Toasts } from '../../renderer/ui/Toasts.tsx';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';
import { renderWithFeatures } from '../helpers/render.tsx';

// The working group's follow-up actions against a real core: kept to one owner (the person using
// the desk offered first), and removed with an undo that brings the action back; a report's part
// is removed the same way.

const today = localToday();
let core: TestCore;
const call = <T,>(channel: string, input: unknown) => callCore<T>(core, channel, input);
const liveActions = () => call<{ title: string }[]>('actions.list', {}).map((a) => a.title).sort();

beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  const amina = call<{ id: string }>('people.create', { name: 'Amina Okafor' }).id;
  const joseph = call<{ id: string }>('people.create', { name: 'Joseph Kamau' }).id;
  call('settings.update', { mePersonId: joseph });
  await act(() => useSettings.getState().load());
  call('actions.save', { title: 'Brief the fisheries ministry', ownerPersonId: amina, due: addDays(today, 5), status: 'open' });
  call('actions.save', { title: 'Send the CITES report draft', ownerPersonId: joseph, due: addDays(today, -1), status: 'open' });
  call('actions.save', { title: 'Book the meeting room', ownerPersonId: amina, due: addDays(today, -10), status: 'done' });
});
afterEach(() => {
  core.close();
  useToasts.setState({ toasts: [] }); // a toast of one test is not another's
});

describe('follow-up actions', () => {
  it('keeps to one owner, the person using the desk offered first', async () => {
    renderWithFeatures(<ActionsView />);
    const owner = await screen.findByLabelText('Owner');
    const options = within(owner).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Everyone', 'Me (Joseph Kamau)', 'Amina Okafor']);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);

    fireEvent.change(owner, { target: { value: (within(owner).getByRole('option', { name: 'Amina Okafor' }) as HTMLOptionElement).value } });
    await waitFor(() => expect(screen.queryByText('Send the CITES report draft')).toBeNull());
    expect(screen.getByText('Brief the fisheries ministry')).toBeTruthy();
    expect(screen.getByText('Book the meeting room')).toBeTruthy();

    fireEvent.change(owner, { target: { value: '' } });
    expect(await screen.findByText('Send the CITES report draft')).toBeTruthy();
  });

  it('when the chosen owner’s last action goes, every action shows again and the filter goes', async () => {
    renderWithFeatures(
      <>
        <ActionsView />
        <Toasts />
      </>,
    );
    const owner = await screen.findByLabelText('Owner');
    fireEvent.change(owner, { target: { value: (within(owner).getByRole('option', { name: 'Me (Joseph Kamau)' }) as HTMLOptionElement).value } });
    await waitFor(() => expect(screen.queryByText('Brief the fisheries ministry')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Remove Send the CITES report draft' }));
    // not an empty "none of this owner" list under a filter that no longer offers them
    expect(await screen.findByText('Brief the fisheries ministry')).toBeTruthy();
    expect(screen.getByText('Book the meeting room')).toBeTruthy();
    expect(screen.queryByLabelText('Owner')).toBeNull();
  });

  it('removes an action and brings it back with Undo', async () => {
    renderWithFeatures(
      <>
        <ActionsView />
        <Toasts />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Brief the fisheries ministry' }));
    await waitFor(() => expect(liveActions()).toEqual(['Book the meeting room', 'Send the CITES report draft']));
    await waitFor(() => expect(screen.queryByText('Brief the fisheries ministry')).toBeNull());
    expect(screen.getByText('Action “Brief the fisheries ministry” removed')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(liveActions()).toEqual(['Book the meeting room', 'Brief the fisheries ministry', 'Send the CITES report draft']));
    expect(await screen.findByText('Brief the fisheries ministry')).toBeTruthy();
  });

  it('removes a part of a report the same way, and Undo brings it back', async () => {
    call('membership.set', { instrumentId: 'cms', status: 'party' });
    call('meetings.save', { id: 'cms:cop16', start: addDays(today, 30), end: addDays(today, 36) });
    call('reports.save', { obligationId: 'cms:national-report', period: 'cms:cop16' });
    const item = call<{ id: string }>('reports.parts.save', { reportId: 'cms:national-report__cms:cop16', title: 'Bycatch section' });
    const parts = () => call<{ items: { id: string; parts: { title: string }[] }[] }>('reporting.deadlines', {}).items.find((i) => i.id === item.id)?.parts.map((p) => p.title);
    renderWithFeatures(
      <>
        <ReportParts item={item as never} />
        <Toasts />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove part Bycatch section' }));
    await waitFor(() => expect(parts()).toEqual([]));
    expect(await screen.findByText('Part Bycatch section removed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(parts()).toEqual(['Bycatch section']));
  });
});
