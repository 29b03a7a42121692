import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import { call } from '../../api/client.ts';
import { FileExportCard } from '../../ui/FileExportCard.tsx';

/** National targets, alignments and coverage as a workbook (or the alignments as CSV) to send on. */
export function TargetsExport() {
  const { t, i18n } = useTranslation('targets');
  return (
    <FileExportCard
      title={t('export.title')}
      intro={t('export.intro')}
      formats={[
        { format: 'xlsx' as const, label: t('export.xlsx') },
        { format: 'csv' as const, label: t('export.csv') },
      ]}
      make={(format) => call('targets.export', { format, language: isLanguage(i18n.language) ? i18n.language : undefined })}
      preparing={t('export.preparing')}
      saved={(file) => t('export.saved', { file })}
    />
  );
}
