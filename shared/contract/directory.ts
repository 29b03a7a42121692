import { directoryExportFile, directoryExportInput, directoryImportInput, directoryImportResult, directoryPreview, directoryPreviewInput } from '../model/directory.ts';
import { z } from 'zod';
import { empty } from './common.ts';
import { async, read, write } from './define.ts';

// Directory spreadsheets in and out; reading and writing XLSX is asynchronous.

export const directoryChannels = {
  'directory.preview': async(read(directoryPreviewInput, directoryPreview, ['person', 'institution', 'designation'])),
  'directory.import': async(write(directoryImportInput, directoryImportResult)),
  'directory.undo': write(empty, z.object({ fileName: z.string(), removed: z.number().int(), restored: z.number().int(), kept: z.number().int() })),
  'directory.export': async(read(directoryExportInput, directoryExportFile, ['person', 'institution', 'designation'])),
};
