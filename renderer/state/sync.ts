import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/contract.ts';
import type { ImportLogEntry, ImportSummary, Peer } from '../../shared/model/sync.ts';
import { call } from '../api/client.ts';
import { useConflicts } from './conflicts.ts';
import { useInstitutions } from './institutions.ts';
import { usePeople } from './people.ts';

export interface PendingImport {
  fileName: string;
  content: string;
  preview: ImportSummary;
}

interface SyncState {
  identity: ChannelOutput<'sync.identity'> | null;
  peers: Peer[];
  imports: ImportLogEntry[];
  exportPeers: string[];
  pending: PendingImport | null;
  load(): Promise<void>;
  preview(fileName: string, content: string): Promise<void>;
  cancelPreview(): void;
  applyPending(): Promise<ChannelOutput<'sync.import'>>;
  undo(): Promise<ChannelOutput<'sync.undo'>>;
  addPeer(label: string, publicKey: string): Promise<void>;
  removePeer(id: number): Promise<void>;
  setLabel(label: string): Promise<void>;
}

/** After data arrived or left, every list that shows it reloads. */
async function refreshData(): Promise<void> {
  await Promise.all([usePeople.getState().reload(), useInstitutions.getState().reload(), useConflicts.getState().reload()]);
}

export const useSync = create<SyncState>((set, get) => ({
  identity: null,
  peers: [],
  imports: [],
  exportPeers: [],
  pending: null,
  async load() {
    const [identity, peers, history] = await Promise.all([call('sync.identity', {}), call('peers.list', {}), call('sync.history', {})]);
    set({ identity, peers, imports: history.imports, exportPeers: history.exportPeers });
  },
  async preview(fileName, content) {
    set({ pending: null });
    const preview = await call('sync.preview', { fileName, content });
    set({ pending: { fileName, content, preview } });
  },
  cancelPreview() {
    set({ pending: null });
  },
  async applyPending() {
    const pending = get().pending;
    if (!pending) throw new Error('nothing to import');
    const result = await call('sync.import', { fileName: pending.fileName, content: pending.content });
    set({ pending: null });
    await Promise.all([get().load(), refreshData()]);
    return result;
  },
  async undo() {
    const result = await call('sync.undo', {});
    await Promise.all([get().load(), refreshData()]);
    return result;
  },
  async addPeer(label, publicKey) {
    set({ peers: await call('peers.add', { label, publicKey }) });
    const pending = get().pending;
    if (pending) await get().preview(pending.fileName, pending.content);
  },
  async removePeer(id) {
    set({ peers: await call('peers.remove', { id }) });
  },
  async setLabel(deviceLabel) {
    await call('settings.update', { deviceLabel });
    set({ identity: await call('sync.identity', {}) });
  },
}));
