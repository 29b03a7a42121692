import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handlePrint, PRINT_CHANNEL, registerPrint } from '../../electron/print.ts';

// Saving the printed page as a PDF in Electron ('electron' is mocked; print.ts receives ipcMain and
// the sender): only our own page may ask, the file name is checked, the file is written whole.

vi.mock('electron', () => ({}));

const PDF = Buffer.from('%PDF-1.7\n% a printed briefing\n%%EOF\n');
const sender = { printToPDF: vi.fn(async () => PDF) };
const ours = { senderFrame: { url: 'app://desk/index.html', parent: null }, sender } as never;
const theirs = { senderFrame: { url: 'https://example.org/', parent: null }, sender } as never;

describe('print to PDF (Electron)', () => {
  it('writes the printed page where the user chose, and says under which name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-print-'));
    const target = path.join(dir, 'briefing-cms-cop15.pdf');
    const choose = vi.fn(async () => target);
    const r = await handlePrint(ours, 'briefing-cms-cop15.pdf', choose);
    expect(r).toEqual({ ok: true, data: { saved: 'briefing-cms-cop15.pdf' } });
    expect(choose).toHaveBeenCalledWith('briefing-cms-cop15.pdf');
    expect(fs.readFileSync(target)).toEqual(PDF);
    expect(fs.readdirSync(dir)).toEqual(['briefing-cms-cop15.pdf']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses another page, proposes a safe name for a strange one, and writes nothing when the user cancels', async () => {
    const choose = vi.fn(async () => null);
    expect(await handlePrint(theirs, 'x.pdf', choose)).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    expect(choose).not.toHaveBeenCalled();
    expect(await handlePrint(ours, '../../etc/passwd', choose)).toEqual({ ok: true, data: { saved: null } });
    expect(choose).toHaveBeenCalledWith('synergy-desk.pdf');
  });

  it('registers one handler on its own channel, removable', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const stop = registerPrint(ipcMain as never, async () => null);
    expect(ipcMain.handle).toHaveBeenCalledWith(PRINT_CHANNEL, expect.any(Function));
    stop();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(PRINT_CHANNEL);
  });
});
