import { Writable } from 'node:stream';
import { loadExcel } from '../files/excel.ts';
import Papa from 'papaparse';
import type { Language } from '../../../shared/i18n-languages.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { localToday } from '../../../shared/days.ts';
import { coreText } from '../i18n/texts.ts';
import type { Store } from '../store.ts';
import { stmt } from '../db/sql.ts';
import { splitName } from './names.ts';
import { asTask, letOthersIn } from '../tasks/running.ts';
import { roleLabel } from './roles.ts';

// The desk's people as a spreadsheet (XLSX, CSV) or as contact cards (vCard 4.0), with column
// names and role titles in the language asked for (locales/<lng>/directory.json); the desk's
// import recognises its own columns in every language.

interface Entry {
  id: string;
  honorific: string;
  name: string;
  title: string;
  institution: string;
  acronym: string;
  department: string;
  address: string;
  institutionAddress: string;
  email: string;
  phone: string;
  fax: string;
  languages: string[];
  roles: string[];
  notes: string;
}

const COLUMNS = ['honorific', 'name', 'title', 'institution', 'acronym', 'department', 'address', 'institutionAddress', 'email', 'phone', 'fax', 'languages', 'roles', 'notes'] as const;
type Column = (typeof COLUMNS)[number];

function entries(store: Store, language: Language): Entry[] {
  const people = stmt(
    store.db,
    `SELECT p.id, p.honorific, p.name, p.title, p.department, p.address, p.email, p.phone, p.fax, p.languages, p.notes,
       i.name AS institution, i.acronym, i.address AS institutionAddress
     FROM person p LEFT JOIN institution i ON i.id = p.institutionId AND i._deleted = 0
     WHERE p._deleted = 0 ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all() as Record<string, string | null>[];
  const roles = new Map<string, string[]>();
  for (const d of listDesignations(store, {})) {
    const role = d.roleId ? roleType(d.roleId) : undefined;
    if (!d.active || !d.personId || !role) continue;
    const list = roles.get(d.personId) ?? [];
    const label = roleLabel(role, language, d.instrumentId);
    if (!list.includes(label)) list.push(label);
    roles.set(d.personId, list);
  }
  return people.map((p) => ({
    id: p.id!,
    honorific: p.honorific ?? '',
    name: p.name ?? '',
    title: p.title ?? '',
    institution: p.institution ?? '',
    acronym: p.acronym ?? '',
    department: p.department ?? '',
    address: p.address ?? '',
    institutionAddress: p.institutionAddress ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    fax: p.fax ?? '',
    languages: p.languages ? (JSON.parse(p.languages) as string[]) : [],
    roles: roles.get(p.id!) ?? [],
    notes: p.notes ?? '',
  }));
}

function cell(e: Entry, c: Column): string {
  if (c === 'languages') return e.languages.join(', ');
  if (c === 'roles') return e.roles.join('; ');
  return e[c];
}

const headersIn = (language: Language) => COLUMNS.map((c) => coreText(language, 'directory', `export.columns.${c}`));

export interface ExportedFile {
  fileName: string;
  data: Buffer;
  mime: string;
}

/** rows written between two progress steps: each step lets the core answer other calls (the progress bar's among them) */
const ROWS_PER_STEP = 500;

export async function exportXlsx(store: Store, language: Language): Promise<ExportedFile> {
  const list = entries(store, language);
  const headers = headersIn(language);
  // written as a stream, row by row, so that a directory of thousands of people shows how far it has got
  const data = await asTask(store, 'spreadsheetExport', async (task) => {
    task.update(0, list.length);
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Synergy Desk';
    workbook.created = new Date();
    const sheet = workbook.addWorksheet(coreText(language, 'directory', 'export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    // every cell is text (a phone "+254 …" keeps its "+", a code "0012" its zeros), and formatted as
    // text ("@") so that a value typed into it later stays text too
    const wrapped = new Set<Column>(['address', 'institutionAddress', 'roles', 'notes']);
    sheet.columns = COLUMNS.map((c, i) => {
      const longest = list.reduce((n, e) => Math.max(n, ...cell(e, c).split('\n').map((l) => l.length)), headers[i].length);
      const style = wrapped.has(c) ? { numFmt: '@', alignment: { wrapText: true, vertical: 'top' as const } } : { numFmt: '@' };
      return { header: headers[i], key: c, width: Math.min(60, Math.max(10, longest + 2)), style };
    });
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
    for (let n = 0; n < list.length; n++) {
      sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c, cell(list[n], c)]))).commit();
      if ((n + 1) % ROWS_PER_STEP === 0) {
        task.update(n + 1);
        await letOthersIn();
      }
    }
    sheet.commit();
    await workbook.commit();
    task.update(list.length);
    return Buffer.concat(chunks);
  });
  return { fileName: `directory-${localToday()}.xlsx`, data, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}

/** A text that a spreadsheet program would run as a formula (=, +, -, @) is kept as text with a leading '. */
const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function exportCsv(store: Store, language: Language): ExportedFile {
  const rows = entries(store, language).map((e) => COLUMNS.map((c) => guard(cell(e, c))));
  const csv = Papa.unparse({ fields: headersIn(language), data: rows }, { newline: '\r\n' });
  // the byte order mark tells Excel the file is UTF-8
  return { fileName: `directory-${localToday()}.csv`, data: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'), mime: 'text/csv;charset=utf-8' };
}

// --- vCard 4.0 (RFC 6350), written line by line -------------------------------------------------

/** A text value: backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4). */
const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/** A structured value (N, ADR, ORG): components separated by ";", the values of one component by ",". */
const structured = (components: readonly (string | readonly string[])[]) =>
  components.map((c) => (typeof c === 'string' ? [c] : c).map(escapeText).join(',')).join(';');

/**
 * A content line folded as RFC 6350 §3.2 asks: no line longer than 75 octets (the leading space of
 * a continuation line counted), never inside a multi-octet character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > (lines.length === 0 ? 75 : 74)) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

function vcard(e: Entry): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual'];
  const add = (name: string, value: string) => lines.push(foldLine(`${name}:${value}`));
  add('FN', escapeText(e.name));
  const n = splitName(e.name, e.honorific);
  add('N', structured([n.family, n.given, n.additional, n.prefixes, n.suffixes]));
  if (e.institution || e.department) add('ORG', structured(e.department ? [e.institution, e.department] : [e.institution]));
  if (e.title) add('TITLE', escapeText(e.title));
  if (e.email) add('EMAIL;TYPE=work', escapeText(e.email));
  if (e.phone) add('TEL;VALUE=text;TYPE=work,voice', escapeText(e.phone));
  if (e.fax) add('TEL;VALUE=text;TYPE=work,fax', escapeText(e.fax));
  // the postal address as written, in the street component; the institution's when the person has none
  const address = e.address || e.institutionAddress;
  if (address) add('ADR;TYPE=work', structured(['', '', address, '', '', '', '']));
  e.languages.forEach((code, i) => add(`LANG;PREF=${i + 1}`, escapeText(code)));
  const note = [...e.roles, e.notes].filter(Boolean).join('\n');
  if (note) add('NOTE', escapeText(note));
  add('UID', `urn:uuid:${e.id}`);
  lines.push('END:VCARD');
  return lines.join('\r\n');
}

export function exportVcard(store: Store, language: Language): ExportedFile {
  const text = entries(store, language)
    .map((e) => `${vcard(e)}\r\n`)
    .join('');
  return { fileName: `directory-${localToday()}.vcf`, data: Buffer.from(text, 'utf8'), mime: 'text/vcard;charset=utf-8' };
}
