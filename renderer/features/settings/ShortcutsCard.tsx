import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../../shared/desk-commands.ts';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** The keyboard shortcuts, as the menu has them; browser mode's alternative where the browser keeps the key. */
export function ShortcutsCard() {
  const { t } = useTranslation('settings');
  const mod = isMac ? '⌘' : 'Ctrl+';
  const inBrowser = !window.desk;
  return (
    <section className="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcuts.title')}</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.command} className="shortcut">
            <dt>{t(`shortcuts.${s.command}`)}</dt>
            <dd>
              <kbd dir="ltr">{`${mod}${s.key}`}</kbd>
              {inBrowser && s.browserAlternative && (
                <>
                  {' '}
                  {t('shortcuts.orInBrowser')} <kbd dir="ltr">{s.browserAlternative}</kbd>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('shortcuts.dropHint')}</p>
    </section>
  );
}
