import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/api/client.ts';
import { ByInstitution } from '../../renderer/features/focal-points/ByInstitution.tsx';
import { CoverageView } from '../../renderer/features/targets/CoverageView.tsx';
import { callCore, connectRenderer, openTestCore, type TestCore } from '../helpers/core.ts';
import { renderWithFeatures } from '../helpers/render.tsx';
import { useQuery } from '../../renderer/state/queries.ts';

// A read that fails says so where its data would be, in words, with a way to try again; and a
// view that shows data follows the change feed.

let core: TestCore;
let failing: Set<string>;

beforeEach(async () => {
  core = await openTestCore();
  connectRenderer(core);
  failing = new Set();
  // the real core behind a door that can be made to fail for some channels (as when the desk is unreachable)
  setTransport(async (channel, input) => {
    if (failing.has(channel)) return { ok: false, error: { code: 'network', message: 'the desk is not reachable' } };
    return JSON.parse(JSON.stringify(await core.dispatcher.invoke(channel, JSON.parse(JSON.stringify(input ?? {})))));
  });
});
afterEach(() => core.close());

describe('reads on screen', () => {
  it('a failing read shows its error where the data would be, and retrying shows the data', async () => {
    failing.add('targets.coverage');
    renderWithFeatures(<CoverageView />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be loaded/);
    expect(alert.textContent).not.toMatch(/targets\.coverage|undefined/);
    failing.clear();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'GBF targets without a national target' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a shown view reloads when the change feed names what it reads', async () => {
    renderWithFeatures(<ByInstitution />);
    await screen.findByText('No one is designated yet.');
    const kws = callCore<{ id: string }>(core, 'institutions.create', { name: 'Kenya Wildlife Service' }).id;
    const grace = callCore<{ id: string }>(core, 'people.create', { name: 'Grace Otieno', institutionId: kws }).id;
    callCore(core, 'membership.set', { instrumentId: 'cites', status: 'party' });
    callCore(core, 'designations.create', { personId: grace, roleId: 'cites:role:ma', startDate: '2024-01-15' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Kenya Wildlife Service' }).textContent).toMatch(/Grace Otieno/));
  });

  it('a secondary read (a navigation badge) waits until the page\'s own read has answered', async () => {
    const asked: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    setTransport(async (channel, input) => {
      asked.push(channel);
      if (channel === 'attention.list') await held;
      return JSON.parse(JSON.stringify(await core.dispatcher.invoke(channel, JSON.parse(JSON.stringify(input ?? {})))));
    });
    function BadgeThenPage() {
      useQuery('consistency.check', {}, { secondary: true });
      const page = useQuery('attention.list', { today: '2026-12-01' });
      return <p>{page.data ? 'page loaded' : 'page loading'}</p>;
    }
    renderWithFeatures(<BadgeThenPage />);
    await waitFor(() => expect(asked).toContain('attention.list'));
    await new Promise((r) => setTimeout(r, 300));
    expect(asked).not.toContain('consistency.check');
    release();
    await screen.findByText('page loaded');
    await waitFor(() => expect(asked).toContain('consistency.check'));
    expect(asked.indexOf('attention.list')).toBeLessThan(asked.indexOf('consistency.check'));
  });
});

