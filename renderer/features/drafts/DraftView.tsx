import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FileExportCard } from '../../ui/FileExportCard.tsx';
import { formatDateTime, formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { PrintButton } from '../../ui/PrintButton.tsx';
import { reportSubject } from '../reporting/labels.ts';
import { QuestionView } from './QuestionView.tsx';

const STATES = ['shared', 'here', 'carried', 'missing'] as const;

function ChangesCard({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation(['drafts']);
  const { data } = useQuery('drafts.changes', { reportId });
  if (!data || data.length === 0) return null;
  const show = (field: string | null, v: unknown) =>
    v === null || v === undefined ? t('nothing') : field === 'level' ? t(`levels.${String(v)}`) : field === 'answer' ? t(`answers.${String(v)}`) : /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? formatDay(String(v), i18n.language) : String(v);
  return (
    <section className="card stack notice--warn" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading', { count: data.length })}</h2>
      <p>{t('changes.hint')}</p>
      <ul className="plain-list">
        {data.map((c) => (
          <li key={`${c.entity}|${c.id}|${c.field}`}>
            <bdi>{c.label}</bdi> ·{' '}
            {c.kind === 'added' ? (
              t(`changes.added.${c.entity}`)
            ) : (
              <>
                {t(`changes.fields.${c.field}`, { defaultValue: c.field ?? '' })}: <del>{show(c.field, c.before)}</del> → <ins>{show(c.field, c.after)}</ins>
              </>
            )}{' '}
            <span className="muted">({formatDateTime(c.at, i18n.language)}, {c.here ? t('here') : t('elsewhere')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A national report draft: the template's questions answered from the shared records, or here, or missing. */
export function DraftView({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation(['drafts', 'reporting']);
  const go = useRoute((s) => s.go);
  const show = useToasts((s) => s.show);
  const { data: fresh, error, reload } = useQuery('drafts.get', { reportId });
  // a long draft renders in the background, in slices: the window never freezes
  const data = useDeferredValue(fresh);
  const report = useQuery('reporting.deadlines', {}).data?.items.find((r) => r.id === reportId);
  const canEdit = report?.applies !== false;
  const start = () => call('drafts.start', { reportId }).catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  return (
    <div className="page page--wide draft">
      <header className="page-top">
        <div>
          <p className="no-print">
            <a href="#/reporting" onClick={(e) => (e.preventDefault(), go('reporting'))}>
              {t('back')}
            </a>
          </p>
          <h1>{reportSubject(t, reportId)}</h1>
          {data && (
            <p className="muted">
              <span lang="en" dir="ltr">
                {data.title}
              </span>{' '}
              · {t('templateConfidence', { level: t(`confidence.${data.confidence}`) })}
            </p>
          )}
          {report?.submittedOn && <p>{t('submittedOn', { date: formatDay(report.submittedOn, i18n.language), ref: report.submissionRef ?? '—' })}</p>}
        </div>
        <PrintButton fileName={`${reportId.replace(/[:_]+/g, '-')}-draft.pdf`} />
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <>
          <p className="draft-counts" aria-label={t('countsLabel')}>
            {STATES.map((s) => (
              <span key={s} className={`chip chip--${s}`}>
                {t(`counts.${s}`, { count: data.counts[s] })}
              </span>
            ))}
          </p>
          {data.previousReportId && canEdit && (
            <p className="notice no-print">
              {t('startHint', { report: reportSubject(t, data.previousReportId) })}{' '}
              <button type="button" className="button button--small" onClick={() => void start()}>
                {t('start')}
              </button>
            </p>
          )}
          <ChangesCard reportId={reportId} />
          {data.sections.map((s) => (
            <section key={s.id} className="card stack draft-section" aria-labelledby={`sec-${s.id}`}>
              <h2 id={`sec-${s.id}`}>
                {t('pack.section')} {s.number} — <span lang="en">{s.title}</span>
              </h2>
              <ol className="draft-questions">
                {s.questions.map((q) => (
                  <QuestionView key={q.id} reportId={reportId} q={q} canEdit={canEdit} />
                ))}
              </ol>
            </section>
          ))}
          <p className="muted">
            {t('sourceLabel')} <span lang="en">{data.source}</span>
          </p>
          <div className="no-print">
            <FileExportCard
              title={t('packTitle')}
              intro={t('packIntro')}
              formats={[
                { format: 'xlsx' as const, label: t('packXlsx') },
                { format: 'csv' as const, label: t('packCsv') },
              ]}
              make={(format) => call('drafts.pack', { reportId, format, language: isLanguage(i18n.language) ? i18n.language : undefined })}
              preparing={t('packPreparing')}
              saved={(file) => t('packSaved', { file })}
            />
          </div>
        </>
      )}
    </div>
  );
}
