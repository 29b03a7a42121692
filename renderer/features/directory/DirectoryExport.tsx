import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import { call } from '../../api/client.ts';
import { FileExportCard } from '../../ui/FileExportCard.tsx';
import { TaskProgress } from '../../ui/ProgressBar.tsx';

const FORMATS = ['xlsx', 'csv', 'vcard'] as const;

/** The directory as Excel, CSV or contact cards, saved as a file. */
export function DirectoryExport() {
  const { t, i18n } = useTranslation('directory');
  return (
    <FileExportCard
      title={t('export.title')}
      intro={t('export.intro')}
      formats={FORMATS.map((format) => ({ format, label: t(`export.${format}`) }))}
      make={(format) => call('directory.export', { format, language: isLanguage(i18n.language) ? i18n.language : undefined })}
      preparing={t('export.preparing')}
      progress={<TaskProgress kinds={['spreadsheetExport']} label={() => t('export.writing')} />}
      saved={(file) => t('export.saved', { file })}
    />
  );
}
