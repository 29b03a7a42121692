import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DirectoryMapping } from '../../shared/model/directory.ts';
import { err, ok, openDesk, TestDesk } from '../helpers/desk.ts';

// Directory spreadsheets through dispatch, on real SQLite files: real XLSX files written with
// exceljs, CSV texts as ministries save them, the preview, the import (all chosen rows or
// nothing), the refusals, and the exports read back with exceljs, papaparse and ical.js.

const desk = () => openDesk(Desk);

class Desk extends TestDesk {
  people() {
    return ok(this.core.dispatcher.dispatch('people.list', {})).items;
  }
  findPerson(name: string) {
    const p = this.people().find((x) => x.name === name);
    if (!p) throw new Error(`no person ${name} in ${this.people().map((x) => x.name).join(', ')}`);
    return p;
  }
  preview(fileName: string, data: Buffer | string, mapping?: DirectoryMapping) {
    return this.invoke('directory.preview', { fileName, dataBase64: b64(data), ...(mapping ? { mapping } : {}) });
  }
}

const b64 = (data: Buffer | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

async function xlsx(rows: unknown[][], before: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Focal points');
  before(ws);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ENGLISH = [
  ['Full name', 'Title', 'E-mail', 'Phone', 'Organisation', 'Acronym', 'Convention', 'Role', 'Start date', 'Languages', 'Remarks'],
  ['Amina Diallo', 'Director', 'amina.diallo@env.gov.sn', '+221 33 123 45 67', 'Ministry of Environment', 'MEDD', 'CITES', 'MA', new Date(Date.UTC(2023, 2, 1)), 'French, English', 'Since 2023'],
  ['Joseph Kamau', 'Senior scientist', 'j.kamau@kws.go.ke', '+254 20 600 0800', 'Kenya Wildlife Service', 'KWS', 'CITES', 'Scientific Authority', '2022-07-15', 'en; sw', ''],
];

describe('preview: the mapping is suggested from the column names', () => {
  it('English headers in an XLSX file (with a title row above the header)', async () => {
    const d = await desk();
    const file = await xlsx(ENGLISH, (ws) => {
      ws.addRow(['CITES focal points — 2024']);
      ws.addRow([]);
    });
    const p = await d.preview('focal-points.xlsx', file);
    expect(p.format).toBe('xlsx');
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toEqual([
      'person.name',
      'person.title',
      'person.email',
      'person.phone',
      'institution.name',
      'institution.acronym',
      'designation.convention',
      'designation.role',
      'designation.startDate',
      'person.languages',
      'person.notes',
    ]);
    expect(p.columns.map((c) => c.header)).toEqual(ENGLISH[0]);
    expect(p.totals).toEqual({ rows: 2, valid: 2, invalid: 0, duplicates: 0 });
    const [amina, joseph] = p.rows;
    expect(amina).toMatchObject({
      index: 4,
      errors: [],
      duplicate: null,
      institution: { existingId: null, name: 'Ministry of Environment' },
      designation: { roleId: 'cites:role:ma', convention: 'cites' },
    });
    // a date cell arrives as a date
    expect(amina.values['designation.startDate']).toBe('2023-03-01');
    expect(joseph.designation).toEqual({ roleId: 'cites:role:sa', convention: 'cites' });
  });

  it('French headers in a semicolon CSV saved by Excel in Windows-1252, with first and last name apart', async () => {
    const d = await desk();
    const csv = 'Prénom;Nom;Courriel;Fonction;Organisme;Sigle;Convention;Rôle;Date de nomination;Langues\r\n' + 'Aminata;Ndiaye;a.ndiaye@environnement.gouv.sn;Directrice des Eaux et Forêts;Ministère de l’Environnement;MEDD;CDB;CBD NFP;15/03/2021;français, anglais\r\n';
    const latin1 = Buffer.from(csv.replace('’', "'"), 'latin1');
    const p = await d.preview('points-focaux.csv', latin1);
    expect(p.format).toBe('csv');
    expect(p.mapping).toEqual([
      'person.firstName',
      'person.lastName',
      'person.email',
      'person.title',
      'institution.name',
      'institution.acronym',
      'designation.convention',
      'designation.role',
      'designation.startDate',
      'person.languages',
    ]);
    expect(p.columns[0].header).toBe('Prénom');
    // "CDB" is the French and Spanish abbreviation of the CBD
    expect(p.rows[0].errors).toEqual([]);
    expect(p.unmatched).toEqual([]);
    expect(p.rows[0].values).toMatchObject({ 'person.name': 'Aminata Ndiaye', 'institution.name': "Ministère de l'Environnement", 'designation.startDate': '2021-03-15' });
    expect(p.rows[0].designation).toEqual({ roleId: 'cbd:role:nfp', convention: 'cbd' });
    // without the convention column, the role names its convention itself
    const remapped = await d.preview('points-focaux.csv', latin1, p.mapping.map((t) => (t === 'designation.convention' ? null : t)));
    expect(remapped.rows[0].errors).toEqual([]);
    expect(remapped.rows[0].designation).toEqual({ roleId: 'cbd:role:nfp', convention: 'cbd' });
  });

  it('Spanish headers, UTF-8 with a byte order mark, comma separated', async () => {
    const d = await desk();
    const csv = '\uFEFFNombre,Apellidos,Correo electrónico,Cargo,Institución,Teléfono\nMaría José,Pérez Gómez,mj.perez@miambiente.gob.pa,Jefa de Biodiversidad,Ministerio de Ambiente,+507 500 0855\n';
    const p = await d.preview('puntos.csv', csv);
    expect(p.mapping).toEqual(['person.firstName', 'person.lastName', 'person.email', 'person.title', 'institution.name', 'person.phone']);
    expect(p.rows[0]).toMatchObject({ errors: [], values: { 'person.name': 'María José Pérez Gómez' } });
  });
});

describe('text files as spreadsheet programs save them', () => {
  it('UTF-16 "Unicode text" (tab separated) from Excel', async () => {
    const d = await desk();
    const text = 'Name\tE-mail\tInstitution\r\nЛи Вэй\tli.wei@mee.gov.cn\t生态环境部\r\n';
    const p = await d.preview('list.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(p.mapping).toEqual(['person.name', 'person.email', 'institution.name']);
    expect(p.rows[0]).toMatchObject({ errors: [], values: { 'person.name': 'Ли Вэй', 'institution.name': '生态环境部' } });
  });

  it('dates: a column is read day first unless one of its dates can only be month first; unclear dates in a mixed column are refused', async () => {
    const d = await desk();
    const dayFirst = await d.preview('a.csv', 'Name,Start date\nA Person,03/04/2024\nB Person,25.12.2023\n');
    expect(dayFirst.rows.map((r) => r.values['designation.startDate'])).toEqual(['2024-04-03', '2023-12-25']);
    const monthFirst = await d.preview('b.csv', 'Name,Start date\nA Person,03/04/2024\nB Person,12/25/2023\n');
    expect(monthFirst.rows.map((r) => r.values['designation.startDate'])).toEqual(['2024-03-04', '2023-12-25']);
    const mixed = await d.preview('c.csv', 'Name,Start date\nA Person,03/04/2024\nB Person,12/25/2023\nC Person,25/12/2023\n');
    expect(mixed.rows.map((r) => r.errors)).toEqual([[{ field: 'designation.startDate', code: 'date_invalid' }], [], []]);
  });

  it('several e-mail addresses or phone numbers in a cell: the first is used, the others kept in the notes', async () => {
    const d = await desk();
    const text = 'Name;E-mail;Phone;Notes\nAmina Diallo;"mailto:amina@env.gov.sn; amina.d@gmail.com";"+221 1, +221 2";Focal point since 2019\n';
    const p = await d.preview('m.csv', text);
    expect(p.rows[0].errors).toEqual([]);
    const r = await d.invoke('directory.import', { fileName: 'm.csv', dataBase64: b64(text), mapping: p.mapping, rows: [2], duplicates: 'skip' });
    expect(r.created).toBe(1);
    expect(d.findPerson('Amina Diallo')).toMatchObject({ email: 'amina@env.gov.sn', phone: '+221 1', notes: 'Focal point since 2019\namina.d@gmail.com, +221 2' });
  });
});

describe('rows with errors', () => {
  const csv = [
    'Name,E-mail,Institution,Convention,Role',
    'Amina Diallo,amina@env.gov.sn,Ministry of Environment,CITES,Management Authority',
    'Li Wei,not-an-address,Ministry of Environment,,',
    'Olga Ivanova,olga@mnr.gov.ru,Ministry of Natural Resources,CMS,NFP',
  ].join('\n');

  it('lists the bad row with its field and code, and imports the other rows when they are chosen', async () => {
    const d = await desk();
    const p = await d.preview('list.csv', csv);
    expect(p.totals).toEqual({ rows: 3, valid: 2, invalid: 1, duplicates: 0 });
    expect(p.rows.map((r) => [r.index, r.errors])).toEqual([
      [2, []],
      [3, [{ field: 'person.email', code: 'email_invalid' }]],
      [4, []],
    ]);
    const r = await d.invoke('directory.import', { fileName: 'list.csv', dataBase64: b64(csv), mapping: p.mapping, rows: [2, 4], duplicates: 'skip' });
    expect(r).toEqual({ created: 2, updated: 0, skipped: 0, institutionsCreated: 2, designationsCreated: 2 });
    expect(d.people().map((x) => x.name)).toEqual(['Amina Diallo', 'Olga Ivanova']);
    expect(d.findPerson('Amina Diallo')).toMatchObject({ email: 'amina@env.gov.sn', institutionName: 'Ministry of Environment' });
    // a backup was written before the import
    expect(fs.readdirSync(path.join(d.core.dir, 'backups')).some((f) => f.includes('directory-import'))).toBe(true);
  });

  it('refuses when a chosen row is invalid (or does not exist), and writes nothing', async () => {
    const d = await desk();
    await d.invoke('people.create', { name: 'Someone Already' });
    const p = await d.preview('list.csv', csv);
    const e = await d.refuseAsync('directory.import', { fileName: 'list.csv', dataBase64: b64(csv), mapping: p.mapping, rows: [2, 3, 4], duplicates: 'skip' });
    expect(e).toMatchObject({ code: 'directory_rows_invalid', params: { rows: '3', count: 1 }, issues: [{ path: 'rows.3.person.email', code: 'email_invalid' }] });
    const missing = await d.refuseAsync('directory.import', { fileName: 'list.csv', dataBase64: b64(csv), mapping: p.mapping, rows: [2, 99], duplicates: 'skip' });
    expect(missing).toMatchObject({ code: 'directory_rows_invalid', issues: [{ path: 'rows.99', code: 'invalid' }] });
    // a role the desk does not know never blocks the person: it is listed once, for the user to map or leave out
    const badRole = 'Name,Convention,Role\nAmina Diallo,CITES,Chief Whale Counter\nJoseph Kamau,CITES,cbd:role:nfp\n';
    const q = await d.preview('roles.csv', badRole);
    expect(q.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(q.unmatched.map((u) => [u.kind, u.text, u.scope, u.rows])).toEqual([
      ['role', 'Chief Whale Counter', 'cites', [2]],
      ['role', 'cbd:role:nfp', 'cites', [3]],
    ]);
  });

  it('other field errors: a too long name, a bad phone, unknown languages, an unclear date', async () => {
    const d = await desk();
    const text = `Name,Phone,Languages,Start date,Role\n${'X'.repeat(301)},+1 555 0100,English,,\nAna Lima,call me,Portuguese,2024-02-30,CBD NFP\nBo Chen,,Klingon,,\n`;
    const p = await d.preview('x.csv', text);
    expect(p.rows.map((r) => r.errors)).toEqual([
      [{ field: 'person.name', code: 'too_long' }],
      [
        { field: 'person.phone', code: 'phone_invalid' },
        { field: 'designation.startDate', code: 'date_invalid' },
      ],
      [{ field: 'person.languages', code: 'language_invalid' }],
    ]);
  });
});

describe('people already in the desk', () => {
  it('flags the same e-mail (any case) and a near-identical name, in the desk and earlier in the file', async () => {
    const d = await desk();
    const amina = await d.invoke('people.create', { name: 'Amina Diallo', email: 'Amina.Diallo@env.gov.sn' });
    const jose = await d.invoke('people.create', { name: 'José Pérez' });
    const olga = await d.invoke('people.create', { name: 'Olga Ivanova' });
    const text = [
      'Name,E-mail',
      'A. Diallo,amina.diallo@ENV.gov.sn', // same e-mail
      'Jose PEREZ,', // accents and case
      'Ivanova Olga,', // same words, another order
      'Olga Ivanovna,', // two letters apart
      'Ana Lima,ana@x.org',
      'Ana  Lima,', // the row above
      'Bo Chen,', // nobody
      'Bo Chan,', // short names: no fuzzy match
    ].join('\n');
    const p = await d.preview('people.csv', text);
    expect(p.rows.map((r) => r.duplicate)).toEqual([
      { personId: amina.id, row: null, name: 'Amina Diallo', reason: 'email' },
      { personId: jose.id, row: null, name: 'José Pérez', reason: 'name' },
      { personId: olga.id, row: null, name: 'Olga Ivanova', reason: 'name' },
      { personId: olga.id, row: null, name: 'Olga Ivanova', reason: 'name' },
      null,
      { personId: null, row: 6, name: 'Ana Lima', reason: 'name' },
      null,
      null,
    ]);
    expect(p.totals.duplicates).toBe(5);

    // skip: the people already in the desk keep their details; a second row of the file for the same person is that person
    const all = p.rows.map((r) => r.index);
    const skipped = await d.invoke('directory.import', { fileName: 'people.csv', dataBase64: b64(text), mapping: p.mapping, rows: all, duplicates: 'skip' });
    expect(skipped).toEqual({ created: 3, updated: 0, skipped: 4, institutionsCreated: 0, designationsCreated: 0 });
    expect(d.people().map((x) => x.name).sort()).toEqual(['Amina Diallo', 'Ana Lima', 'Bo Chan', 'Bo Chen', 'José Pérez', 'Olga Ivanova']);
  });

  it('update: the people found take the values of the file; empty cells keep theirs', async () => {
    const d = await desk();
    const amina = await d.invoke('people.create', { name: 'Amina Diallo', email: 'amina@env.gov.sn', phone: '+221 1', title: 'Director' });
    const text = 'Name,E-mail,Phone,Position,Institution,Convention,Role\nAmina Diallo,AMINA@env.gov.sn,+221 33 123 45 67,,Ministry of Environment,CITES,MA\nAmina Diallo,amina@env.gov.sn,,,,CBD,CBD NFP\n';
    const p = await d.preview('upd.csv', text);
    const r = await d.invoke('directory.import', { fileName: 'upd.csv', dataBase64: b64(text), mapping: p.mapping, rows: [2, 3], duplicates: 'update' });
    expect(r).toEqual({ created: 0, updated: 1, skipped: 0, institutionsCreated: 1, designationsCreated: 2 });
    const after = d.findPerson('Amina Diallo');
    expect(after).toMatchObject({ id: amina.id, phone: '+221 33 123 45 67', title: 'Director', institutionName: 'Ministry of Environment', email: 'amina@env.gov.sn' });
    const roles = ok(d.core.dispatcher.dispatch('designations.list', { personId: amina.id })).map((x) => x.roleId).sort();
    expect(roles).toEqual(['cbd:role:nfp', 'cites:role:ma']);
    // importing the same file again adds nothing new
    const again = await d.invoke('directory.import', { fileName: 'upd.csv', dataBase64: b64(text), mapping: p.mapping, rows: [2, 3], duplicates: 'update' });
    expect(again).toMatchObject({ created: 0, institutionsCreated: 0, designationsCreated: 0 });
  });
});

describe('roles', () => {
  it('creates institutions once and designations with the start date given, or a start not known (never today)', async () => {
    const d = await desk();
    const existing = await d.invoke('institutions.create', { name: 'Kenya Wildlife Service', acronym: 'KWS' });
    const text = [
      'Name,Institution,Acronym,Convention,Role,Start date',
      'Joseph Kamau,KENYA WILDLIFE SERVICE,,CITES,Scientific Authority,2022-07-15',
      'Grace Wanjiru,,KWS,,MA (CITES),',
      'Peter Otieno,National Museums of Kenya,NMK,,CITES Scientific Authority,',
      'Mary Achieng,National Museums of Kenya,,Ramsar,STRP NFP,01/09/2020',
      'David Mwangi,Ministry of Environment,,cms,cms:role:nfp; Scientific Councillor,',
      'Ruth Njeri,,nmk,,,',
    ].join('\n');
    const p = await d.preview('roles.csv', text);
    expect(p.rows.map((r) => r.errors)).toEqual([[], [], [], [], [], []]);
    expect(p.rows.map((r) => r.institution)).toEqual([
      { existingId: existing.id, name: 'Kenya Wildlife Service' },
      { existingId: existing.id, name: 'Kenya Wildlife Service' },
      { existingId: null, name: 'National Museums of Kenya' },
      { existingId: null, name: 'National Museums of Kenya' },
      { existingId: null, name: 'Ministry of Environment' },
      // by its acronym, the new institution of the rows above
      { existingId: null, name: 'National Museums of Kenya' },
    ]);
    const r = await d.invoke('directory.import', { fileName: 'roles.csv', dataBase64: b64(text), mapping: p.mapping, rows: p.rows.map((x) => x.index), duplicates: 'skip' });
    expect(r).toEqual({ created: 6, updated: 0, skipped: 0, institutionsCreated: 2, designationsCreated: 6 });
    expect(d.findPerson('Ruth Njeri').institutionName).toBe('National Museums of Kenya');
    expect(ok(d.core.dispatcher.dispatch('institutions.list', {})).items.map((i) => [i.name, i.acronym])).toEqual([
      ['Kenya Wildlife Service', 'KWS'],
      ['Ministry of Environment', null],
      ['National Museums of Kenya', 'NMK'],
    ]);
    const list = ok(d.core.dispatcher.dispatch('designations.list', { includeEnded: true }));
    const byPerson = Object.fromEntries(
      list.map((x) => [`${x.personName} ${x.roleId}`, { start: x.startDate, institution: x.institutionName, convention: x.convention }]),
    );
    expect(byPerson).toEqual({
      'Joseph Kamau cites:role:sa': { start: '2022-07-15', institution: 'Kenya Wildlife Service', convention: 'cites' },
      'Grace Wanjiru cites:role:ma': { start: null, institution: 'Kenya Wildlife Service', convention: 'cites' },
      'Peter Otieno cites:role:sa': { start: null, institution: 'National Museums of Kenya', convention: 'cites' },
      'Mary Achieng ramsar:role:strp': { start: '2020-09-01', institution: 'National Museums of Kenya', convention: 'ramsar' },
      'David Mwangi cms:role:nfp': { start: null, institution: 'Ministry of Environment', convention: 'cms' },
      'David Mwangi cms:role:scientific-councillor': { start: null, institution: 'Ministry of Environment', convention: 'cms' },
    });
  });

  it('a single-holder role someone else holds is a row error (hand it over instead)', async () => {
    const d = await desk();
    const nfp = await d.invoke('people.create', { name: 'Current Holder' });
    ok(d.core.dispatcher.dispatch('designations.create', { personId: nfp.id, roleId: 'cbd:role:nfp', startDate: '2020-01-01' }));
    const text = 'Name,Role\nCurrent Holder,CBD NFP\nSomeone Else,CBD NFP\nThird Person,CHM NFP (CBD)\nFourth Person,CHM NFP (CBD)\n';
    const p = await d.preview('nfp.csv', text);
    expect(p.rows.map((r) => r.errors)).toEqual([[], [{ field: 'designation.role', code: 'role_taken' }], [], [{ field: 'designation.role', code: 'role_taken' }]]);
  });
});

describe('files that are not usable', () => {
  const cases: [string, string, () => Promise<Buffer | string>, string][] = [
    ['random bytes', 'data.csv', async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'directory_not_spreadsheet'],
    ['a PDF', 'list.pdf', async () => Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >>\nendobj\n', 'latin1'), 'directory_not_spreadsheet'],
    ['an empty file', 'empty.csv', async () => Buffer.alloc(0), 'directory_not_spreadsheet'],
    ['blank lines only', 'blank.csv', async () => '\r\n\r\n  \r\n', 'directory_not_spreadsheet'],
    ['a zip that is not a workbook', 'x.xlsx', async () => Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), 'directory_not_spreadsheet'],
    ['a damaged workbook', 'cut.xlsx', async () => (await xlsx(ENGLISH)).subarray(0, 3000), 'directory_not_spreadsheet'],
    ['an .xlsx that is text', 'fake.xlsx', async () => 'Name,E-mail\nA,a@b.c\n', 'directory_not_spreadsheet'],
    ['an old .xls workbook', 'old.xls', async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), 'directory_old_excel'],
    ['no column the desk knows', 'other.csv', async () => 'Species,Count,Site\nLoxodonta africana,12,Amboseli\n', 'directory_no_columns'],
    ['a text that is no table', 'readme.txt', async () => 'Dear colleagues,\nplease find attached the list.\n', 'directory_no_columns'],
    ['an empty workbook', 'empty.xlsx', async () => xlsx([]), 'directory_no_columns'],
    ['more than 20,000 rows (CSV)', 'big.csv', async () => `Name,E-mail\n${Array.from({ length: 20_001 }, (_, i) => `P ${i},p${i}@x.org`).join('\n')}\n`, 'directory_too_many_rows'],
    ['more than 20,000 rows (XLSX)', 'big.xlsx', async () => xlsx([['Name'], ...Array.from({ length: 20_001 }, (_, i) => [`P ${i}`])]), 'directory_too_many_rows'],
    ['more than 100 columns', 'wide.csv', async () => `Name,${Array.from({ length: 100 }, (_, i) => `C${i}`).join(',')}\nA,${'x,'.repeat(99)}x\n`, 'directory_too_many_columns'],
    ['larger than 10 MB', 'huge.csv', async () => `Name\n${'A very long name indeed\n'.repeat(460_000)}`, 'directory_too_large'],
  ];
  for (const [label, fileName, make, code] of cases) {
    it(`${label} → ${code}, and nothing changes`, async () => {
      const d = await desk();
      await d.invoke('people.create', { name: 'Already Here' });
      const data = await make();
      expect((await d.refuseAsync('directory.preview', { fileName, dataBase64: b64(data) })).code).toBe(code);
      expect((await d.refuseAsync('directory.import', { fileName, dataBase64: b64(data), mapping: [], rows: [2], duplicates: 'skip' })).code).toBe(code);
    });
  }

  it('a zip bomb is refused before it is unpacked', async () => {
    const d = await desk();
    // a central directory entry claiming 500 MB
    const entry = Buffer.alloc(46 + 15);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(500 * 1024 * 1024, 24);
    entry.writeUInt16LE(15, 28);
    entry.write('xl/workbook.xml', 46);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(4, 16);
    const file = Buffer.concat([Buffer.from('504b0304', 'hex'), entry, end]);
    expect((await d.refuseAsync('directory.preview', { fileName: 'bomb.xlsx', dataBase64: b64(file) })).code).toBe('directory_too_large');
  });

  it('input that is not base64, or an unknown target, is invalid_input', async () => {
    const d = await desk();
    expect((await d.refuseAsync('directory.preview', { fileName: 'a.csv', dataBase64: 'not base64!' })).code).toBe('invalid_input');
    expect((await d.refuseAsync('directory.preview', { fileName: 'a.csv', dataBase64: b64('Name\nA\n'), mapping: ['person.shoeSize' as never] })).code).toBe('invalid_input');
    // asynchronous channels go through invoke; the synchronous dispatch refuses them without running them
    expect(err(d.core.dispatcher.dispatch('directory.export', { format: 'csv' })).code).toBe('internal');
  });
});

describe('export', () => {
  /** what the import makes of the export's columns (the institution's address is not the person's: ignored) */
  const EXPORT_MAPPING = [
    'person.honorific', 'person.name', 'person.title', 'institution.name', 'institution.acronym', 'person.department', 'person.address', 'institution.address',
    'person.email', 'person.phone', 'person.fax', 'person.languages', 'designation.role', 'person.notes',
  ];
  async function seeded(): Promise<Desk> {
    const d = await desk();
    const inst = await d.invoke('institutions.create', { name: 'Ministère de l’Environnement; Eaux, Forêts', acronym: 'MEEF' });
    const amina = await d.invoke('people.create', {
      name: 'Amina DIALLO',
      title: 'Directrice',
      institutionId: inst.id,
      email: 'amina@env.gouv.sn',
      phone: '+221 33 123 45 67',
      languages: ['fr', 'en'],
      notes: 'Line one\nline two, with a comma',
    });
    ok(d.core.dispatcher.dispatch('designations.create', { personId: amina.id, roleId: 'cites:role:ma', startDate: '2020-01-01' }));
    ok(d.core.dispatcher.dispatch('designations.create', { personId: amina.id, roleId: 'cbd:role:nfp', startDate: '2020-01-01' }));
    const ended = await d.invoke('people.create', { name: 'Joseph Kamau', email: 'j.kamau@kws.go.ke' });
    const old = ok(d.core.dispatcher.dispatch('designations.create', { personId: ended.id, roleId: 'cites:role:sa', startDate: '2010-01-01', endDate: '2015-01-01' }));
    expect(old.active).toBe(false);
    await d.invoke('people.create', { name: '=HYPERLINK("http://evil")' });
    const gone = await d.invoke('people.create', { name: 'Deleted Person' });
    await d.invoke('people.delete', { id: gone.id });
    return d;
  }

  it('XLSX: a header row (bold, frozen) and one row per person, with current roles', async () => {
    const d = await seeded();
    const file = await d.invoke('directory.export', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^directory-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    // an empty cell is not written at all: read as '', up to the last column
    ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => String((row.values as unknown[])[i + 1] ?? ''))));
    expect(rows[0]).toEqual(['Honorific', 'Name', 'Position', 'Institution', 'Acronym', 'Department', 'Address', 'Institution address', 'E-mail', 'Phone', 'Fax', 'Languages', 'Roles', 'Notes']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['=HYPERLINK("http://evil")', 'Amina DIALLO', 'Joseph Kamau']);
    expect(rows[2]).toEqual([
      '',
      'Amina DIALLO',
      'Directrice',
      'Ministère de l’Environnement; Eaux, Forêts',
      'MEEF',
      '',
      '',
      '',
      'amina@env.gouv.sn',
      '+221 33 123 45 67',
      '',
      'fr, en',
      expect.stringMatching(/^(CBD NFP; MA \(CITES\)|MA \(CITES\); CBD NFP)$/),
      'Line one\nline two, with a comma',
    ]);
    expect(rows[3][12]).toBe(''); // an ended role is not current
    // a text that looks like a formula stays text
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  });

  it('CSV: UTF-8 with a byte order mark, read back by papaparse; formulas defused', async () => {
    const d = await seeded();
    const file = await d.invoke('directory.export', { format: 'csv' });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.Name)).toEqual(["'=HYPERLINK(\"http://evil\")", 'Amina DIALLO', 'Joseph Kamau']);
    expect(parsed.data[1]).toMatchObject({ Institution: 'Ministère de l’Environnement; Eaux, Forêts', 'E-mail': 'amina@env.gouv.sn', Languages: 'fr, en', Notes: 'Line one\nline two, with a comma' });
  });

  it('the exported spreadsheets come back in: every column recognised, everyone already known', async () => {
    const d = await seeded();
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await d.invoke('directory.export', { format });
      const p = await d.invoke('directory.preview', { fileName: file.fileName, dataBase64: file.dataBase64 });
      expect(p.mapping).toEqual(EXPORT_MAPPING);
      expect(p.rows.map((r) => [r.values['person.name'], r.errors, r.duplicate?.reason])).toEqual([
        ['=HYPERLINK("http://evil")', [], 'name'],
        ['Amina DIALLO', [], 'email'],
        ['Joseph Kamau', [], 'email'],
      ]);
    }
  });

  it('exports in the language asked for, and any desk reads the file back whatever its language', async () => {
    const d = await seeded();
    for (const language of ['fr', 'ar', 'zh'] as const) {
      const file = await d.invoke('directory.export', { format: 'xlsx', language });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
      const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1).map(String);
      if (language === 'fr') {
        expect(wb.worksheets[0].name).toBe('Répertoire');
        expect(header).toEqual(['Civilité', 'Nom', 'Fonction', 'Institution', 'Sigle', 'Service', 'Adresse', 'Adresse de l’institution', 'Courriel', 'Téléphone', 'Télécopie', 'Langues', 'Rôles', 'Notes']);
      }
      if (language === 'ar') expect(header[1]).toBe('الاسم');
      const p = await d.invoke('directory.preview', { fileName: file.fileName, dataBase64: file.dataBase64 });
      expect(p.mapping).toEqual(EXPORT_MAPPING);
      expect(p.rows.map((r) => r.duplicate?.reason)).toEqual(['name', 'email', 'email']);
      expect(p.rows.flatMap((r) => r.errors)).toEqual([]);
    }
  });

  it('vCard 4.0: one card per person, read back by ical.js', async () => {
    const d = await seeded();
    const file = await d.invoke('directory.export', { format: 'vcard' });
    expect(file.fileName).toMatch(/\.vcf$/);
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(3);
    const parsed = ICAL.parse(text) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]).map((c) => new ICAL.Component(c as unknown[]));
    expect(cards).toHaveLength(3);
    const amina = cards.find((c) => c.getFirstPropertyValue('fn') === 'Amina DIALLO')!;
    expect(amina.getFirstPropertyValue('version')).toBe('4.0');
    expect(amina.getFirstProperty('n')!.getValues()[0]).toEqual(['DIALLO', 'Amina', '', '', '']);
    expect(String(amina.getFirstPropertyValue('org'))).toBe('Ministère de l’Environnement; Eaux, Forêts');
    expect(amina.getFirstPropertyValue('title')).toBe('Directrice');
    expect(amina.getFirstPropertyValue('email')).toBe('amina@env.gouv.sn');
    expect(amina.getFirstPropertyValue('tel')).toBe('+221 33 123 45 67');
    expect(amina.getAllProperties('lang').map((p) => p.getFirstValue())).toEqual(['fr', 'en']);
    const note = String(amina.getFirstPropertyValue('note'));
    expect(note).toContain('MA (CITES)');
    expect(note).toContain('CBD NFP');
    expect(note).toContain('line two, with a comma');
    expect(String(amina.getFirstPropertyValue('uid'))).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
