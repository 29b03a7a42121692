import { directoryChannels } from '../../../shared/contract/directory.ts';
import { defineArea } from '../area.ts';
import sql from './migrations/0005_directory_imports.ts';
import { exportDirectory, importDirectory, previewDirectory } from './service.ts';
import { undoDirectoryImport } from './undo.ts';

/** Directory spreadsheets (XLSX, CSV) in, and XLSX, CSV and vCard out. */
export const directoryArea = defineArea({
  name: 'directory',
  uses: ['people', 'institutions', 'focal-points', 'tasks'],
  channels: directoryChannels,
  handlers: {
    'directory.preview': (s, i) => previewDirectory(s, i),
    'directory.import': (s, i) => importDirectory(s, i),
    'directory.export': (s, i) => exportDirectory(s, i),
    'directory.undo': (s) => undoDirectoryImport(s),
  },
  migrations: [{ version: 5, name: '0005_directory_imports', sql }],
});
