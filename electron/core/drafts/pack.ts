import type { Language } from '../../../shared/i18n-languages.ts';
import type { Draft, DraftQuestion } from '../../../shared/model/drafts.ts';
import type { IndicatorValue } from '../../../shared/model/progress.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import { monitoringIndicator } from '../../../shared/reference/gbf-monitoring.ts';
import { csv, xlsx, type Cell, type Table } from '../files/tables.ts';
import { coreText } from '../i18n/texts.ts';
import type { Store } from '../store.ts';
import { getDraft } from './assemble.ts';

// The report pack: the draft as a workbook (one sheet per section; per national target one row;
// the indicator data in long form) or the indicator data as CSV. Headers and levels in the
// language asked for; codes as the frameworks write them.

type Text = (key: string) => string;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const indicatorCode = (id: string) => monitoringIndicator(id)?.code ?? id.replace(/^national:/, '');

function valuesTable(name: string, values: readonly IndicatorValue[], text: Text): Table {
  const seen = new Set<string>();
  const rows: Cell[][] = [];
  for (const v of values) {
    if (seen.has(v.id)) continue;
    seen.add(v.id);
    rows.push([indicatorCode(v.indicatorId), v.year, v.value ?? '', v.unit ?? '', v.question ?? '', v.answer ? text(`answers.${v.answer}`) : '', v.disaggregation ?? '', v.source ?? '', v.confidence ? text(`confidence.${v.confidence}`) : '']);
  }
  const headers = ['indicator', 'year', 'value', 'unit', 'question', 'answer', 'disaggregation', 'source', 'confidence'].map((c) => text(`pack.columns.${c}`));
  return { name, headers, rows };
}

function sectionTable(section: Draft['sections'][number], text: Text): Table {
  const name = `${text('pack.section')} ${section.number}`.slice(0, 31);
  const perTarget = section.questions.find((q) => q.kind === 'targetProgress');
  if (perTarget) {
    const headers = ['targetCode', 'targetTitle', 'level', 'actions', 'summary', 'challenges', 'effectiveness', 'indicators', 'asOf', 'assessedBy'].map((c) => text(`pack.columns.${c}`));
    const rows = perTarget.targets.map((t) => [
      t.code ?? '',
      t.title ?? '',
      t.progress ? text(`levels.${t.progress.level}`) : text('pack.missing'),
      t.progress?.actions ?? '',
      t.progress?.summary ?? '',
      t.progress?.challenges ?? '',
      t.progress?.effectiveness ?? '',
      [...new Set(t.values.map((v) => indicatorCode(v.indicatorId)))].join(', '),
      t.progress?.asOf ?? '',
      t.progress?.assessedByName ?? '',
    ]);
    return { name, headers, rows };
  }
  const headers = ['number', 'question', 'answer', 'state'].map((c) => text(`pack.columns.${c}`));
  const rows = section.questions.flatMap((q) => answerRows(q, text));
  return { name, headers, rows: rows.length ? rows : [[section.number, section.title, '', '']] };
}

function answerRows(q: DraftQuestion, text: Text): Cell[][] {
  const state = text(`states.${q.state}`);
  if (q.kind === 'frameworkProgress') {
    return q.items.map((i) => [q.number, frameworkItem(i.itemId)?.code ?? i.itemId, i.targets.map((t) => `${t.code ?? ''}${t.level ? ` (${text(`levels.${t.level}`)})` : ''}`).join('; '), i.targets.length ? text('states.shared') : text('states.missing')]);
  }
  if (q.kind === 'nationalTargets') return [[q.number, q.title, q.targets.map((t) => `${t.code ?? ''} ${t.title ?? ''}`.trim()).join('\n'), state]];
  if (q.kind === 'indicatorData') return [[q.number, q.title, [...new Set(q.values.map((v) => indicatorCode(v.indicatorId)))].join(', '), state]];
  return [[q.number, q.title, q.answer?.option ? q.answer.option : (q.answer?.text ?? ''), state]];
}

export async function reportPack(store: Store, reportId: string, format: 'xlsx' | 'csv', language: Language = 'en'): Promise<{ fileName: string; dataBase64: string; mime: string }> {
  const draft = getDraft(store, reportId);
  const text: Text = (key) => coreText(language, 'drafts', key);
  const base = `${draft.templateId.replace(/:/g, '-')}-${new Date().toISOString().slice(0, 10)}`;
  const values = draft.sections.flatMap((s) => s.questions).flatMap((q) => [...q.values, ...q.targets.flatMap((t) => t.values)]);
  const data = valuesTable(text('pack.indicatorData').slice(0, 31), values, text);
  if (format === 'csv') return { fileName: `${base}-indicator-data.csv`, dataBase64: csv(data).toString('base64'), mime: 'text/csv;charset=utf-8' };
  const workbook = await xlsx([...draft.sections.map((s) => sectionTable(s, text)), data]);
  return { fileName: `${base}.xlsx`, dataBase64: workbook.toString('base64'), mime: XLSX_MIME };
}
