import type { Language } from '../../../shared/i18n-languages.ts';
import type { NationalTarget } from '../../../shared/model/targets.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import { localToday } from '../../../shared/days.ts';
import { csv, xlsx, type Table } from '../files/tables.ts';
import { coreText } from '../i18n/texts.ts';
import type { Store } from '../store.ts';
import { bestDegree, frameworkOf, GBF, gbfTargets } from './items.ts';
import { listTargets } from './read.ts';

// The national targets and their alignments as a spreadsheet (three sheets) or, as CSV, the
// alignments table, with sheet names, headers, statuses and degrees in the language asked for
// (locales/<lng>/targets.json). Codes (NT3, T3, SPMS 1.2) stay as the frameworks write them.

const TARGET_COLUMNS = ['code', 'title', 'status', 'progress', 'lead', 'gbfTargets', 'otherItems'] as const;
const ALIGNMENT_COLUMNS = ['targetCode', 'framework', 'itemCode', 'degree', 'note'] as const;
const COVERAGE_COLUMNS = ['gbfTarget', 'bestDegree', 'nationalTargets'] as const;


/** The export's words in one language. */
function textsFor(language: Language) {
  const text = (key: string) => coreText(language, 'targets', key);
  return {
    sheet: (name: 'targets' | 'alignments' | 'coverage') => text(`export.sheets.${name}`),
    column: (name: string) => text(`export.columns.${name}`),
    status: (status: string) => text(`status.${status}`),
    degree: (degree: string) => text(`degree.${degree}`),
    notAligned: text('export.notAligned'),
  };
}
type Texts = ReturnType<typeof textsFor>;

const code = (itemId: string) => frameworkItem(itemId)?.code ?? itemId;
const abbreviation = (itemId: string) => frameworkOf(itemId)?.abbreviation ?? '';

function targetsTable(targets: NationalTarget[], tx: Texts): Table {
  const rows = targets.map((t) => {
    const gbf = t.alignments.filter((a) => frameworkOf(a.frameworkItemId)?.id === GBF);
    const other = t.alignments.filter((a) => frameworkOf(a.frameworkItemId)?.id !== GBF);
    return [
      t.code ?? '',
      t.title ?? '',
      t.status ? tx.status(t.status) : '',
      t.progress ?? '',
      t.leadInstitutionName ?? '',
      gbf.map((a) => `${code(a.frameworkItemId)} (${tx.degree(a.degree)})`).join('; '),
      other.map((a) => `${abbreviation(a.frameworkItemId)} ${code(a.frameworkItemId)} (${tx.degree(a.degree)})`).join('; '),
    ];
  });
  return { name: tx.sheet('targets'), headers: TARGET_COLUMNS.map(tx.column), rows };
}

function alignmentsTable(targets: NationalTarget[], tx: Texts): Table {
  const rows = targets.flatMap((t) => t.alignments.map((a) => [t.code ?? '', abbreviation(a.frameworkItemId), code(a.frameworkItemId), tx.degree(a.degree), a.note ?? '']));
  return { name: tx.sheet('alignments'), headers: ALIGNMENT_COLUMNS.map(tx.column), rows };
}

function coverageTable(targets: NationalTarget[], tx: Texts): Table {
  const rows = gbfTargets.map((item) => {
    const aligned = targets.flatMap((t) => t.alignments.filter((a) => a.frameworkItemId === item.id).map((a) => ({ code: t.code ?? '', degree: a.degree })));
    const best = bestDegree(aligned.map((a) => a.degree));
    return [item.code, best ? tx.degree(best) : tx.notAligned, aligned.map((a) => `${a.code} (${tx.degree(a.degree)})`).join('; ')];
  });
  return { name: tx.sheet('coverage'), headers: COVERAGE_COLUMNS.map(tx.column), rows };
}

export interface TargetsFile {
  fileName: string;
  dataBase64: string;
  mime: string;
}

export async function exportTargets(store: Store, format: 'xlsx' | 'csv', language: Language = 'en'): Promise<TargetsFile> {
  const targets = listTargets(store);
  const tx = textsFor(language);
  const day = localToday();
  if (format === 'csv') {
    return { fileName: `nbsap-alignments-${day}.csv`, dataBase64: csv(alignmentsTable(targets, tx)).toString('base64'), mime: 'text/csv;charset=utf-8' };
  }
  const data = await xlsx([targetsTable(targets, tx), alignmentsTable(targets, tx), coverageTable(targets, tx)]);
  return { fileName: `nbsap-targets-${day}.xlsx`, dataBase64: data.toString('base64'), mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
