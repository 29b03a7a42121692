import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';
import { useQuery } from '../state/queries.ts';
import type { TaskKind } from '../../shared/contract/tasks.ts';

/** A determinate bar with its percentage in words; without a total yet, an indeterminate one. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const { i18n } = useTranslation();
  const share = total > 0 ? Math.min(1, done / total) : null;
  const percent = share === null ? null : formatNumber(Math.round(share * 100), i18n.language);
  return (
    <div className="progress" role="status">
      <span>{percent === null ? label : `${label} ${percent} %`}</span>
      <progress aria-label={label} max={1} value={share ?? undefined} />
    </div>
  );
}

/** The core's long work of these kinds, as it goes (the change feed announces each step). */
export function TaskProgress({ kinds, label }: { kinds: readonly TaskKind[]; label: (kind: TaskKind, subject: string | null) => string }) {
  const tasks = (useQuery('tasks.list', {}).data ?? []).filter((t) => kinds.includes(t.kind));
  return (
    <>
      {tasks.map((t) => (
        <ProgressBar key={t.id} label={label(t.kind, t.subject)} done={t.done} total={t.total} />
      ))}
    </>
  );
}
