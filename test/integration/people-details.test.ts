import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { backupDir } from '../../electron/core/db/backup.ts';
import { storePath } from '../../electron/core/db/open.ts';
import { foldLine } from '../../electron/core/directory/export.ts';
import { splitName } from '../../electron/core/directory/names.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/schema.ts';
import { openStore } from '../../electron/core/store.ts';
import type { DirectoryMapping, DirectoryTarget } from '../../shared/model/directory.ts';
import type { Person } from '../../shared/model/people.ts';
import { ok, openDesk, TestDesk } from '../helpers/desk.ts';
import { readWithPython } from '../helpers/python.ts';

// Nothing of a contact list is lost: the honorific, department, postal address and fax of the lists
// InforMEA and the secretariats publish, through import (CSV and XLSX), the person's record, the
// desk's own exports read back by exceljs and papaparse and imported into a fresh desk, and the vCard
// read back by an independent parser (Python's vobject); and the migration that added the columns.

const desk = () => openDesk(Desk);
const b64 = (data: Buffer | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

class Desk extends TestDesk {
  people(): Person[] {
    return this.call('people.list', {}).items;
  }
  preview(fileName: string, data: Buffer | string, mapping?: DirectoryMapping) {
    return this.invoke('directory.preview', { fileName, dataBase64: b64(data), ...(mapping ? { mapping } : {}) });
  }
  /** previews the file, checks every row is ready, and imports them all */
  async importAll(fileName: string, data: Buffer | string, mapping?: DirectoryMapping) {
    const p = await this.preview(fileName, data, mapping);
    expect(p.rows.map((r) => [r.index, r.errors])).toEqual(p.rows.map((r) => [r.index, []]));
    const result = await this.invoke('directory.import', { fileName, dataBase64: b64(data), mapping: p.mapping, rows: p.rows.map((r) => r.index), duplicates: 'skip' });
    return { preview: p, result };
  }
}

/** what a person's record says, as the tests compare it */
const DETAILS = ['honorific', 'name', 'title', 'department', 'institutionName', 'address', 'email', 'phone', 'fax'] as const;
const details = (p: Person) => Object.fromEntries(DETAILS.map((k) => [k, p[k]]));
const byEmail = (people: Person[]) => Object.fromEntries(people.map((p) => [p.email, details(p)]));

// --- a contact list in the InforMEA shape ------------------------------------------------------------

const HEADER = ['country', 'prefix', 'firstName', 'lastName', 'type', 'position', 'institution', 'department', 'address', 'email', 'phoneNumber', 'fax', 'primary', 'treaties'];
/** what each column is imported as by default; country, type, primary and treaties are not the person's */
const MAPPED: Partial<Record<string, DirectoryTarget>> = {
  prefix: 'person.honorific',
  firstName: 'person.firstName',
  lastName: 'person.lastName',
  position: 'person.title',
  institution: 'institution.name',
  department: 'person.department',
  address: 'person.address',
  email: 'person.email',
  phoneNumber: 'person.phone',
  fax: 'person.fax',
};
/** the person columns only: the roles in type and treaties are another test's business */
const PERSON_MAPPING: DirectoryMapping = HEADER.map((h) => MAPPED[h] ?? null);

const ROWS: string[][] = [
  [
    'Ireland', 'Dr.', 'Seán', "O'Brien D'Arcy, Jr.", 'National Focal Point', 'Director, "Biodiversity" Unit', 'Department of Housing, Local Government and Heritage',
    'National Parks & Wildlife Service; Science', '90 King Street North\nSmithfield, Dublin 7\nD07 N7CV', 'sean.obrien@npws.gov.ie', '+353 1 539 3000', '+353 1 888 2272', 'true', 'CBD',
  ],
  [
    'Egypt', 'د.', 'ليلى', 'عبد الرحمن', 'National Focal Point', 'مديرة إدارة التنوع البيولوجي', 'وزارة البيئة', 'قطاع حماية الطبيعة',
    '30 طريق مصر حلوان الزراعي، المعادي\nالقاهرة، مصر', 'laila.abdelrahman@eeaa.gov.eg', '+20 2 2525 6452', '0012 2525 6490', 'true', 'CMS',
  ],
  [
    'Russian Federation', 'Ms', 'Ольга', 'Иванова', 'Scientific Authority', 'Начальник отдела «Редкие виды», сектор 2', 'Министерство природных ресурсов и экологии',
    'Департамент государственной политики', 'ул. Б. Грузинская, д. 4/6\nМосква, 125993', 'o.ivanova@mnr.gov.ru', '+7 499 254-48-00', '+7 (499) 254-43-10', 'false', 'CITES',
  ],
];

/** each row as the person the desk must hold afterwards */
const EXPECTED = {
  'sean.obrien@npws.gov.ie': {
    honorific: 'Dr.',
    name: "Seán O'Brien D'Arcy, Jr.",
    title: 'Director, "Biodiversity" Unit',
    department: 'National Parks & Wildlife Service; Science',
    institutionName: 'Department of Housing, Local Government and Heritage',
    address: '90 King Street North\nSmithfield, Dublin 7\nD07 N7CV',
    email: 'sean.obrien@npws.gov.ie',
    phone: '+353 1 539 3000',
    fax: '+353 1 888 2272',
  },
  'laila.abdelrahman@eeaa.gov.eg': {
    honorific: 'د.',
    name: 'ليلى عبد الرحمن',
    title: 'مديرة إدارة التنوع البيولوجي',
    department: 'قطاع حماية الطبيعة',
    institutionName: 'وزارة البيئة',
    address: '30 طريق مصر حلوان الزراعي، المعادي\nالقاهرة، مصر',
    email: 'laila.abdelrahman@eeaa.gov.eg',
    phone: '+20 2 2525 6452',
    fax: '0012 2525 6490',
  },
  'o.ivanova@mnr.gov.ru': {
    honorific: 'Ms',
    name: 'Ольга Иванова',
    title: 'Начальник отдела «Редкие виды», сектор 2',
    department: 'Департамент государственной политики',
    institutionName: 'Министерство природных ресурсов и экологии',
    address: 'ул. Б. Грузинская, д. 4/6\nМосква, 125993',
    email: 'o.ivanova@mnr.gov.ru',
    phone: '+7 499 254-48-00',
    fax: '+7 (499) 254-43-10',
  },
};

/** CSV as a spreadsheet program writes it: quotes doubled, cells with commas, quotes or line breaks quoted */
function csvOf(rows: string[][]): string {
  const q = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Contacts');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sheetRows(dataBase64: string): Promise<{ rows: string[][]; sheet: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
  return { rows, sheet };
}

describe('a contact list in the InforMEA shape', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format.toUpperCase()}: prefix, department, address, fax and phoneNumber are mapped by default and every value is kept on the person`, async () => {
      const d = await desk();
      const file = format === 'csv' ? csvOf([HEADER, ...ROWS]) : await xlsxOf([HEADER, ...ROWS]);
      const fileName = `informea.${format}`;
      const suggested = (await d.preview(fileName, file)).mapping;
      HEADER.forEach((h, i) => {
        if (MAPPED[h]) expect(suggested[i], h).toBe(MAPPED[h]);
      });
      const { preview, result } = await d.importAll(fileName, file, PERSON_MAPPING);
      expect(preview.rows[0].values).toMatchObject({ 'person.honorific': 'Dr.', 'person.fax': '+353 1 888 2272', 'person.department': 'National Parks & Wildlife Service; Science' });
      expect(result).toMatchObject({ created: 3, institutionsCreated: 3 });
      expect(byEmail(d.people())).toEqual(EXPECTED);
    });
  }

  it('column names in French and Spanish, and the camel-case forms of the lists', async () => {
    const d = await desk();
    const french = await d.preview('fr.csv', 'Civilité;Prénom;Nom;Service;Adresse postale;Courriel;Téléphone;Télécopie\nMme;Awa;Ndiaye;Direction des Parcs;Dakar;awa@env.sn;+221 1;+221 2\n');
    expect(french.mapping).toEqual(['person.honorific', 'person.firstName', 'person.lastName', 'person.department', 'person.address', 'person.email', 'person.phone', 'person.fax']);
    const spanish = await d.preview('es.csv', 'Tratamiento,Nombre,Apellidos,Departamento,Dirección,Correo electrónico,Teléfono,Fax\nSra.,Ana,Lima,Unidad de Fauna,Quito,ana@ambiente.gob.ec,+593 1,+593 2\n');
    expect(spanish.mapping).toEqual(['person.honorific', 'person.firstName', 'person.lastName', 'person.department', 'person.address', 'person.email', 'person.phone', 'person.fax']);
    const camel = await d.preview('c.csv', 'salutation,firstName,lastName,division,postalAddress,emailAddress,telephoneNumber,faxNumber,Organisation\nMr,Bo,Chen,Wildlife,Beijing,bo@mee.gov.cn,+86 1,+86 2,MEE\n');
    expect(camel.mapping).toEqual(['person.honorific', 'person.firstName', 'person.lastName', 'person.department', 'person.address', 'person.email', 'person.phone', 'person.fax', 'institution.name']);
    // "department" beside "institution" is the person's department, not a second institution
    const both = await d.preview('b.csv', 'Name,Institution,Department,Title,Prefix\nA B,Ministry,Forests,Director,Dr\n');
    expect(both.mapping).toEqual(['person.name', 'institution.name', 'person.department', 'person.title', 'person.honorific']);
  });

  it('a fax cell with several numbers: the first is the fax, the others go to the notes', async () => {
    const d = await desk();
    await d.importAll('f.csv', 'Name,Fax\nAmina Diallo,"+221 33 1; +221 33 2"\n');
    expect(d.people()[0]).toMatchObject({ fax: '+221 33 1', notes: '+221 33 2' });
  });

  it('the form checks the new fields as it checks the others', async () => {
    const d = await desk();
    const e = d.refuse('people.create', { name: 'A B', fax: 'call the office', address: 'x'.repeat(501), honorific: 'y'.repeat(41) });
    expect(e.issues?.map((i) => [i.path, i.code]).sort()).toEqual([
      ['address', 'too_long'],
      ['fax', 'phone_invalid'],
      ['honorific', 'too_long'],
    ]);
    // the department is searched
    d.call('people.create', { name: 'Grace Wanjiru', department: 'Wetlands Unit' });
    expect(d.call('people.list', { query: 'wetlands' }).items.map((p) => p.name)).toEqual(['Grace Wanjiru']);
  });
});

// --- the desk's own exports, read back and imported into a fresh desk -----------------------------

async function seeded(): Promise<Desk> {
  const d = await desk();
  await d.importAll('informea.csv', csvOf([HEADER, ...ROWS]), PERSON_MAPPING);
  const inst = d.call('institutions.list', {}).items.find((i) => i.name === 'وزارة البيئة')!;
  d.call('institutions.update', { id: inst.id, patch: { address: 'ص.ب. 955، القاهرة' } });
  return d;
}

describe('exports keep every value', () => {
  it('XLSX: a column for each, text cells (a leading "+" and leading zeros kept), read back by exceljs', async () => {
    const d = await seeded();
    const file = await d.invoke('directory.export', { format: 'xlsx' });
    const { rows, sheet } = await sheetRows(file.dataBase64);
    expect(rows[0]).toEqual(['Honorific', 'Name', 'Position', 'Institution', 'Acronym', 'Department', 'Address', 'Institution address', 'E-mail', 'Phone', 'Fax', 'Languages', 'Roles', 'Notes']);
    const col = (name: string) => rows[0].indexOf(name);
    const laila = rows.find((r) => r[col('E-mail')] === 'laila.abdelrahman@eeaa.gov.eg')!;
    expect(laila[col('Honorific')]).toBe('د.');
    expect(laila[col('Address')]).toBe('30 طريق مصر حلوان الزراعي، المعادي\nالقاهرة، مصر');
    expect(laila[col('Institution address')]).toBe('ص.ب. 955، القاهرة');
    expect(laila[col('Fax')]).toBe('0012 2525 6490');
    const sean = rows.findIndex((r) => r[col('E-mail')] === 'sean.obrien@npws.gov.ie');
    const phone = sheet.getRow(sean + 1).getCell(col('Phone') + 1);
    expect(phone.value).toBe('+353 1 539 3000');
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.numFmt).toBe('@');
    expect(sheet.getRow(rows.indexOf(laila) + 1).getCell(col('Fax') + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('CSV: a column for each, read back by papaparse; a phone "+…" is guarded there and comes back as the phone', async () => {
    const d = await seeded();
    const file = await d.invoke('directory.export', { format: 'csv' });
    const parsed = Papa.parse<Record<string, string>>(Buffer.from(file.dataBase64, 'base64').toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const sean = parsed.data.find((r) => r['E-mail'] === 'sean.obrien@npws.gov.ie')!;
    expect(sean).toMatchObject({
      Honorific: 'Dr.',
      Name: "Seán O'Brien D'Arcy, Jr.",
      Position: 'Director, "Biodiversity" Unit',
      Department: 'National Parks & Wildlife Service; Science',
      Address: '90 King Street North\nSmithfield, Dublin 7\nD07 N7CV',
      // the formula guard: a spreadsheet program shows the text, it does not compute "+353 1 …"
      Phone: "'+353 1 539 3000",
      Fax: "'+353 1 888 2272",
    });
    const laila = parsed.data.find((r) => r['E-mail'] === 'laila.abdelrahman@eeaa.gov.eg')!;
    expect(laila).toMatchObject({ Fax: '0012 2525 6490', 'Institution address': 'ص.ب. 955، القاهرة' });
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format.toUpperCase()} export imported into a fresh desk: the same people, value for value`, async () => {
      const a = await seeded();
      const before = byEmail(a.people());
      expect(before).toEqual(EXPECTED);
      for (const language of ['en', 'ar'] as const) {
        const file = await a.invoke('directory.export', { format, language });
        const b = await desk();
        const { preview } = await b.importAll(file.fileName, Buffer.from(file.dataBase64, 'base64'));
        expect(preview.mapping).toEqual([
          'person.honorific', 'person.name', 'person.title', 'institution.name', 'institution.acronym', 'person.department', 'person.address',
          'institution.address',
          'person.email', 'person.phone', 'person.fax', 'person.languages', 'designation.role', 'person.notes',
        ]);
        expect(byEmail(b.people())).toEqual(before);
      }
    });
  }
});

// --- vCard, read back by Python's vobject ----------------------------------------------------------

const READ_VCARDS = String.raw`
import json, sys, vobject
def values(v):
    return v if isinstance(v, list) else ([] if v == '' else [v])
cards = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for card in vobject.readComponents(f.read()):
        c = card.contents
        n = card.n.value
        cards.append({
            'fn': card.fn.value,
            'n': {k: values(getattr(n, k)) for k in ('family', 'given', 'additional', 'prefix', 'suffix')},
            'org': card.org.value if 'org' in c else None,
            'title': card.title.value if 'title' in c else None,
            'email': [e.value for e in c.get('email', [])],
            'tel': [{'value': t.value, 'types': [x.lower() for x in t.params.get('TYPE', [])]} for t in c.get('tel', [])],
            'adr': [{'street': a.value.street, 'city': a.value.city, 'country': a.value.country} for a in c.get('adr', [])],
        })
print(json.dumps(cards, ensure_ascii=False))
`;

interface Card {
  fn: string;
  n: { family: string[]; given: string[]; additional: string[]; prefix: string[]; suffix: string[] };
  org: string[] | null;
  title: string | null;
  email: string[];
  tel: { value: string; types: string[] }[];
  adr: { street: string; city: string; country: string }[];
}

function readWithVobject(vcf: Buffer): Card[] {
  return readWithPython<Card[]>('vobject', 'python3-vobject', READ_VCARDS, vcf, 'directory.vcf');
}

describe('vCard', () => {
  it('read back by vobject: FN as written, N with honorific and suffix in their places, ORG with the department, TEL fax, ADR', async () => {
    const d = await seeded();
    d.call('people.create', { name: 'Diallo, Amina', honorific: 'Mme', email: 'amina@env.gouv.sn' });
    d.call('people.create', { name: 'H.E. Joseph Kamau', email: 'kamau@kws.go.ke' });
    const file = await d.invoke('directory.export', { format: 'vcard' });
    const vcf = Buffer.from(file.dataBase64, 'base64');
    const cards = readWithVobject(vcf);
    expect(cards).toHaveLength(5);
    const card = (email: string) => cards.find((c) => c.email.includes(email))!;

    const sean = card('sean.obrien@npws.gov.ie');
    expect(sean.fn).toBe("Seán O'Brien D'Arcy, Jr.");
    expect(sean.n).toEqual({ family: ["O'Brien D'Arcy"], given: ['Seán'], additional: [], prefix: ['Dr.'], suffix: ['Jr.'] });
    expect(sean.org).toEqual(['Department of Housing, Local Government and Heritage', 'National Parks & Wildlife Service; Science']);
    expect(sean.title).toBe('Director, "Biodiversity" Unit');
    expect(sean.tel).toEqual([
      { value: '+353 1 539 3000', types: ['work', 'voice'] },
      { value: '+353 1 888 2272', types: ['work', 'fax'] },
    ]);
    expect(sean.adr).toEqual([{ street: '90 King Street North\nSmithfield, Dublin 7\nD07 N7CV', city: '', country: '' }]);

    // a name written "Family, Given"
    const amina = card('amina@env.gouv.sn');
    expect(amina.fn).toBe('Diallo, Amina');
    expect(amina.n).toEqual({ family: ['Diallo'], given: ['Amina'], additional: [], prefix: ['Mme'], suffix: [] });
    expect(amina.org).toBeNull();
    expect(amina.tel).toEqual([]);

    // an honorific written into the name is not a given name
    expect(card('kamau@kws.go.ke').n).toEqual({ family: ['Kamau'], given: ['Joseph'], additional: [], prefix: ['H.E.'], suffix: [] });

    // Arabic: the honorific as prefix, "عبد الرحمن" one family name; the institution's address when the person has none is not needed here
    const laila = card('laila.abdelrahman@eeaa.gov.eg');
    expect(laila.fn).toBe('ليلى عبد الرحمن');
    expect(laila.n).toEqual({ family: ['عبد الرحمن'], given: ['ليلى'], additional: [], prefix: ['د.'], suffix: [] });
    expect(laila.org).toEqual(['وزارة البيئة', 'قطاع حماية الطبيعة']);
    expect(laila.adr[0].street).toBe('30 طريق مصر حلوان الزراعي، المعادي\nالقاهرة، مصر');
    expect(laila.tel[1]).toEqual({ value: '0012 2525 6490', types: ['work', 'fax'] });

    const olga = card('o.ivanova@mnr.gov.ru');
    expect(olga.n).toEqual({ family: ['Иванова'], given: ['Ольга'], additional: [], prefix: ['Ms'], suffix: [] });
    expect(olga.title).toBe('Начальник отдела «Редкие виды», сектор 2');

    // folded as RFC 6350 asks: no line over 75 octets, continuation lines start with a space, no character cut
    const text = vcf.toString('utf8');
    expect(text).not.toContain('\uFFFD');
    const lines = text.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // escaped as RFC 6350 asks: commas and semicolons in values, the components of N
    expect(text).toContain("FN:Seán O'Brien D'Arcy\\, Jr.\r\n");
    expect(text).toContain("N:O'Brien D'Arcy;Seán;;Dr.;Jr.\r\n");
  });

  it('the institution address stands in when the person has none', async () => {
    const d = await desk();
    const inst = d.call('institutions.create', { name: 'Kenya Wildlife Service', address: 'P.O. Box 40241-00100, Nairobi' });
    d.call('people.create', { name: 'Grace Wanjiru', institutionId: inst.id, department: 'Species Conservation' });
    const [grace] = readWithVobject(Buffer.from((await d.invoke('directory.export', { format: 'vcard' })).dataBase64, 'base64'));
    expect(grace.adr).toEqual([{ street: 'P.O. Box 40241-00100, Nairobi', city: '', country: '' }]);
    expect(grace.org).toEqual(['Kenya Wildlife Service', 'Species Conservation']);
  });

  it('names split into their vCard parts', () => {
    const cases: [string, string | null, ReturnType<typeof splitName>][] = [
      ["Dr. Seán O'Brien D'Arcy, Jr.", null, { family: "O'Brien D'Arcy", given: 'Seán', additional: '', prefixes: ['Dr.'], suffixes: ['Jr.'] }],
      ["Dr. Seán O'Brien D'Arcy, Jr.", 'Dr', { family: "O'Brien D'Arcy", given: 'Seán', additional: '', prefixes: ['Dr'], suffixes: ['Jr.'] }],
      ['H.E. Dr. Amina Mohamed', 'H.E., Dr', { family: 'Mohamed', given: 'Amina', additional: '', prefixes: ['H.E.', 'Dr'], suffixes: [] }],
      ['Amina DIALLO', null, { family: 'DIALLO', given: 'Amina', additional: '', prefixes: [], suffixes: [] }],
      ['DIALLO, Amina, PhD', null, { family: 'DIALLO', given: 'Amina', additional: '', prefixes: [], suffixes: ['PhD'] }],
      ['John Smith III, MSc', 'Mr', { family: 'Smith', given: 'John', additional: '', prefixes: ['Mr'], suffixes: ['III', 'MSc'] }],
      ['Charles de Gaulle', null, { family: 'de Gaulle', given: 'Charles', additional: '', prefixes: [], suffixes: [] }],
      ['He Wei', null, { family: 'Wei', given: 'He', additional: '', prefixes: [], suffixes: [] }],
      ['Иванова Ольга Петровна', null, { family: 'Иванова', given: 'Ольга', additional: 'Петровна', prefixes: [], suffixes: [] }],
      ['Ольга Петровна Иванова', 'г-жа', { family: 'Иванова', given: 'Ольга', additional: 'Петровна', prefixes: ['г-жа'], suffixes: [] }],
      ['李伟', null, { family: '李', given: '伟', additional: '', prefixes: [], suffixes: [] }],
      ['欧阳娜娜', null, { family: '欧阳', given: '娜娜', additional: '', prefixes: [], suffixes: [] }],
      ['Jr.', null, { family: 'Jr.', given: '', additional: '', prefixes: [], suffixes: [] }],
    ];
    for (const [name, honorific, parts] of cases) expect(splitName(name, honorific), name).toEqual(parts);
  });

  it('long lines fold at 75 octets without cutting a character', () => {
    const line = `NOTE:${'ب'.repeat(100)}${'😀'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

// --- the migration: a store of schema 3 gains the columns, and keeps its rows -----------------------

describe('migration 0004_person_details', () => {
  it('a store at schema 3 gets honorific, department, address and fax; its people keep every value, and take the new ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-migrate-'));
    try {
      // a store as version 3 of the desk left it: the current store without the four columns
      let store = await openStore(dir);
      let d = createDispatcher(store, { checkOutput: true });
      const inst = ok(d.dispatch('institutions.create', { name: 'Ministry of Environment' }));
      const amina = ok(d.dispatch('people.create', { name: 'Amina Diallo', title: 'Director', institutionId: inst.id, email: 'amina@env.sn', phone: '+221 1', languages: ['fr'], notes: 'since 2019' }));
      ok(d.dispatch('people.create', { name: 'Joseph Kamau' }));
      const old = (p: Person) => ({ name: p.name, title: p.title, institutionId: p.institutionId, email: p.email, phone: p.phone, languages: p.languages, notes: p.notes });
      const before = ok(d.dispatch('people.list', {})).items.map(old);
      store.close();
      const raw = new Database(storePath(dir));
      // and without the tables later migrations added (0005 onwards), read from the migrations themselves
      raw.exec(['honorific', 'department', 'address', 'fax'].map((c) => `ALTER TABLE person DROP COLUMN ${c};`).join('\n'));
      const later = migrations.filter((m) => m.version > 4).flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((x) => x[1]));
      expect(later).toContain('meeting');
      raw.exec(later.map((t) => `DROP TABLE ${t};`).join('\n'));
      // and without what later migrations added to tables that stay (a column, an index)
      const kept = (table: string) => !later.includes(table);
      const added = migrations.filter((m) => m.version > 4).flatMap((m) => [...m.sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g)].filter((x) => kept(x[1])).map((x) => `ALTER TABLE ${x[1]} DROP COLUMN ${x[2]};`));
      const indexes = migrations.filter((m) => m.version > 4).flatMap((m) => [...m.sql.matchAll(/CREATE INDEX (\w+) ON (\w+)/g)].filter((x) => kept(x[2])).map((x) => `DROP INDEX ${x[1]};`));
      raw.exec([...indexes, ...added].join('\n'));
      raw.pragma('user_version = 3');
      raw.close();

      store = await openStore(dir);
      d = createDispatcher(store, { checkOutput: true });
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(fs.readdirSync(backupDir(dir)).some((f) => f.includes(`before-migration-3-to-${LATEST_SCHEMA_VERSION}`))).toBe(true);
      const columns = (store.db.prepare('PRAGMA table_info(person)').all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(expect.arrayContaining(['honorific', 'department', 'address', 'fax', 'name', 'title', 'email', 'phone', 'languages', 'notes']));
      const after = ok(d.dispatch('people.list', {})).items;
      expect(after.map(old)).toEqual(before);
      expect(after.map((p) => [p.honorific, p.department, p.address, p.fax])).toEqual([
        [null, null, null, null],
        [null, null, null, null],
      ]);

      // a write and a read: the new values next to the old ones
      ok(d.dispatch('people.update', { id: amina.id, patch: { honorific: 'Dr', department: 'Direction des Parcs', address: 'BP 5135\nDakar', fax: '+221 2' } }));
      const updated = ok(d.dispatch('people.get', { id: amina.id }));
      expect(updated).toMatchObject({ ...before[0], honorific: 'Dr', department: 'Direction des Parcs', address: 'BP 5135\nDakar', fax: '+221 2' });
      expect(ok(d.dispatch('app.check', {}))).toEqual({ ok: true, problems: [] });
      store.close();

      // and once more after reopening
      store = await openStore(dir);
      expect(ok(createDispatcher(store).dispatch('people.get', { id: amina.id }))).toEqual(updated);
      store.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
