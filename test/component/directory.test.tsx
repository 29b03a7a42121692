import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DirectoryExport } from '../../renderer/features/directory/DirectoryExport.tsx';
import { DirectoryImport } from '../../renderer/features/directory/DirectoryImport.tsx';
import { useDirectoryImport } from '../../renderer/state/directory.ts';
import { connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';

let core: TestCore;

beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  useDirectoryImport.setState({ file: null, preview: null, chosen: [], duplicates: 'skip', result: null });
});
afterEach(() => {
  core.close();
  vi.restoreAllMocks();
});

function peopleInStore(): string[] {
  const r = core.dispatcher.dispatch('people.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.data.items.map((p) => p.name ?? '');
}

const CSV = [
  'Nom;Prénom;Courriel;Organisation;Convention;Rôle',
  'Diallo;Amina;amina@environnement.gouv.sn;Ministère de l’Environnement;CITES;MA',
  'Ndiaye;Moussa;pas-une-adresse;Ministère de l’Environnement;;',
  'Sow;Awa;awa.sow@environnement.gouv.sn;DEFCCS;CITES;Autorité scientifique',
].join('\r\n');

/** Serious or critical accessibility problems (colour contrast needs a real layout: not checked here). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

function upload(text: string, name = 'points-focaux.csv') {
  const file = new File([text], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
}

describe('directory import panel', () => {
  it('shows the bad row with its translated error, and imports the other rows', async () => {
    render(<DirectoryImport />);
    expect(await seriousViolations(document.body)).toEqual([]);
    upload(CSV);

    // the columns were recognised
    expect(await screen.findByRole('combobox', { name: 'Import “Courriel” as' })).toHaveProperty('value', 'person.email');
    expect(screen.getByRole('combobox', { name: 'Import “Nom” as' })).toHaveProperty('value', 'person.lastName');
    expect(screen.getByTestId('directory-totals').textContent).toBe('3 rows: 2 ready, 1 to correct in the file, 0 perhaps already known');

    // row 3: its error in words, and it cannot be chosen
    const bad = screen.getByRole('checkbox', { name: 'Import row 3' });
    expect(bad).toHaveProperty('disabled', true);
    expect(bad).toHaveProperty('checked', false);
    const badRow = bad.closest('tr')!;
    expect(within(badRow).getByText('E-mail: Enter a valid e-mail address, such as name@ministry.gov.')).toBeTruthy();
    // the valid rows are chosen
    expect(screen.getByRole('checkbox', { name: 'Import row 2' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Import row 4' })).toHaveProperty('checked', true);
    expect(await seriousViolations(document.body)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Imported: 2 people added, 0 updated, 0 skipped; 2 institutions and 2 roles added.')).toBeTruthy();
    expect(peopleInStore()).toEqual(['Amina Diallo', 'Awa Sow']);
  });

  it('a column mapped differently previews again; unchosen rows stay out', async () => {
    render(<DirectoryImport />);
    upload(CSV);
    const email = await screen.findByRole('combobox', { name: 'Import “Courriel” as' });
    fireEvent.change(email, { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Import row 3' })).toHaveProperty('disabled', false));
    expect(screen.getByTestId('directory-totals').textContent).toBe('3 rows: 3 ready, 0 to correct in the file, 0 perhaps already known');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import row 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await screen.findByText(/^Imported: 2 people added/);
    expect(peopleInStore()).toEqual(['Awa Sow', 'Moussa Ndiaye']);
  });

  it('marks people already in the desk, and says what a file that is not a spreadsheet is', async () => {
    core.dispatcher.dispatch('people.create', { name: 'Amina Diallo', email: 'AMINA@environnement.gouv.sn' });
    render(<DirectoryImport />);
    upload(CSV);
    expect(await screen.findByText('Same e-mail as Amina Diallo, already in the desk')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Keep their details as they are (their new roles are still added)' })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
    upload('%PDF-1.7\n\u0000\u0001\u0002binary', 'report.pdf');
    expect(await screen.findByText('This file is not a spreadsheet. Choose an Excel (.xlsx) or CSV file.')).toBeTruthy();
  });
});

describe('values the desk does not recognise', () => {
  it('lists each once, takes the user\'s meaning, and imports the person with that role', async () => {
    const text = 'Name,Type,Treaties\nAmina Diallo,Chief Whale Counter,cites\nMoussa Ndiaye,Chief Whale Counter,cites\n';
    render(<DirectoryImport />);
    upload(text, 'contacts.csv');
    const heading = await screen.findByRole('heading', { name: 'Values the desk does not recognise' });
    const section = heading.closest('section')!;
    expect(within(section).getByText('Chief Whale Counter')).toBeTruthy();
    expect(within(section).getByText('2 rows')).toBeTruthy();
    expect(within(section).getByText('1 value still to choose')).toBeTruthy();
    fireEvent.change(within(section).getByLabelText('What “Chief Whale Counter” means'), { target: { value: 'cites:role:enforcement' } });
    await waitFor(() => expect(within(section).queryByText('1 value still to choose')).toBeNull());
    expect(await seriousViolations(document.body)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Import 2 rows?/ }));
    await screen.findByRole('status');
    await waitFor(() => expect(peopleInStore()).toEqual(['Amina Diallo', 'Moussa Ndiaye']));
    const roles = core.dispatcher.dispatch('designations.list', { roleId: 'cites:role:enforcement' });
    expect(roles.ok && roles.data.map((d) => d.personName).sort()).toEqual(['Amina Diallo', 'Moussa Ndiaye']);
    // and the whole import can be taken back
    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(() => expect(peopleInStore()).toEqual([]));
  });
});

describe('directory export', () => {
  it('saves the directory as an Excel file', async () => {
    core.dispatcher.dispatch('people.create', { name: 'Amina Diallo' });
    const created = vi.fn((_blob: Blob) => 'blob:directory');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DirectoryExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Excel (.xlsx)' }));
    // writing the workbook takes a moment on a busy machine
    expect(await screen.findByText(/^Saved directory-\d{4}-\d{2}-\d{2}\.xlsx$/, {}, { timeout: 5000 })).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0][0];
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(blob.size).toBeGreaterThan(1000);
  });
});
