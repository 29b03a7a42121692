import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { isLanguage } from '../../../shared/i18n-languages.ts';
import { call } from '../../api/client.ts';
import { FileExportCard } from '../../ui/FileExportCard.tsx';

/** The deadlines as a calendar file for Outlook, Thunderbird or a phone; a new export updates the events. */
export function CalendarExport() {
  const { t, i18n } = useTranslation('reporting');
  return (
    <FileExportCard
      title={t('calendar.title')}
      intro={t('calendar.intro')}
      formats={[{ format: 'ics' as const, label: t('calendar.ics') }]}
      make={() => call('reporting.calendar', { today: localToday(), language: isLanguage(i18n.language) ? i18n.language : undefined })}
      preparing={t('calendar.preparing')}
      saved={(file) => t('calendar.saved', { file })}
    />
  );
}
