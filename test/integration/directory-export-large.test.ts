import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runningTasks } from '../../electron/core/tasks/running.ts';
import { openDesk } from '../helpers/desk.ts';
import { sheetsWithLibreOffice } from '../helpers/libreoffice.ts';

// A directory of thousands of people goes out as a workbook written row by row: the export is a
// task whose progress (rows written of all) rises while the core still answers other calls, and
// the file opens in LibreOffice, which no one here wrote, with every row and its text kept.

const PEOPLE = 3000;

describe('a large directory export', () => {
  it('shows its progress as it writes, and LibreOffice reads every row back', async () => {
    const d = await openDesk();
    d.core.store.write(() => {
      for (let i = 0; i < PEOPLE; i++) d.core.dispatcher.dispatch('people.create', { name: `Person ${String(i).padStart(4, '0')}`, phone: '+254 700 000 000', title: i % 2 ? '0012' : '=SUM(A1)' });
    });
    const seen: { done: number; total: number }[] = [];
    let answeredMeanwhile = 0;
    const exporting = d.invoke('directory.export', { format: 'xlsx', language: 'fr' });
    // between its steps the core takes other calls: the progress bar's own, and any other read
    for (let i = 0; i < 400 && seen.at(-1)?.done !== PEOPLE; i++) {
      await new Promise((r) => setImmediate(r));
      const task = runningTasks(d.core.store).find((t) => t.kind === 'spreadsheetExport');
      if (task) seen.push({ done: task.done, total: task.total });
      if (d.call('tasks.list', {}).some((t) => t.kind === 'spreadsheetExport')) answeredMeanwhile++;
    }
    const file = await exporting;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((s) => s.total === PEOPLE)).toBe(true);
    const dones = [...new Set(seen.map((s) => s.done))];
    expect(dones.length).toBeGreaterThan(2);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(answeredMeanwhile).toBeGreaterThan(2);
    // the task is gone once the file is made
    expect(d.call('tasks.list', {})).toEqual([]);

    const data = Buffer.from(file.dataBase64, 'base64');
    const sheets = Object.values(sheetsWithLibreOffice(data));
    expect(sheets).toHaveLength(1);
    const rows = sheets[0];
    expect(rows[0].slice(0, 3)).toEqual(['Civilité', 'Nom', 'Fonction']);
    expect(rows).toHaveLength(PEOPLE + 1);
    expect(rows[1].slice(1, 3)).toEqual(['Person 0000', '=SUM(A1)']);
    expect(rows[2].slice(1, 3)).toEqual(['Person 0001', '0012']);
    // text stays text: the phone keeps its "+" and a code its zeros, also for exceljs reading it back
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(3).numFmt).toBe('@');
  });
});
