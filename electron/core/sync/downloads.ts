import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { DOWNLOAD_CHUNK_BYTES } from '../../../shared/model/sync.ts';
import type { Store } from '../store.ts';
import { transferDir } from './transfer-dir.ts';

// A bundle made into a file of the data folder (a full export of years of history never exists
// as one string), fetched by the page in chunks and saved there. The file goes when the page
// discards it; what a closed page left behind goes a day later. Ids are random, names are ours.

const downloadsDir = (store: Store) => path.join(store.dataDir, 'downloads');
const fileOf = (store: Store, id: string) => path.join(downloadsDir(store), `${id}.sdbundle`);

/** A new download's id and the path to write it to (older leftovers are removed first). */
export function newDownload(store: Store): { downloadId: string; file: string } {
  transferDir(store, 'downloads');
  const downloadId = crypto.randomUUID();
  return { downloadId, file: fileOf(store, downloadId) };
}

export function downloadSize(store: Store, downloadId: string): number {
  try {
    return fs.statSync(fileOf(store, downloadId)).size;
  } catch {
    throw new AppError('download_unknown', 'the exported file is no longer held; export again');
  }
}

export function readDownloadChunk(store: Store, downloadId: string, offset: number): { data: string; done: boolean } {
  const size = downloadSize(store, downloadId);
  if (offset > size) throw new AppError('download_unknown', 'the exported file is no longer held; export again');
  const length = Math.min(DOWNLOAD_CHUNK_BYTES, size - offset);
  const bytes = Buffer.alloc(length);
  const fd = fs.openSync(fileOf(store, downloadId), 'r');
  try {
    fs.readSync(fd, bytes, 0, length, offset);
  } finally {
    fs.closeSync(fd);
  }
  return { data: bytes.toString('base64'), done: offset + length >= size };
}

export function discardDownload(store: Store, downloadId: string): { discarded: boolean } {
  const file = fileOf(store, downloadId);
  const had = fs.existsSync(file);
  fs.rmSync(file, { force: true });
  return { discarded: had };
}
