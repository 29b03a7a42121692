import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../shared/errors.ts';
import type { directoryExportInput, directoryImportInput, DirectoryImportResult, DirectoryPreview, directoryPreviewInput } from '../../../shared/model/directory.ts';
import { designationRecordInput } from '../../../shared/model/designations.ts';
import { backupStore } from '../db/backup.ts';
import { createDesignation, listDesignations } from '../focal-points/designations.ts';
import type { Store } from '../store.ts';
import { createInstitution } from '../institutions/service.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import { createPerson, getPerson, updatePerson } from '../people/service.ts';
import { newJournal, saveJournal } from './undo.ts';
import { analyseRows, analyseRowsInSteps, type AnalysedRow } from './analyse.ts';
import { asTask, letOthersIn, type TaskHandle } from '../tasks/running.ts';
import { Choices, rememberChoices, storedChoices, Unmatched } from './choices.ts';
import { exportCsv, exportVcard, exportXlsx } from './export.ts';
import { forgetDirectoryFile, mappingFor, readDirectoryFileOnce } from './read.ts';

// Directory spreadsheets in and out. Import: read the file, suggest or take a column mapping,
// check every row (preview), then write the chosen rows — all of them or nothing — in one
// transaction after a backup. Export: the people as XLSX, CSV or vCard.

export async function previewDirectory(store: Store, input: z.output<typeof directoryPreviewInput>): Promise<DirectoryPreview> {
  const file = await readDirectoryFileOnce(store, input.fileName, input.dataBase64);
  const mapping = mappingFor(file, input.mapping);
  const choices = new Choices(storedChoices(store), input.choices ?? []);
  const unmatched = new Unmatched(choices);
  const step = (task: TaskHandle) => (done: number, total: number) => (task.update(done, total), letOthersIn());
  const analysed = await asTask(store, 'spreadsheetCheck', (task) => analyseRowsInSteps(store, file, mapping, choices, unmatched, step(task)), file.fileName);
  const rows = analysed.map((r) => r.preview);
  const valid = rows.filter((r) => r.errors.length === 0).length;
  return {
    fileName: file.fileName,
    format: file.format,
    headerRow: file.headerRow,
    columns: file.columns,
    mapping,
    rows,
    unmatched: unmatched.list(),
    totals: { rows: rows.length, valid, invalid: rows.length - valid, duplicates: rows.filter((r) => r.duplicate).length },
  };
}

function refuseInvalid(missing: number[], invalid: AnalysedRow[]): never {
  const issues: FieldIssue[] = [
    ...missing.map((n) => ({ path: `rows.${n}`, code: 'invalid' })),
    ...invalid.flatMap((r) => r.preview.errors.map((e) => ({ path: `rows.${r.preview.index}.${e.field}`, code: e.code }))),
  ];
  const lines = [...missing, ...invalid.map((r) => r.preview.index)].sort((a, b) => a - b);
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
  throw new AppError('directory_rows_invalid', `rows ${shown} cannot be imported as they are`, { rows: shown, count: lines.length }, issues);
}

export async function importDirectory(store: Store, input: z.output<typeof directoryImportInput>): Promise<DirectoryImportResult> {
  const file = await readDirectoryFileOnce(store, input.fileName, input.dataBase64);
  const mapping = mappingFor(file, input.mapping);
  const chosen = new Set(input.rows);
  const result: DirectoryImportResult = { created: 0, updated: 0, skipped: 0, institutionsCreated: 0, designationsCreated: 0 };
  // From here on everything is synchronous: nothing else reaches the store between the check and the write.
  const choices = new Choices(storedChoices(store), input.choices ?? []);
  const rows = analyseRows(store, file, mapping, choices, new Unmatched(choices), chosen);
  const lines = new Set(rows.map((r) => r.preview.index));
  const missing = [...chosen].filter((n) => !lines.has(n));
  const invalid = rows.filter((r) => r.preview.errors.length > 0 || !r.person);
  if (missing.length > 0 || invalid.length > 0) refuseInvalid(missing, invalid);
  if (rows.length === 0) return result;

  backupStore(store.db, store.dataDir, 'directory-import');
  const journal = newJournal();
  store.write(() => {
    const newInstitutions = new Map<string, string>();
    const personOfRow = new Map<number, string>();
    const created = new Set<string>();
    const updated = new Set<string>();
    for (const r of rows) {
      const person = r.person!;
      // a person already in the desk keeps their details when the user said so; their new roles still arrive
      const keepDetails = Boolean(r.match?.personId) && input.duplicates === 'skip';
      let institutionId: string | undefined;
      if (r.institution) {
        institutionId = r.institution.existingId ?? newInstitutions.get(r.institution.key);
        if (!institutionId) {
          institutionId = createInstitution(store, { name: r.institution.name, acronym: r.institution.acronym ?? undefined, address: r.institution.address ?? undefined }).id;
          journal.created.push({ entity: 'institution', id: institutionId });
          newInstitutions.set(r.institution.key, institutionId);
          result.institutionsCreated++;
        }
      }
      let personId = r.match ? (r.match.personId ?? personOfRow.get(r.match.row!)) : undefined;
      if (personId && keepDetails) {
        result.skipped++;
      } else if (personId) {
        // an update takes the cells that say something; an empty cell leaves the desk's value
        const patch = Object.fromEntries(Object.entries(person).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
        // a later row of the same file for the same person adds to them; the name stays as first written
        if (!r.match?.personId) delete patch.name;
        const after = { ...patch, ...(institutionId ? { institutionId } : {}) } as Record<string, OpValue>;
        const current = getPerson(store, personId) as unknown as Record<string, OpValue>;
        updatePerson(store, { id: personId, patch: after as never });
        if (!created.has(personId)) journal.updated.push({ entity: 'person', id: personId, before: Object.fromEntries(Object.keys(after).map((k) => [k, current[k] ?? null])), after });
        if (!created.has(personId)) updated.add(personId);
      } else {
        personId = createPerson(store, { ...person, institutionId: institutionId ?? null }).id;
        created.add(personId);
        journal.created.push({ entity: 'person', id: personId });
      }
      personOfRow.set(r.preview.index, personId);
      for (const d of r.designations) {
        const holds = listDesignations(store, { personId, roleId: d.role.id }).some((x) => x.instrumentId === d.instrumentId);
        if (holds) continue;
        // a start date the file does not give is not known: never today
        const made = createDesignation(store, designationRecordInput.parse({ personId, roleId: d.role.id, instrumentId: d.instrumentId, ...(d.startDate ? { startDate: d.startDate } : {}) }));
        journal.created.push({ entity: 'designation', id: made.id });
        result.designationsCreated++;
      }
    }
    result.created = created.size;
    result.updated = updated.size;
    rememberChoices(store, input.choices ?? []);
    saveJournal(store, file.fileName, journal);
  });
  forgetDirectoryFile(store);
  return result;
}

export async function exportDirectory(store: Store, input: z.output<typeof directoryExportInput>): Promise<{ fileName: string; dataBase64: string; mime: string }> {
  const language = input.language ?? 'en';
  const file = input.format === 'xlsx' ? await exportXlsx(store, language) : input.format === 'csv' ? exportCsv(store, language) : exportVcard(store, language);
  return { fileName: file.fileName, dataBase64: file.data.toString('base64'), mime: file.mime };
}
