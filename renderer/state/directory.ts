import { create } from 'zustand';
import type { DirectoryChoice, DirectoryImportResult, DirectoryMapping, DirectoryPreview } from '../../shared/model/directory.ts';
import type { ChannelOutput } from '../../shared/contract.ts';
import { call } from '../api/client.ts';

// The directory import, step by step: a file is read and previewed; the user corrects the column
// mapping (each change previews again), chooses rows and what to do with people already known,
// then imports. The file stays here (base64) so that the core can read it again at each step.

export type DuplicateMode = 'skip' | 'update';

interface DirectoryImportState {
  file: { name: string; base64: string } | null;
  preview: DirectoryPreview | null;
  /** indexes of the rows chosen for import */
  chosen: number[];
  duplicates: DuplicateMode;
  /** what the user said about values the desk did not recognise (sent with every preview and the import) */
  choices: DirectoryChoice[];
  result: DirectoryImportResult | null;
  open(name: string, base64: string): Promise<void>;
  remap(mapping: DirectoryMapping): Promise<void>;
  choose(choice: DirectoryChoice): Promise<void>;
  toggle(index: number): void;
  setDuplicates(mode: DuplicateMode): void;
  apply(): Promise<DirectoryImportResult>;
  /** takes the last import back (its new rows deleted, changed fields restored unless edited since) */
  undo(): Promise<ChannelOutput<'directory.undo'>>;
  reset(): void;
}

const validRows = (p: DirectoryPreview) => p.rows.filter((r) => r.errors.length === 0).map((r) => r.index);

export const useDirectoryImport = create<DirectoryImportState>((set, get) => ({
  file: null,
  preview: null,
  chosen: [],
  duplicates: 'skip',
  choices: [],
  result: null,
  async open(name, base64) {
    set({ file: null, preview: null, chosen: [], choices: [], result: null });
    const preview = await call('directory.preview', { fileName: name, dataBase64: base64 });
    set({ file: { name, base64 }, preview, chosen: validRows(preview) });
  },
  async remap(mapping) {
    const { file } = get();
    if (!file) return;
    const preview = await call('directory.preview', { fileName: file.name, dataBase64: file.base64, mapping, choices: get().choices });
    set({ preview, chosen: validRows(preview) });
  },
  async choose(choice) {
    const { file, preview } = get();
    if (!file || !preview) return;
    const same = (c: DirectoryChoice) => c.kind === choice.kind && c.text === choice.text && c.scope === choice.scope;
    const choices = [...get().choices.filter((c) => !same(c)), choice];
    set({ choices });
    const next = await call('directory.preview', { fileName: file.name, dataBase64: file.base64, mapping: preview.mapping, choices });
    set({ preview: next, chosen: validRows(next) });
  },
  toggle(index) {
    const { chosen } = get();
    set({ chosen: chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index].sort((a, b) => a - b) });
  },
  setDuplicates(duplicates) {
    set({ duplicates });
  },
  async apply() {
    const { file, preview, chosen, duplicates, choices } = get();
    if (!file || !preview) throw new Error('no file to import');
    const result = await call('directory.import', { fileName: file.name, dataBase64: file.base64, mapping: preview.mapping, rows: chosen, duplicates, choices });
    set({ file: null, preview: null, chosen: [], choices: [], result });
    return result;
  },
  async undo() {
    const done = await call('directory.undo', {});
    set({ result: null });
    return done;
  },
  reset() {
    set({ file: null, preview: null, chosen: [], choices: [], result: null });
  },
}));
