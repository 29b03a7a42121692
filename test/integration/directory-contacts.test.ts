import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/days.ts';
import type { DirectoryChoice } from '../../shared/model/directory.ts';
import { LANGUAGES } from '../../shared/i18n-languages.ts';
import { roleTypes } from '../../shared/reference/roles.ts';
import { CONTACT_HEADER, CONTACT_ROWS } from '../fixtures/contact-list.ts';
import { ok, openDesk, TestDesk } from '../helpers/desk.ts';

// Contact lists in the shape InforMEA and the secretariats publish them: role titles and treaty
// names as they write them, two treaties in one cell, the same person twice, a row with no e-mail,
// an almost empty row, Arabic and Cyrillic names, quotes, commas and newlines in cells. Every row
// is checked for what it imported; nothing blocks a person; every hat is kept.

class Desk extends TestDesk {
  preview(fileName: string, text: string | Buffer, choices?: DirectoryChoice[]) {
    return this.invoke('directory.preview', { fileName, dataBase64: b64(text), ...(choices ? { choices } : {}) });
  }
  async importAll(fileName: string, text: string | Buffer, choices?: DirectoryChoice[]) {
    const p = await this.preview(fileName, text, choices);
    return this.invoke('directory.import', { fileName, dataBase64: b64(text), mapping: p.mapping, rows: p.rows.map((r) => r.index), duplicates: 'skip', ...(choices ? { choices } : {}) });
  }
  hats(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const d of ok(this.core.dispatcher.dispatch('designations.list', { includeEnded: true }))) {
      (out[d.personName ?? '?'] ??= []).push(`${d.roleId}${d.instrumentId && d.instrumentId !== d.roleId ? ` @${d.instrumentId}` : ''}${d.startDate ? ` from ${d.startDate}` : ''}`);
    }
    for (const k of Object.keys(out)) out[k].sort();
    return out;
  }
}
const desk = () => openDesk(Desk);
const b64 = (data: Buffer | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

const HEADER = CONTACT_HEADER;
const ROWS = CONTACT_ROWS;
const CSV = Papa.unparse([HEADER, ...ROWS]);

describe('a contact list in the shape InforMEA and the secretariats publish', () => {
  it('maps the usual columns, matches every role and treaty as they are written, and lists what it does not know once', async () => {
    const d = await desk();
    const p = await d.preview('contacts.csv', CSV);
    expect(Object.fromEntries(HEADER.map((h, i) => [h, p.mapping[i]]))).toMatchObject({
      firstName: 'person.firstName',
      lastName: 'person.lastName',
      type: 'designation.role',
      position: 'person.title',
      institution: 'institution.name',
      email: 'person.email',
      phoneNumber: 'person.phone',
      treaties: 'designation.convention',
    });
    // no person is blocked by a role or a treaty
    expect(p.rows.map((r) => r.errors)).toEqual(ROWS.map(() => []));
    expect(p.rows.map((r) => r.designations.map((x) => `${x.roleId}${x.instrumentId ? ` @${x.instrumentId}` : ''}`))).toEqual([
      ['cbd:role:nfp'],
      ['cbd:role:cpb-nfp @cbd:cartagena'],
      ['cbd:role:cpb-cna @cbd:cartagena'],
      ['cms:role:nfp', 'cms:role:instrument-nfp @cms:aewa'],
      ['cbd:role:abs-nfp @cbd:nagoya'],
      ['cbd:role:bch @cbd:cartagena'],
      ['cites:role:sa'],
      [],
      ['ramsar:role:aa'],
      ['cites:role:ma'],
      [],
    ]);
    // the same person (e-mail in another case): their second role, not a second person
    expect(p.rows[1].duplicate).toEqual({ personId: null, row: 2, name: 'Amina Okafor', reason: 'email' });
    expect(p.unmatched.map((u) => [u.kind, u.text, u.scope, u.rows, u.choice])).toEqual([
      ['role', 'Chief Whale Counter', 'cites', [9], null],
      ['treaty', 'Bern Convention', null, [12], null],
    ]);
    expect(p.rows[7].unmatched).toHaveLength(1);
  });

  it('imports every person with all their hats, starts not known, and the user’s choices for the rest, kept for the next file', async () => {
    const d = await desk();
    const choices: DirectoryChoice[] = [
      { kind: 'role', text: 'Chief Whale Counter', scope: 'cites', to: 'cites:role:enforcement' },
      { kind: 'treaty', text: 'Bern Convention', scope: null, to: null },
    ];
    const result = await d.importAll('contacts.csv', CSV, choices);
    expect(result).toMatchObject({ created: 10, institutionsCreated: 8 });
    expect(d.hats()).toEqual({
      'Amina Okafor': ['cbd:role:cpb-nfp @cbd:cartagena', 'cbd:role:nfp'],
      'Joseph Kamau': ['cbd:role:cpb-cna @cbd:cartagena'],
      'Grace Wanjiru': ['cms:role:instrument-nfp @cms:aewa', 'cms:role:nfp'],
      'Ruth Njeri': ['cbd:role:abs-nfp @cbd:nagoya'],
      'Peter Otieno': ['cbd:role:bch @cbd:cartagena'],
      'Mary Achieng': ['cites:role:sa'],
      Mwangi: ['cites:role:enforcement'],
      'ليلى حسن': ['ramsar:role:aa'],
      'Ольга Иванова': ['cites:role:ma'],
    });
    const people = ok(d.core.dispatcher.dispatch('people.list', {})).items;
    expect(people.map((x) => x.name).sort()).toEqual(['Amina Okafor', 'Grace Wanjiru', 'Hans Keller', 'Joseph Kamau', 'Mary Achieng', 'Mwangi', 'Peter Otieno', 'Ruth Njeri', 'ليلى حسن', 'Ольга Иванова'].sort());
    const ruth = people.find((x) => x.name === 'Ruth Njeri')!;
    expect(ruth.title).toBe('Head, "ABS" Unit,\nGenetic Resources');
    expect(people.find((x) => x.name === 'Mary Achieng')!.email).toBeNull();

    // the next file: the choice for "Chief Whale Counter" is remembered
    const next = Papa.unparse([HEADER, ['KE', '', 'Ali', 'Baraka', 'Chief Whale Counter', '', '', '', '', 'ali@kws.example', '', '', '', 'CITES']]);
    const p2 = await d.preview('next.csv', next);
    expect(p2.rows[0].designations).toEqual([{ roleId: 'cites:role:enforcement', convention: 'cites', instrumentId: null }]);
    expect(p2.unmatched).toEqual([expect.objectContaining({ text: 'Chief Whale Counter', choice: expect.objectContaining({ to: 'cites:role:enforcement' }) })]);
    expect(p2.rows[0].unmatched).toEqual([]);
  });

  it('hands over a role the day after the import: the start was not known, the history stays', async () => {
    const d = await desk();
    await d.importAll('contacts.csv', CSV);
    const successor = d.person('Daniel Kiprono');
    const held = ok(d.core.dispatcher.dispatch('designations.list', { roleId: 'cites:role:ma' }))[0];
    expect(held.startDate).toBeNull();
    const tomorrow = localToday(new Date(Date.now() + 86_400_000));
    const { ended, started } = d.call('designations.handover', { id: held.id, date: tomorrow, successorId: successor });
    expect(ended.endDate).toBe(localToday());
    expect(started).toMatchObject({ personName: 'Daniel Kiprono', startDate: tomorrow, roleId: 'cites:role:ma' });
    // and its dates can be corrected afterwards
    const fixed = d.call('designations.update', { id: held.id, patch: { startDate: '2019-05-02', notifiedDate: '2019-05-10', source: 'Notification No. 2019/034' } });
    expect(fixed).toMatchObject({ startDate: '2019-05-02', notifiedDate: '2019-05-10', source: 'Notification No. 2019/034' });
  });
});

describe('the directory round trip', () => {
  it('every role type, exported in each of the six languages, comes back into a desk with every column and role mapped', async () => {
    const from = await desk();
    const expected: string[] = [];
    for (const role of roleTypes) {
      const instrumentId = role.id === 'cms:role:instrument-nfp' ? 'cms:aewa' : null;
      const person = from.person(`Holder of ${role.key}`);
      from.call('designations.create', { personId: person, roleId: role.id, startDate: '2021-01-01', ...(instrumentId ? { instrumentId } : {}) });
      expected.push(`${role.id}${instrumentId ?? role.instrument ? ` @${instrumentId ?? role.instrument}` : ''}`);
    }
    for (const language of LANGUAGES) {
      const file = await from.invoke('directory.export', { format: 'xlsx', language });
      const to = await desk();
      const p = await to.invoke('directory.preview', { fileName: file.fileName, dataBase64: file.dataBase64 });
      expect(p.columns.filter((c) => p.mapping[c.index] === null).map((c) => c.header), `${language}: unmapped columns`).toEqual([]);
      expect(p.unmatched, `${language}: roles not recognised`).toEqual([]);
      const got = p.rows.flatMap((r) => r.designations.map((x) => `${x.roleId}${x.instrumentId ? ` @${x.instrumentId}` : ''}`));
      expect(got.sort(), language).toEqual([...expected].sort());
    }
    // the workbook names the agreement, not only the kind of role
    const en = await from.invoke('directory.export', { format: 'xlsx', language: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(en.dataBase64, 'base64') as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('African-Eurasian Waterbird Agreement');
    expect(text).toContain('Cartagena Protocol on Biosafety');
  });
});

describe('taking a directory import back', () => {
  it('removes what it created, restores what it changed, keeps what was edited since, and travels as ops', async () => {
    const d = await desk();
    const amina = d.call('people.create', { name: 'Amina Okafor', email: 'amina.okafor@environment.go.ke', title: 'Deputy Director' });
    const before = d.call('app.dump', {});
    const csv = Papa.unparse([HEADER, ROWS[0], ROWS[2], ROWS[3]]);
    const p = await d.preview('contacts.csv', csv);
    await d.invoke('directory.import', { fileName: 'contacts.csv', dataBase64: b64(csv), mapping: p.mapping, rows: p.rows.map((r) => r.index), duplicates: 'update' });
    expect(d.call('people.get', { id: amina.id })).toMatchObject({ title: 'Director', phone: '+254 20 2730808', department: 'Biodiversity' });
    // someone corrects Amina's position after the import: that edit stays
    d.call('people.update', { id: amina.id, patch: { title: 'Director General' } });

    const undone = d.call('directory.undo', {});
    expect(undone).toMatchObject({ fileName: 'contacts.csv', restored: 1, kept: 1 });
    expect(d.call('people.get', { id: amina.id })).toMatchObject({ title: 'Director General', phone: null, department: null });
    const live = ok(d.core.dispatcher.dispatch('people.list', {})).items.map((x) => x.name);
    expect(live).toEqual(['Amina Okafor']);
    expect(ok(d.core.dispatcher.dispatch('designations.list', {}))).toEqual([]);
    const liveCount = (dump: typeof before) => Object.fromEntries(Object.entries(dump.entities).map(([k, v]) => [k, v.filter((r) => !r._deleted).length]));
    expect(liveCount(d.call('app.dump', {}))).toEqual(liveCount(before));
    // a second undo has nothing to take back
    expect(d.refuse('directory.undo', {}).code).toBe('nothing_to_undo');
    // a colleague who received the import receives its undoing too
    const other = await desk();
    other.call('sync.import', { content: d.call('sync.export', {}).content });
    expect(ok(other.core.dispatcher.dispatch('people.list', {})).items.map((x) => x.name)).toEqual(['Amina Okafor']);
  });
});
