import { useTranslation } from 'react-i18next';
import { useToasts } from '../state/toasts.ts';

/** Print the page with its print CSS; in Electron also save it as a PDF the user places. */
export function PrintButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const desk = typeof window !== 'undefined' ? window.desk : undefined;
  const save = async () => {
    const r = (await desk!.printToPDF!(fileName)) as { ok: boolean; data?: { saved: string | null }; error?: { message: string } };
    if (!r.ok) show({ tone: 'error', message: t('print.failed') });
    else if (r.data?.saved) show({ tone: 'info', message: t('print.saved', { file: r.data.saved }) });
  };
  return (
    <div className="no-print form-actions">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('print.print')}
      </button>
      {desk?.printToPDF && (
        <button type="button" className="button" onClick={() => void save()}>
          {t('print.savePdf')}
        </button>
      )}
    </div>
  );
}
