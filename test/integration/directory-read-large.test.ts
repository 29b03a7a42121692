import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../electron/core/directory/zip-guard.ts';
import { runningTasks } from '../../electron/core/tasks/running.ts';
import { openDesk } from '../helpers/desk.ts';
import { workbookFromLibreOffice } from '../helpers/libreoffice.ts';

// Reading a directory workbook: the sheet is read as a stream, and its rows checked in steps, so a
// large one is two tasks whose progress rises while the core answers other calls; what is read is the same as a whole-workbook
// read gives (merged cells, the first visible sheet, dates), also for files LibreOffice wrote and
// for sheets whose text is inline; and a file read once is not read again by a new mapping.

const ROWS = 6000;
const b64 = (data: Buffer) => data.toString('base64');
// names far apart, so that no row is taken for a near-duplicate of another
const nameOf = (i: number) => `Person ${crypto.createHash('sha1').update(String(i)).digest('hex').slice(0, 10)}`;

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const largeList = () =>
  workbook((wb) => {
    const ws = wb.addWorksheet('People');
    ws.addRow(['Name', 'E-mail', 'Organisation', 'Phone']);
    for (let i = 0; i < ROWS; i++) ws.addRow([nameOf(i), `p${i}@env.gov.example`, `Ministry ${i % 40}`, `+254 700 ${String(i).padStart(6, '0')}`]);
  });

describe('reading a large directory workbook', () => {
  it('shows its progress through the sheet while the core answers, and a new mapping does not read it again', async () => {
    const d = await openDesk();
    const data = b64(await largeList());
    const seen: { done: number; total: number; subject: string | null }[] = [];
    const checked: typeof seen = [];
    let answeredMeanwhile = 0;
    const previewing = d.invoke('directory.preview', { fileName: 'people.xlsx', dataBase64: data });
    let settled = false;
    void previewing.finally(() => (settled = true));
    while (!settled) {
      await new Promise((r) => setImmediate(r));
      const task = runningTasks(d.core.store).find((t) => t.kind === 'spreadsheetRead');
      if (task) seen.push({ done: task.done, total: task.total, subject: task.subject });
      const check = runningTasks(d.core.store).find((t) => t.kind === 'spreadsheetCheck');
      if (check) checked.push({ done: check.done, total: check.total, subject: check.subject });
      if (d.call('tasks.list', {}).some((t) => t.kind === 'spreadsheetRead')) answeredMeanwhile++;
    }
    const preview = await previewing;
    expect(preview.totals).toEqual({ rows: ROWS, valid: ROWS, invalid: 0, duplicates: 0 });
    expect(preview.rows[ROWS - 1].values['person.name']).toBe(nameOf(ROWS - 1));
    expect(preview.rows[ROWS - 1].values['person.phone']).toBe('+254 700 005999');

    const dones = [...new Set(seen.filter((s) => s.total > 0).map((s) => s.done))];
    expect(dones.length).toBeGreaterThan(3);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(seen.map((s) => s.subject))).toEqual(new Set(['people.xlsx']));
    const total = seen.find((s) => s.total > 0)!.total;
    expect(dones[0]).toBeLessThan(total / 2);
    expect(answeredMeanwhile).toBeGreaterThan(3);
    // then the rows are checked, also as a task: rows checked of all
    const checkedDones = [...new Set(checked.map((c) => c.done))];
    expect(checkedDones.length).toBeGreaterThan(3);
    expect(checkedDones).toEqual([...checkedDones].sort((a, b) => a - b));
    expect(checked.every((c) => c.total === ROWS && c.subject === 'people.xlsx')).toBe(true);
    expect(d.call('tasks.list', {})).toEqual([]);

    // another mapping, then the import: the file is the one already read (no task, same rows)
    const kinds = new Set<string>();
    const stop = d.core.store.onChange((e) => e.topics.includes('tasks') && runningTasks(d.core.store).forEach((t) => kinds.add(t.kind)));
    const remapped = await d.invoke('directory.preview', { fileName: 'people.xlsx', dataBase64: data, mapping: ['person.name', 'person.email', null, null] });
    expect(remapped.rows[0].values).toEqual({ 'person.name': nameOf(0), 'person.email': 'p0@env.gov.example' });
    const result = await d.invoke('directory.import', { fileName: 'people.xlsx', dataBase64: data, mapping: remapped.mapping, rows: remapped.rows.slice(0, 10).map((r) => r.index), duplicates: 'skip' });
    expect(result.created).toBe(10);
    expect([...kinds]).toEqual(['spreadsheetCheck']);
    stop();
    // the same name with other content is read anew
    const other = b64(await workbook((wb) => wb.addWorksheet('People').addRows([['Name'], ['Only One']])));
    expect((await d.invoke('directory.preview', { fileName: 'people.xlsx', dataBase64: other })).totals.rows).toBe(1);
  });
});

describe('a streamed sheet reads as the whole workbook would', () => {
  it('a value merged down a column repeats on each row; a title merged across columns does not', async () => {
    const d = await openDesk();
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('List');
      ws.addRow(['CITES focal points, 2024']);
      ws.mergeCells('A1:C1');
      ws.addRow(['Name', 'E-mail', 'Organisation']);
      ws.addRow(['Amina Diallo', 'amina@env.gov.sn', 'Ministry of Environment']);
      ws.addRow(['Joseph Kamau', 'jk@env.gov.sn']);
      ws.addRow(['Awa Traoré', 'awa@env.gov.sn']);
      ws.mergeCells('C3:C5');
      ws.addRow(['Li Wei', 'li@forest.gov.sn', 'Forest Service']);
    });
    const p = await d.invoke('directory.preview', { fileName: 'merged.xlsx', dataBase64: b64(file) });
    expect(p.headerRow).toBe(2);
    expect(p.columns.map((c) => c.header)).toEqual(['Name', 'E-mail', 'Organisation']);
    expect(p.rows.map((r) => [r.values['person.name'], r.values['institution.name']])).toEqual([
      ['Amina Diallo', 'Ministry of Environment'],
      ['Joseph Kamau', 'Ministry of Environment'],
      ['Awa Traoré', 'Ministry of Environment'],
      ['Li Wei', 'Forest Service'],
    ]);
  });

  it('takes the first visible sheet, with its dates, formulas and rich text', async () => {
    const d = await openDesk();
    const file = await workbook((wb) => {
      const hidden = wb.addWorksheet('Old list', { state: 'hidden' });
      hidden.addRows([['Name'], ['Someone Gone']]);
      const ws = wb.addWorksheet('Current');
      ws.addRow(['Name', 'E-mail', 'Start date', 'Remarks']);
      ws.addRow([{ richText: [{ text: 'Amina ', font: { bold: true } }, { text: 'Diallo' }] }, 'amina@env.gov.sn', new Date(Date.UTC(2023, 2, 1)), { formula: 'CONCAT("since ","2023")', result: 'since 2023' }]);
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    });
    const p = await d.invoke('directory.preview', { fileName: 'sheets.xlsx', dataBase64: b64(file) });
    expect(p.columns.map((c) => c.header)).toEqual(['Name', 'E-mail', 'Start date', 'Remarks']);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0].values).toMatchObject({ 'person.name': 'Amina Diallo', 'person.email': 'amina@env.gov.sn', 'person.notes': 'since 2023' });
    expect(p.rows[0].values['designation.startDate']).toBe('2023-03-01');
  });

  it('a workbook LibreOffice saved (its sheet before its shared text) and one with inline text read like the CSV', async () => {
    const d = await openDesk();
    const csv = 'Full name,E-mail,Organisation\nAmina Diallo,amina@env.gov.sn,"Ministère de l’Environnement, Eaux"\nJoseph Kamau,jk@kws.go.ke,Kenya Wildlife Service\n';
    const fromCsv = await d.invoke('directory.preview', { fileName: 'list.csv', dataBase64: b64(Buffer.from(csv)) });
    const fromLibreOffice = await d.invoke('directory.preview', { fileName: 'list.xlsx', dataBase64: b64(workbookFromLibreOffice(csv)) });
    // exceljs' streaming writer without shared strings writes every text inline
    const chunks: Buffer[] = [];
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) }), useSharedStrings: false });
    const ws = writer.addWorksheet('List');
    for (const line of [['Full name', 'E-mail', 'Organisation'], ['Amina Diallo', 'amina@env.gov.sn', 'Ministère de l’Environnement, Eaux'], ['Joseph Kamau', 'jk@kws.go.ke', 'Kenya Wildlife Service']]) ws.addRow(line).commit();
    ws.commit();
    await writer.commit();
    const inline = await d.invoke('directory.preview', { fileName: 'inline.xlsx', dataBase64: b64(Buffer.concat(chunks)) });
    for (const p of [fromLibreOffice, inline]) {
      expect(p.format).toBe('xlsx');
      expect(p.columns).toEqual(fromCsv.columns);
      expect(p.rows.map((r) => r.values)).toEqual(fromCsv.rows.map((r) => r.values));
    }
  });
});

describe('a damaged workbook', () => {
  it('is refused in words, whichever part is damaged, and the desk is unchanged', async () => {
    const d = await openDesk();
    await d.invoke('people.create', { name: 'Already Here' });
    const good = await largeList();
    const parts = checkZip(good);
    const damaged = (name: string, at: (size: number) => number) => {
      const part = parts.find((p) => p.name === name)!;
      const bytes = Buffer.from(good);
      const from = part.start + 60 + at(part.end - part.start - 120);
      for (let i = from; i < from + 64; i++) bytes[i] ^= 0xff;
      return bytes;
    };
    const files = [damaged('xl/sharedStrings.xml', () => 0), damaged('xl/worksheets/sheet1.xml', (n) => Math.floor(n / 2)), damaged('xl/workbook.xml', () => 0)];
    for (const file of files) {
      expect((await d.refuseAsync('directory.preview', { fileName: 'damaged.xlsx', dataBase64: b64(file) })).code).toBe('directory_not_spreadsheet');
    }
    expect(d.call('people.list', {}).items.map((p) => p.name)).toEqual(['Already Here']);
    expect(d.call('tasks.list', {})).toEqual([]);
  });
});
