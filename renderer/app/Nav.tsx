import { useTranslation } from 'react-i18next';
import type { Feature, NavBadge } from '../features/feature.ts';
import { useRoute } from '../state/route.ts';
import { focusPageWhenShown } from '../ui/focus-page.ts';

const noBadge = (): NavBadge | null => null;

function NavEntry({ feature, current }: { feature: Feature; current: boolean }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const badge = (feature.nav?.useBadge ?? noBadge)();
  return (
    <li>
      <a
        href={`#/${feature.id}`}
        className={`nav-link${current ? ' nav-link--active' : ''}`}
        aria-current={current ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          go(feature.id);
          focusPageWhenShown(feature.id);
        }}
      >
        {t(feature.nav!.labelKey)}
        {badge && (
          <span className={`nav-badge${badge.tone ? ` nav-badge--${badge.tone}` : ''}`} aria-label={badge.label}>
            {badge.count}
          </span>
        )}
      </a>
    </li>
  );
}

/** The navigation: one entry per feature that has one, with its badge. */
export function Nav({ features, current }: { features: readonly Feature[]; current: string }) {
  return (
    <ul>
      {features
        .filter((f) => f.nav && f.Page)
        .map((f) => (
          <NavEntry key={f.id} feature={f} current={f.id === current} />
        ))}
    </ul>
  );
}
