import { notSpreadsheet, tooLarge } from './errors.ts';

// An XLSX file is a zip. Before unpacking it, read its central directory: a small file that
// inflates to gigabytes (a "zip bomb") or a zip that is not a workbook is refused up front.
// The entries it lists (where each part starts and ends) let the reader take the parts in the
// order it needs them (see xlsx-rows.ts).

/** the most an XLSX may inflate to; a 20,000-row sheet of 100 columns stays well below */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

export interface ZipEntry {
  name: string;
  /** where its local header starts, and where its data (with any data descriptor) ends */
  start: number;
  end: number;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
}

export function checkZip(bytes: Uint8Array): ZipEntry[] {
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
  const count = view.getUint16(eocd + 10, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw notSpreadsheet('too many parts');
  let offset = directoryStart;
  let total = 0;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw notSpreadsheet('damaged zip');
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    const start = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
    entries.push({ name, start, end: 0, method, compressedSize });
    offset += 46 + nameLength + extra + comment;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw notSpreadsheet('a zip file, but not an Excel workbook');
  // each part ends where the next one starts (the last, where the central directory starts)
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 0; i < byStart.length; i++) {
    const e = byStart[i];
    e.end = i + 1 < byStart.length ? byStart[i + 1].start : directoryStart;
    if (e.start + 30 > e.end || e.end > bytes.length || view.getUint32(e.start, true) !== 0x04034b50) throw notSpreadsheet('damaged zip');
  }
  return entries;
}

/** The data of one part, unpacked (the caller has checked the sizes with checkZip). */
export function entryData(bytes: Uint8Array, entry: ZipEntry, inflate: (data: Uint8Array) => Buffer): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataStart = entry.start + 30 + view.getUint16(entry.start + 26, true) + view.getUint16(entry.start + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflate(data);
  throw notSpreadsheet(`a part packed with method ${entry.method}`);
}
