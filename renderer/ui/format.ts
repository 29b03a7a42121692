import { downloadBlob } from './files.ts';

/** Dates and numbers in the interface language, through Intl. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}
