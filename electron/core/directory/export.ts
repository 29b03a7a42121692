import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Language } from '../../../shared/i18n-languages.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { localToday } from '../../../shared/days.ts';
import { coreText } from '../i18n/texts.ts';
import type { Store } from '../store.ts';
import { stmt } from '../db/sql.ts';
import { roleLabel } from './roles.ts';

// The desk's people as a spreadsheet (XLSX, CSV) or as contact cards (vCard 4.0), with column
// names and role titles in the language asked for (locales/<lng>/directory.json); the desk's
// import recognises its own columns in every language.

interface Entry {
  id: string;
  name: string;
  title: string;
  institution: string;
  acronym: string;
  email: string;
  phone: string;
  languages: string[];
  roles: string[];
  notes: string;
}

const COLUMNS = ['name', 'title', 'institution', 'acronym', 'email', 'phone', 'languages', 'roles', 'notes'] as const;
type Column = (typeof COLUMNS)[number];

function entries(store: Store, language: Language): Entry[] {
  const people = stmt(
    store.db,
    `SELECT p.id, p.name, p.title, p.email, p.phone, p.languages, p.notes, i.name AS institution, i.acronym
     FROM person p LEFT JOIN institution i ON i.id = p.institutionId AND i._deleted = 0
     WHERE p._deleted = 0 ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all() as Record<string, string | null>[];
  const roles = new Map<string, string[]>();
  for (const d of listDesignations(store, {})) {
    const role = d.roleId ? roleType(d.roleId) : undefined;
    if (!d.active || !d.personId || !role) continue;
    const list = roles.get(d.personId) ?? [];
    const label = roleLabel(role, language);
    if (!list.includes(label)) list.push(label);
    roles.set(d.personId, list);
  }
  return people.map((p) => ({
    id: p.id!,
    name: p.name ?? '',
    title: p.title ?? '',
    institution: p.institution ?? '',
    acronym: p.acronym ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
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

export async function exportXlsx(store: Store, language: Language): Promise<ExportedFile> {
  const list = entries(store, language);
  const headers = headersIn(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Synergy Desk';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(coreText(language, 'directory', 'export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c, i) => {
    const longest = list.reduce((n, e) => Math.max(n, ...cell(e, c).split('\n').map((l) => l.length)), headers[i].length);
    return { header: headers[i], key: c, width: Math.min(60, Math.max(10, longest + 2)) };
  });
  for (const e of list) sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c, cell(e, c)])));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const c of ['roles', 'notes'] as const) sheet.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
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

/** [family, given]: a word in capitals is the family name (DIALLO Amina), else the last word. */
function splitName(name: string): [string, string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return [name.trim(), ''];
  const caps = words.filter((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase());
  if (caps.length > 0 && caps.length < words.length) return [caps.join(' '), words.filter((w) => !caps.includes(w)).join(' ')];
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

function vcard(e: Entry): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('kind', 'individual');
  card.addPropertyWithValue('fn', e.name);
  const n = new ICAL.Property('n');
  n.setValue([...splitName(e.name), '', '', '']);
  card.addProperty(n);
  if (e.institution) {
    const org = new ICAL.Property('org');
    org.setValue([e.institution]);
    card.addProperty(org);
  }
  if (e.title) card.addPropertyWithValue('title', e.title);
  if (e.email) card.addPropertyWithValue('email', e.email).setParameter('type', 'work');
  if (e.phone) {
    const tel = new ICAL.Property('tel');
    tel.setParameter('value', 'text');
    tel.setParameter('type', 'work');
    tel.setValue(e.phone);
    card.addProperty(tel);
  }
  e.languages.forEach((code, i) => card.addPropertyWithValue('lang', code).setParameter('pref', String(i + 1)));
  const note = [...e.roles, e.notes].filter(Boolean).join('\n');
  if (note) card.addPropertyWithValue('note', note);
  card.addPropertyWithValue('uid', `urn:uuid:${e.id}`);
  return card.toString();
}

export function exportVcard(store: Store, language: Language): ExportedFile {
  const text = entries(store, language)
    .map((e) => `${vcard(e)}\r\n`)
    .join('');
  return { fileName: `directory-${localToday()}.vcf`, data: Buffer.from(text, 'utf8'), mime: 'text/vcard;charset=utf-8' };
}
