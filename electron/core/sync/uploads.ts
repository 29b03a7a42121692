import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/model/sync.ts';
import type { Store } from '../store.ts';
import { transferDir } from './transfer-dir.ts';

// A bundle too large to send as one text (a desk's full bundle of years of history) comes from the
// page in chunks, in order, into a file of the data folder; it is then previewed and imported by its
// path, streamed. The file goes once imported or discarded; what a closed page left behind goes at
// the next upload. Only the page's own chunks are ever written here: ids are random, names are ours.

const uploadsDir = (store: Store) => path.join(store.dataDir, 'uploads');
const fileOf = (store: Store, id: string) => path.join(uploadsDir(store), `${id}.sdbundle`);
const declared = new Map<string, number>();

export function startUpload(store: Store, size: number): { uploadId: string; chunkBytes: number } {
  transferDir(store, 'uploads');
  const uploadId = crypto.randomUUID();
  fs.writeFileSync(fileOf(store, uploadId), '');
  declared.set(uploadId, size);
  return { uploadId, chunkBytes: UPLOAD_CHUNK_BYTES };
}

function sizeOf(store: Store, id: string): number {
  try {
    return fs.statSync(fileOf(store, id)).size;
  } catch {
    throw new AppError('upload_unknown', 'the file sent is no longer held; choose it again');
  }
}

/** A bundle file the desktop shell was asked to open (double-click): copied in whole, named by its id. */
export function uploadFromPath(store: Store, file: string): string {
  const { uploadId } = startUpload(store, fs.statSync(file).size);
  fs.copyFileSync(file, fileOf(store, uploadId));
  declared.set(uploadId, fs.statSync(fileOf(store, uploadId)).size);
  return uploadId;
}

export function addChunk(store: Store, uploadId: string, offset: number, data: string): { received: number } {
  const have = sizeOf(store, uploadId);
  const bytes = Buffer.from(data, 'base64');
  const size = declared.get(uploadId);
  if (size === undefined) throw new AppError('upload_unknown', 'the file sent is no longer held; choose it again');
  if (offset !== have || have + bytes.length > size) throw new AppError('upload_out_of_order', 'a part of the file arrived out of order; choose the file again');
  fs.appendFileSync(fileOf(store, uploadId), bytes);
  return { received: have + bytes.length };
}

/** The path of an upload that has arrived whole. */
export function uploadedFile(store: Store, uploadId: string): string {
  const size = declared.get(uploadId);
  if (size === undefined || sizeOf(store, uploadId) !== size) throw new AppError('upload_incomplete', 'the file has not arrived whole; choose it again');
  return fileOf(store, uploadId);
}

export function discardUpload(store: Store, uploadId: string): { discarded: boolean } {
  declared.delete(uploadId);
  const file = fileOf(store, uploadId);
  const had = fs.existsSync(file);
  fs.rmSync(file, { force: true });
  return { discarded: had };
}
