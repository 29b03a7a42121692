import './drafts.css';
import { useRoute } from '../../state/route.ts';
import { DraftView } from './DraftView.tsx';
import { ReuseView } from './ReuseView.tsx';

/** #/drafts: who draws on which records; #/drafts/<report>: that report's draft. */
export function DraftsPage() {
  const id = useRoute((s) => s.id);
  return id ? <DraftView key={id} reportId={id} /> : <ReuseView />;
}
