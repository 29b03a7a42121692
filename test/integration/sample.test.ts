import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAreas } from '../../electron/core/areas.ts';
import { storePath } from '../../electron/core/db/open.ts';
import { openDesk } from '../helpers/desk.ts';

// The sample country: loaded into a store of its own and explored through every area; removing it
// leaves the user's store exactly as it was, even after edits made while exploring.

describe('the sample country', () => {
  it('loads, shows in every area, and leaves the own desk as it was when removed', async () => {
    const d = await openDesk();
    d.call('settings.update', { language: 'fr', theme: 'dark', deviceLabel: 'Ministère — bureau' });
    d.person('Own Person');
    expect(d.call('sample.status', {})).toEqual({ active: false, ownDeskHasData: true });
    const before = d.dumpText();

    expect(await d.invoke('sample.load', {})).toEqual({ active: true, ownDeskHasData: true });
    // the own store is closed now (its log folded into the file), and nothing writes to it while exploring
    const ownPath = storePath(path.dirname(d.core.store.dataDir));
    const ownFile = fs.readFileSync(ownPath);
    expect(d.call('sample.status', {}).active).toBe(true);
    const people = d.call('people.list', {}).items.map((p) => p.name);
    expect(people).toContain('Amina Diallo');
    expect(people).not.toContain('Own Person');
    expect(d.call('settings.get', {})).toMatchObject({ language: 'fr', theme: 'dark', deviceLabel: 'Bureau d’exemple — République de Verdania (fictif)' });
    // every kind of work is there to explore
    const kinds = new Set(d.call('attention.list', {}).items.map((i) => i.kind));
    for (const k of ['report_overdue', 'capacity_need', 'role_vacant', 'positions_differ', 'action_overdue', 'changed_since_submitted', 'part_mine']) expect(kinds).toContain(k);
    expect(d.call('targets.list', {}).length).toBeGreaterThan(0);
    expect(d.call('wg.meetings.list', {}).length).toBeGreaterThan(0);
    // explore: edit, and ask twice
    d.person('Made while exploring');
    expect((await d.refuseAsync('sample.load', {})).code).toBe('sample_active');
    d.call('settings.update', { language: 'es', theme: 'light' });
    expect(fs.readFileSync(ownPath).equals(ownFile)).toBe(true);

    expect(await d.invoke('sample.remove', {})).toEqual({ active: false, ownDeskHasData: true });
    const after = JSON.parse(d.dumpText());
    const expected = JSON.parse(before);
    // the language and theme chosen while exploring stay; nothing else differs
    expect({ ...after, settings: undefined }).toEqual({ ...expected, settings: undefined });
    expect(d.call('settings.get', {})).toMatchObject({ language: 'es', theme: 'light', deviceLabel: 'Ministère — bureau' });
    expect(fs.existsSync(path.join(d.core.store.dataDir, 'sample'))).toBe(false);
    expect((await d.refuseAsync('sample.remove', {})).code).toBe('sample_not_active');
  });

  it('an empty desk is offered the sample; a sample folder left by an earlier run goes at start', async () => {
    const d = await openDesk();
    expect(d.call('sample.status', {})).toEqual({ active: false, ownDeskHasData: false });
    const left = path.join(d.core.store.dataDir, 'sample');
    fs.mkdirSync(left);
    fs.writeFileSync(path.join(left, 'synergy-desk.sqlite'), '');
    const stop = startAreas(d.core.store);
    stop();
    expect(fs.existsSync(left)).toBe(false);
  });
});
