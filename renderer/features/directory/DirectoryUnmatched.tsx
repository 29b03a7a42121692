import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryPreview } from '../../../shared/model/directory.ts';
import { conventions, instruments } from '../../../shared/reference/conventions.ts';
import { roleTypes } from '../../../shared/reference/roles.ts';
import { useDirectoryImport } from '../../state/directory.ts';
import { errorMessage } from '../../ui/errors.ts';
import { instrumentName, roleTitle } from '../focal-points/roles.ts';

type Entry = DirectoryPreview['unmatched'][number];
const LEAVE_OUT = '-';

/** The options for one value: the role types of its treaty (all, if it names none), or the conventions and agreements. */
function useOptions(entry: Entry): { value: string; label: string }[] {
  const { t } = useTranslation(['reference']);
  if (entry.kind === 'treaty') {
    return [...conventions.map((c) => ({ value: c.id, label: instrumentName(t, c.id) })), ...instruments.map((i) => ({ value: i.id, label: instrumentName(t, i.id) }))];
  }
  const scope = entry.scope ? (instruments.find((i) => i.id === entry.scope) ?? conventions.find((c) => c.id === entry.scope)) : undefined;
  const convention = scope ? ('convention' in scope ? scope.convention : scope.id) : null;
  const instrumentId = scope && 'convention' in scope ? scope.id : null;
  return roleTypes
    .filter((r) => !convention || r.convention === convention)
    .filter((r) => !instrumentId || !r.instrument || r.instrument === instrumentId)
    .map((r) => ({ value: r.id, label: `${roleTitle(t, r.id)}${r.instrument ? ` (${instrumentName(t, r.instrument)})` : ''}` }));
}

function UnmatchedRow({ entry, onError }: { entry: Entry; onError: (message: string | null) => void }) {
  const { t } = useTranslation(['directory', 'reference', 'errors']);
  const id = useId();
  const choose = useDirectoryImport((s) => s.choose);
  const options = useOptions(entry);
  const [busy, setBusy] = useState(false);
  const value = entry.choice ? (entry.choice.to ?? LEAVE_OUT) : '';
  const pick = async (to: string) => {
    onError(null);
    setBusy(true);
    const instrumentId = entry.scope && instruments.some((i) => i.id === entry.scope) ? entry.scope : null;
    try {
      await choose({ kind: entry.kind, text: entry.text, scope: entry.scope, to: to === LEAVE_OUT ? null : to, instrumentId });
    } catch (err) {
      onError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr>
      <td>
        <strong dir="auto">{entry.text}</strong>
        <div className="muted">
          {t(`import.unmatched.${entry.kind}`)}
          {entry.scope && ` · ${t('import.unmatched.in', { scope: instrumentName(t, entry.scope) })}`}
        </div>
      </td>
      <td>{t('import.unmatched.rows', { count: entry.rows.length })}</td>
      <td>
        <label htmlFor={id} className="visually-hidden">
          {t('import.unmatched.label', { text: entry.text })}
        </label>
        <select id={id} value={value} disabled={busy} onChange={(e) => void pick(e.target.value)}>
          <option value="" disabled>
            {t('import.unmatched.choose')}
          </option>
          <option value={LEAVE_OUT}>{t('import.unmatched.leaveOut')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

/** Each treaty or role text the desk did not recognise, once, for the user to map or leave out. */
export function DirectoryUnmatched({ onError }: { onError: (message: string | null) => void }) {
  const { t } = useTranslation('directory');
  const preview = useDirectoryImport((s) => s.preview);
  if (!preview || preview.unmatched.length === 0) return null;
  const pending = preview.unmatched.filter((u) => !u.choice).length;
  return (
    <section className="stack" aria-labelledby="directory-unmatched-heading">
      <h3 id="directory-unmatched-heading">{t('import.unmatched.title')}</h3>
      <p className="muted">{t('import.unmatched.hint')}</p>
      {pending > 0 && <p className="notice notice--warn">{t('import.unmatched.pending', { count: pending })}</p>}
      <table className="table">
        <tbody>
          {preview.unmatched.map((u) => (
            <UnmatchedRow key={u.key} entry={u} onError={onError} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
