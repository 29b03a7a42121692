import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeoplePage } from '../../renderer/features/people/PeoplePage.tsx';
import { usePeople } from '../../renderer/state/people.ts';
import { useRoute } from '../../renderer/state/route.ts';
import { Toasts } from '../../renderer/ui/Toasts.tsx';
import { connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';

let core: TestCore;

beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  usePeople.setState({ items: [], total: 0, query: '' });
  useRoute.setState({ area: 'people', id: null });
});
afterEach(() => core.close());

function peopleInStore(): number {
  const r = core.dispatcher.dispatch('people.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.data.total;
}

describe('people form', () => {
  it('shows translated messages at the fields and saves nothing when the name is empty and the e-mail invalid', async () => {
    render(<PeoplePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(screen.getByText('Enter a valid e-mail address, such as name@ministry.gov.')).toBeTruthy();
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(peopleInStore()).toBe(0);
  });

  it('saves a valid person into the store and lists it', async () => {
    render(<PeoplePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    fireEvent.change(screen.getByLabelText(/Full name/), { target: { value: 'Amina Diallo' } });
    fireEvent.change(screen.getByLabelText('Position'), { target: { value: 'CITES Management Authority' } });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'amina@environnement.gouv.sn' } });
    fireEvent.click(screen.getByLabelText('French'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(peopleInStore()).toBe(1));
    const list = await screen.findByRole('list', { name: 'People' });
    expect(within(list).getByText('Amina Diallo')).toBeTruthy();
    const saved = core.dispatcher.dispatch('people.list', {});
    expect(saved.ok && saved.data.items[0]).toMatchObject({ name: 'Amina Diallo', email: 'amina@environnement.gouv.sn', languages: ['fr'] });
  });

  it('saves the honorific, department, postal address and fax, and shows them again when the person is opened', async () => {
    render(<PeoplePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    fireEvent.change(screen.getByLabelText(/Full name/), { target: { value: 'ليلى عبد الرحمن' } });
    fireEvent.change(screen.getByLabelText('Honorific'), { target: { value: 'Dr' } });
    fireEvent.change(screen.getByLabelText('Department'), { target: { value: 'Nature Conservation Sector' } });
    fireEvent.change(screen.getByLabelText('Postal address'), { target: { value: '30 Misr Helwan El-Zyrae Road\nMaadi, Cairo' } });
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '+20 2 2525 6452' } });
    fireEvent.change(screen.getByLabelText('Fax'), { target: { value: '+20 2 2525 6490' } });
    // text typed in either direction reads in its own
    for (const label of ['Honorific', 'Department', 'Postal address', 'Fax']) expect(screen.getByLabelText(label).getAttribute('dir')).toBe('auto');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(peopleInStore()).toBe(1));
    const saved = core.dispatcher.dispatch('people.list', {});
    if (!saved.ok) throw new Error(saved.error.message);
    const person = saved.data.items[0];
    expect(person).toMatchObject({
      name: 'ليلى عبد الرحمن',
      honorific: 'Dr',
      department: 'Nature Conservation Sector',
      address: '30 Misr Helwan El-Zyrae Road\nMaadi, Cairo',
      phone: '+20 2 2525 6452',
      fax: '+20 2 2525 6490',
    });

    // opened again, the form shows what was saved
    act(() => useRoute.setState({ area: 'people', id: person.id }));
    await waitFor(() => expect((screen.getByLabelText('Department') as HTMLInputElement).value).toBe('Nature Conservation Sector'));
    expect((screen.getByLabelText('Honorific') as HTMLInputElement).value).toBe('Dr');
    expect((screen.getByLabelText('Postal address') as HTMLTextAreaElement).value).toBe('30 Misr Helwan El-Zyrae Road\nMaadi, Cairo');
    expect((screen.getByLabelText('Fax') as HTMLInputElement).value).toBe('+20 2 2525 6490');
  });
});

describe('people list', () => {
  it('filters as the user types, ignoring accents and case', async () => {
    for (const name of ['José Pérez', 'Joseph Kamau', 'Li Wei']) core.dispatcher.dispatch('people.create', { name });
    render(<PeoplePage />);
    const list = await screen.findByRole('list', { name: 'People' });
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(3));

    fireEvent.change(screen.getByLabelText('Search people'), { target: { value: 'JOSE' } });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('button')).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Search people'), { target: { value: 'perez jose' } });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('button')).toHaveLength(1));
    expect(screen.getByText('1 record')).toBeTruthy();
  });

  it('deletes a person and brings them back with Undo', async () => {
    const created = core.dispatcher.dispatch('people.create', { name: 'Olga Ivanova' });
    if (!created.ok) throw new Error('setup');
    act(() => useRoute.setState({ area: 'people', id: created.data.id }));
    render(
      <>
        <PeoplePage />
        <Toasts />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(peopleInStore()).toBe(0));
    expect(await screen.findByText('Nothing here yet')).toBeTruthy();
    expect(screen.getByText('Olga Ivanova was deleted')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(peopleInStore()).toBe(1));
    expect(await screen.findByText('Olga Ivanova was restored')).toBeTruthy();
  });
});
