import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore, setMeta, type Store } from '../../electron/core/store.ts';
import { formatHlc, parseHlc } from '../../shared/hlc.ts';
import { tempDir } from '../helpers/app-server.ts';
import { ok } from '../helpers/desk.ts';

// Two connections on one store file (the app, and the command line importing a bundle while it
// runs): an edit made in the app after the import must carry a later clock than what the import
// brought, or it could lose to an older edit.

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('the clock of a store another connection writes to', () => {
  it('moves on past what the other connection imported', async () => {
    // a colleague whose clock runs two minutes ahead (within what an import accepts)
    const colleagueDir = tempDir('sd-clock-c-');
    const colleague = await openStore(colleagueDir);
    const ahead = formatHlc({ millis: Date.now() + 120_000, counter: 0, node: colleague.nodeId });
    setMeta(colleague.db, 'clock', ahead);
    colleague.close();
    const reopened = await openStore(colleagueDir);
    open.push(reopened);
    const person = ok(createDispatcher(reopened).dispatch('people.create', { name: 'Grace Otieno' }));
    const bundle = ok(createDispatcher(reopened).dispatch('sync.export', {})).content;

    const dir = tempDir('sd-clock-');
    const app = await openStore(dir);
    const cli = await openStore(dir);
    open.push(app, cli);
    ok(createDispatcher(cli).dispatch('sync.import', { content: bundle }));
    // the app edits the imported person after the import: its change must win
    ok(createDispatcher(app).dispatch('people.update', { id: person.id, patch: { name: 'Grace A. Otieno' } }));
    const ops = app.db.prepare("SELECT hlc FROM ops WHERE row_id = ? AND field = 'name' ORDER BY hlc").all(person.id) as { hlc: string }[];
    expect(ops).toHaveLength(2);
    expect(parseHlc(ops[1].hlc)!.node).toBe(app.nodeId);
    expect(ok(createDispatcher(app).dispatch('people.get', { id: person.id })).name).toBe('Grace A. Otieno');
  });
});
