import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictsPage } from '../../renderer/features/conflicts/ConflictsPage.tsx';
import { useConflicts } from '../../renderer/state/conflicts.ts';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';
import { renderWithFeatures } from '../helpers/render.tsx';

// The conflicts inbox names every kind of synced row in words — a designation by its holder and
// role, an alignment by its national and global targets — and shows values as their forms do:
// institution names, translated degrees and statuses. Two real cores make the conflicts.

let a: TestCore;
let b: TestCore;

const call = callCore;
const exchange = (from: TestCore, to: TestCore) => call(to, 'sync.import', { content: call<{ content: string }>(from, 'sync.export', {}).content });

beforeEach(async () => {
  a = await openTestCore();
  b = await openTestCore();
  connectRenderer(a);
  useConflicts.setState({ items: [] });
});
afterEach(() => {
  a.close();
  b.close();
});

describe('the conflicts inbox for focal points and targets', () => {
  it('names each conflicting row and value in words, and keeps the value chosen', async () => {
    const moe = call<{ id: string }>(a, 'institutions.create', { name: 'Ministry of Environment' }).id;
    const kws = call<{ id: string }>(a, 'institutions.create', { name: 'Wildlife Service' }).id;
    const ana = call<{ id: string }>(a, 'people.create', { name: 'Ana Lima' }).id;
    call(a, 'membership.set', { instrumentId: 'cites', status: 'party' });
    const ma = call<{ id: string }>(a, 'designations.create', { personId: ana, roleId: 'cites:role:ma', startDate: '2024-01-15' }).id;
    const nt3 = call<{ id: string }>(a, 'targets.create', { code: 'NT3', title: 'Protected areas', leadInstitutionId: moe }).id;
    call(a, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'high' });
    exchange(a, b);

    // both desks change the same fields without seeing each other
    call(a, 'designations.update', { id: ma, patch: { notes: 'Letter of 3 March' } });
    call(b, 'designations.update', { id: ma, patch: { notes: 'Note verbale 12/2024' } });
    call(a, 'targets.update', { id: nt3, patch: { leadInstitutionId: kws } });
    call(b, 'targets.update', { id: nt3, patch: { leadInstitutionId: null } });
    call(a, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'medium' });
    call(b, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'low' });
    call(a, 'membership.set', { instrumentId: 'cites', status: 'not_party' });
    call(b, 'membership.set', { instrumentId: 'cites', status: 'signatory' });
    exchange(b, a);

    renderWithFeatures(<ConflictsPage />);
    const designation = await screen.findByRole('article', { name: 'Designation: Ana Lima · Management Authority — Notes' });
    expect(within(designation).getByText('Letter of 3 March')).toBeTruthy();
    expect(within(designation).getByText('Note verbale 12/2024')).toBeTruthy();

    const target = screen.getByRole('article', { name: 'National target: NT3 — Protected areas — Lead institution' });
    expect(within(target).getByText('Wildlife Service')).toBeTruthy();
    expect(within(target).getByText('(empty)')).toBeTruthy();
    expect(within(target).queryByText(kws)).toBeNull();

    const membership = screen.getByRole('article', { name: /^Convention membership: .*CITES.* — Status$/ });
    expect(within(membership).getByText('Not Party')).toBeTruthy();
    expect(within(membership).getByText('Signatory')).toBeTruthy();

    const alignment = screen.getByRole('article', { name: 'Alignment: NT3 → T3 — Degree of alignment' });
    const low = within(alignment).getByText('Low').closest('.head') as HTMLElement;
    expect(within(alignment).getByText('Medium')).toBeTruthy();
    fireEvent.click(within(low).getByRole('button', { name: 'Keep this value' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: /^Alignment:/ })).toBeNull());
    const aligned = call<{ alignments: { frameworkItemId: string; degree: string }[] }>(a, 'targets.get', { id: nt3 }).alignments;
    expect(aligned).toEqual([expect.objectContaining({ frameworkItemId: 'gbf:T3', degree: 'low' })]);
    expect(call<unknown[]>(a, 'conflicts.list', {})).toHaveLength(3);
  });
});
