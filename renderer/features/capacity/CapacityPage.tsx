import './capacity.css';
import { TabbedPage } from '../../ui/TabbedPage.tsx';
import { NeedsView } from './NeedsView.tsx';
import { TrainingsView } from './TrainingsView.tsx';

const TABS = { trainings: TrainingsView, needs: NeedsView };

/** #/capacity/<tab>: the trainings attended, and the capacity-building needs recorded. */
export function CapacityPage() {
  return <TabbedPage area="capacity" namespace="capacity" tabs={TABS} />;
}
