import './capacity.css';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../state/route.ts';
import { Segmented } from '../../ui/Segmented.tsx';
import { NeedsView } from './NeedsView.tsx';
import { TrainingsView } from './TrainingsView.tsx';

const TABS = { trainings: TrainingsView, needs: NeedsView } as const;
type Tab = keyof typeof TABS;
const isTab = (id: string | null): id is Tab => id !== null && Object.hasOwn(TABS, id);

/** #/capacity/<tab>: the trainings attended, and the capacity-building needs recorded. */
export function CapacityPage() {
  const { t } = useTranslation(['capacity']);
  const id = useRoute((s) => s.id);
  const go = useRoute((s) => s.go);
  const tab: Tab = isTab(id) ? id : 'trainings';
  const View = TABS[tab];
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <div className="toolbar">
        <Segmented label={t('tabs.label')} options={(Object.keys(TABS) as Tab[]).map((k) => ({ key: k, label: t(`tabs.${k}`) }))} value={tab} onChange={(k) => go('capacity', k)} />
      </div>
      <View />
    </div>
  );
}
