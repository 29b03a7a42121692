import i18next from 'i18next';
import { isLanguage } from '../../shared/i18n-languages.ts';
import type { DeskCommand } from '../../shared/desk-commands.ts';
import { openBundleFile } from '../features/sync/open-file.ts';
import { useRoute } from '../state/route.ts';
import { useSettings } from '../state/settings.ts';
import { useSync } from '../state/sync.ts';
import { useToasts } from '../state/toasts.ts';
import { errorMessage } from '../ui/errors.ts';

// What the desktop commands do on the page: the same for the Electron menu (window.desk.onCommand)
// and, in browser mode, for the keyboard shortcuts the browser leaves to pages. A bundle opened by
// double-click or dropped anywhere on the window goes to the Exchange page's preview; nothing is
// imported before the user says so.

/** After the page has rendered the route just chosen. */
const afterRender = (fn: () => void): void => void setTimeout(fn, 50);
const inMain = <E extends Element>(selector: string) => document.querySelector<E>(`#main ${selector}`);

/** The element once the page shows it (a page opened a moment ago may still be loading), or null. */
async function whenShown<E extends Element>(selector: string, waitMs = 1500): Promise<E | null> {
  for (let waited = 0; waited <= waitMs; waited += 100) {
    const found = inMain<E>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

function say(message: string, tone: 'info' | 'error' = 'info'): void {
  useToasts.getState().show({ tone, message });
}

/** A bundle opened from outside, previewed on the Exchange page (its text, or a copy the core holds). */
async function previewOnExchange(preview: () => Promise<void>): Promise<void> {
  useRoute.getState().go('sync');
  try {
    await preview();
    afterRender(() => inMain<HTMLElement>('#preview-heading')?.scrollIntoView({ block: 'center' }));
  } catch (err) {
    say(errorMessage(i18next.t, err), 'error');
  }
}

export function runCommand(command: DeskCommand): void {
  const go = useRoute.getState().go;
  switch (command.command) {
    case 'new-record':
      return void whenShown<HTMLButtonElement>('[data-new-record]').then((button) => (button ? button.click() : say(i18next.t('common:commands.nothingToAdd'))));
    case 'search': {
      const search = inMain<HTMLInputElement>('input[type="search"]');
      if (search) return void search.focus();
      go('people');
      return afterRender(() => inMain<HTMLInputElement>('input[type="search"]')?.focus());
    }
    case 'import-bundle':
      go('sync');
      return afterRender(() => inMain<HTMLInputElement>('[data-testid="dropzone"] input[type="file"]')?.focus());
    case 'export-bundle':
      go('sync');
      return afterRender(() => inMain<HTMLButtonElement>('[data-export-bundle]')?.focus());
    case 'settings':
      return go('settings');
    case 'print':
      return window.print();
    case 'language':
      if (isLanguage(command.language)) void useSettings.getState().setLanguage(command.language);
      return;
    case 'open-bundle':
      return void previewOnExchange(() => useSync.getState().preview(command.fileName, command.text));
    case 'open-upload':
      return void previewOnExchange(() => useSync.getState().previewUploaded(command.fileName, command.uploadId));
    case 'open-refused':
      return say(i18next.t(`common:commands.refused.${command.reason}`, { file: command.fileName }), 'error');
  }
}

/** A file dropped anywhere but on a drop zone of its own: a bundle is previewed, anything else refused. */
export async function openDroppedFile(file: File): Promise<void> {
  if (!/\.(sdbundle|json)$/i.test(file.name)) return runCommand({ command: 'open-refused', fileName: file.name, reason: 'not_a_bundle' });
  // read or sent and previewed as if chosen on the Exchange page, which shows the progress and any refusal
  useRoute.getState().go('sync');
  await openBundleFile(file);
  afterRender(() => inMain<HTMLElement>(useSync.getState().pending ? '#preview-heading' : '#import-heading')?.scrollIntoView({ block: 'center' }));
}
