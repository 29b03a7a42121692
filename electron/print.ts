import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { RpcResult } from '../shared/contract.ts';
import { AppError } from '../shared/errors.ts';
import { writeFileAtomically } from './core/db/atomic-write.ts';
import { isTrustedSender } from './security.ts';

// Saving the page as printed (a report draft, a delegation's briefing) to a PDF file: the page asks
// with a file name; the user chooses where in the system's save dialog; Chromium prints with the
// page's print CSS; the file is written atomically. Browser mode uses the browser's print dialog.

export const PRINT_CHANNEL = 'desk:printToPDF';
const SAFE_NAME = /^[\p{L}\p{N} ._()-]{1,120}\.pdf$/u;

type PrintEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: { printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Buffer> } };

export async function handlePrint(event: PrintEvent, fileName: unknown, chooseTarget: (defaultName: string) => Promise<string | null>): Promise<RpcResult<{ saved: string | null }>> {
  if (!isTrustedSender(event.senderFrame)) return { ok: false, error: new AppError('bad_sender', 'this call does not come from the Synergy Desk window').toPayload() };
  const name = typeof fileName === 'string' && SAFE_NAME.test(fileName) ? fileName : 'synergy-desk.pdf';
  try {
    const target = await chooseTarget(name);
    if (!target) return { ok: true, data: { saved: null } };
    writeFileAtomically(target, await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' }));
    return { ok: true, data: { saved: path.basename(target) } };
  } catch (err) {
    return { ok: false, error: new AppError('internal', `the PDF could not be saved: ${err instanceof Error ? err.message : String(err)}`).toPayload() };
  }
}

export function registerPrint(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, chooseTarget: (defaultName: string) => Promise<string | null>): () => void {
  ipcMain.handle(PRINT_CHANNEL, (event, fileName: unknown) => handlePrint(event as unknown as PrintEvent, fileName, chooseTarget));
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
