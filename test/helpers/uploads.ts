import { expect } from 'vitest';
import { openDesk, type TestDesk } from './desk.ts';

// Bundles sent to a desk in chunks, as the Exchange page sends a large file (sync.uploadStart, sync.uploadChunk).

/** A colleague's desk with an institution and two people, and its full bundle. */
export async function colleagueBundle(second = 'Li Wei'): Promise<{ desk: TestDesk; text: string }> {
  const desk = await openDesk();
  desk.person('Amina Okafor', desk.institution('Kenya Wildlife Service', 'KWS'));
  desk.person(second);
  return { desk, text: desk.call('sync.export', {}).content };
}

/** Sends the text in chunks of `chunk` bytes; returns the upload id. */
export function sendInChunks(desk: TestDesk, text: string, chunk = 4 * 1024 * 1024, fileName = 'colleague.sdbundle'): string {
  const bytes = Buffer.from(text);
  const { uploadId } = desk.call('sync.uploadStart', { fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const { received } = desk.call('sync.uploadChunk', { uploadId, offset, data: bytes.subarray(offset, offset + chunk).toString('base64') });
    expect(received).toBe(Math.min(offset + chunk, bytes.length));
  }
  return uploadId;
}
