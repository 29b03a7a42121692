import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/contract.ts';
import type { ImportLogEntry, ImportSummary, Peer } from '../../shared/model/sync.ts';
import { call } from '../api/client.ts';
import { onTopics } from './changes.ts';

/** A bundle previewed: its text, or (a large file sent in chunks) its upload id in the core. */
export type PendingImport = { fileName: string; preview: ImportSummary } & ({ content: string; uploaded?: undefined } | { uploaded: string; content?: undefined });

/** A bundle file on its way to a preview: read by the page, or sent to the core in chunks. */
export interface OpeningFile {
  file: string;
  done: number;
  total: number;
  sending: boolean;
}

interface SyncState {
  opening: OpeningFile | null;
  /** the file the core is checking or importing (its progress is a task) */
  jobFile: string | null;
  /** why the last file chosen or dropped could not be previewed (translated by the page) */
  openError: unknown;
  setOpening(opening: OpeningFile | null): void;
  setOpenError(error: unknown): void;
  identity: ChannelOutput<'sync.identity'> | null;
  peers: Peer[];
  imports: ImportLogEntry[];
  exportPeers: string[];
  pending: PendingImport | null;
  loaded: boolean;
  load(): Promise<void>;
  preview(fileName: string, content: string): Promise<void>;
  previewUploaded(fileName: string, uploadId: string): Promise<void>;
  cancelPreview(): void;
  applyPending(): Promise<ChannelOutput<'sync.import'>>;
  undo(): Promise<ChannelOutput<'sync.undo'>>;
  addPeer(label: string, publicKey: string): Promise<void>;
  removePeer(id: number): Promise<void>;
  setLabel(label: string): Promise<void>;
}

// What arrived or left reloads every view that shows it through the change feed; this store keeps
// the Exchange page's own lists (identity, peers, history) fresh the same way.
export const useSync = create<SyncState>((set, get) => ({
  loaded: false,
  identity: null,
  peers: [],
  imports: [],
  exportPeers: [],
  pending: null,
  opening: null,
  jobFile: null,
  openError: null,
  setOpening(opening) {
    set({ opening });
  },
  setOpenError(openError) {
    set({ openError });
  },
  async load() {
    const [identity, peers, history] = await Promise.all([call('sync.identity', {}), call('peers.list', {}), call('sync.history', {})]);
    set({ identity, peers, imports: history.imports, exportPeers: history.exportPeers, loaded: true });
  },
  async preview(fileName, content) {
    set({ pending: null });
    const preview = await call('sync.preview', { fileName, content });
    set({ pending: { fileName, content, preview } });
  },
  async previewUploaded(fileName, uploadId) {
    set({ pending: null, jobFile: fileName });
    // checked by the core away from its own thread, its progress on the tasks topic
    const preview = await call('bundleJobs.preview', { fileName, uploaded: uploadId });
    set({ pending: { fileName, uploaded: uploadId, preview } });
  },
  cancelPreview() {
    const pending = get().pending;
    // the file sent goes from the data folder (the core also clears what a closed page left)
    if (pending?.uploaded) call('sync.uploadDiscard', { uploadId: pending.uploaded }).catch(() => undefined);
    set({ pending: null });
  },
  async applyPending() {
    const pending = get().pending;
    if (!pending) throw new Error('nothing to import');
    // the core kept the previewed bundle: it is not sent again (unless the core lost it: a restart)
    const result = pending.uploaded
      ? await call('bundleJobs.import', { fileName: pending.fileName, uploaded: pending.uploaded })
      : await call('sync.import', { fileName: pending.fileName, previewed: pending.preview.bundleId }).catch((err: unknown) => {
          if ((err as { payload?: { code?: string } }).payload?.code === 'preview_expired') return call('sync.import', { fileName: pending.fileName, content: pending.content ?? '' });
          throw err;
        });
    set({ pending: null });
    await get().load();
    return result;
  },
  async undo() {
    const result = await call('sync.undo', {});
    await get().load();
    return result;
  },
  async addPeer(label, publicKey) {
    set({ peers: await call('peers.add', { label, publicKey }) });
    const pending = get().pending;
    if (pending?.uploaded) await get().previewUploaded(pending.fileName, pending.uploaded);
    else if (pending?.content !== undefined) await get().preview(pending.fileName, pending.content);
  },
  async removePeer(id) {
    set({ peers: await call('peers.remove', { id }) });
  },
  async setLabel(deviceLabel) {
    await call('settings.update', { deviceLabel });
    set({ identity: await call('sync.identity', {}) });
  },
}));

onTopics(['imports', 'exports', 'peers', 'settings'], () => {
  if (useSync.getState().loaded) void useSync.getState().load().catch(() => {});
});
