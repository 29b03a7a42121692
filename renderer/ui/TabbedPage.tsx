import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../state/route.ts';
import { Segmented } from './Segmented.tsx';

interface TabbedPageProps {
  /** the route: #/<area>/<tab> */
  area: string;
  /** the locale namespace with title, subtitle, tabs.label and tabs.<tab> */
  namespace: string;
  /** the views, in the order of the switch; the first is shown when the address names none */
  tabs: Record<string, ComponentType>;
}

/** A page of several views, one at a time, the view in the address (#/<area>/<tab>). */
export function TabbedPage({ area, namespace, tabs }: TabbedPageProps) {
  const { t } = useTranslation([namespace]);
  const id = useRoute((s) => s.id);
  const go = useRoute((s) => s.go);
  const keys = Object.keys(tabs);
  const tab = id !== null && Object.hasOwn(tabs, id) ? id : keys[0];
  const View = tabs[tab];
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <div className="toolbar">
        <Segmented label={t('tabs.label')} options={keys.map((k) => ({ key: k, label: t(`tabs.${k}`) }))} value={tab} onChange={(k) => go(area, k)} />
      </div>
      <View />
    </div>
  );
}
