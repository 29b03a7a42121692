import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoverForm } from '../../renderer/features/focal-points/HandoverForm.tsx';
import { PeoplePage } from '../../renderer/features/people/PeoplePage.tsx';
import { changeLanguage } from '../../renderer/i18n/index.ts';
import { usePeople } from '../../renderer/state/people.ts';
import { useRoute } from '../../renderer/state/route.ts';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';

// Where the focus goes as a keyboard user works: into the form that opens, back to the record
// saved, into a picker's matches with the arrow keys; and user text laid out by its own direction.

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  usePeople.setState({ items: [], total: 0, query: '' });
  useRoute.setState({ area: 'people', id: null });
});
afterEach(async () => {
  core.close();
  await changeLanguage('en');
});

describe('focus', () => {
  it('goes into the first field of a new person, and to the saved person in the list after saving', async () => {
    render(<PeoplePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const first = await screen.findByLabelText(/Full name/);
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.change(first, { target: { value: 'Amina Diallo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.textContent).toContain('Amina Diallo'));
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
  });

  it('moves from a picker field into its matches with the arrow keys, and stays in the picker after choosing', async () => {
    const from = callCore<{ id: string }>(core, 'people.create', { name: 'Outgoing Holder' }).id;
    callCore(core, 'people.create', { name: 'Grace Otieno' });
    callCore(core, 'people.create', { name: 'Grace Wanjiru' });
    callCore(core, 'membership.set', { instrumentId: 'cites', status: 'party' });
    const d = callCore<Parameters<typeof HandoverForm>[0]['designation']>(core, 'designations.create', { personId: from, roleId: 'cites:role:ma', startDate: '2020-01-01' });
    render(<HandoverForm designation={d} onDone={() => undefined} />);
    const field = screen.getByLabelText('Successor');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: 'Grace' } });
    const first = await screen.findByRole('button', { name: 'Grace Otieno' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Grace Wanjiru' }));
    fireEvent.click(document.activeElement!);
    expect(await screen.findByText('Chosen: Grace Wanjiru')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('offers to add a successor who is not in the desk yet, in the same step', async () => {
    const from = callCore<{ id: string }>(core, 'people.create', { name: 'Outgoing Holder' }).id;
    callCore(core, 'membership.set', { instrumentId: 'cites', status: 'party' });
    const d = callCore<Parameters<typeof HandoverForm>[0]['designation']>(core, 'designations.create', { personId: from, roleId: 'cites:role:ma', startDate: '2020-01-01' });
    render(<HandoverForm designation={d} onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Successor'), { target: { value: 'Daniel Kiprono' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add “Daniel Kiprono” as a new person' }));
    expect(await screen.findByText('Chosen: Daniel Kiprono')).toBeTruthy();
    const people = callCore<{ items: { name: string }[] }>(core, 'people.list', {});
    expect(people.items.map((p) => p.name)).toContain('Daniel Kiprono');
  });
});

describe('right-to-left pages', () => {
  it('lay out user text by its own direction: an English name in an Arabic list, and the form fields', async () => {
    await changeLanguage('ar');
    callCore(core, 'people.create', { name: 'Amina Diallo (CITES MA)' });
    render(<PeoplePage />);
    const name = await screen.findByText('Amina Diallo (CITES MA)');
    expect(document.documentElement.dir).toBe('rtl');
    expect(name.closest('[dir]')?.getAttribute('dir')).toBe('auto');
    fireEvent.click(screen.getByRole('button', { name: 'إضافة شخص' }));
    const input = await screen.findByRole('textbox', { name: /الاسم الكامل/ });
    expect(input.getAttribute('dir')).toBe('auto');
  });
});
