import { notSpreadsheet, tooLarge } from './errors.ts';

// An XLSX file is a zip. Before unpacking it, read its central directory: a small file that
// inflates to gigabytes (a "zip bomb") or a zip that is not a workbook is refused up front.

/** the most an XLSX may inflate to; a 20,000-row sheet of 100 columns stays well below */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

export function checkZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // end of central directory: signature 0x06054b50, within the last 22 + 65,535 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notSpreadsheet('damaged zip: no central directory');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ENTRIES) throw notSpreadsheet('too many parts');
  let total = 0;
  let hasWorkbook = false;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw notSpreadsheet('damaged zip');
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
    offset += 46 + nameLength + extra + comment;
  }
  if (!hasWorkbook) throw notSpreadsheet('a zip file, but not an Excel workbook');
}
