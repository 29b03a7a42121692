import type { IndicatorEntry } from '../../../shared/contract/progress.ts';
import { gbfMonitoring } from '../../../shared/reference/gbf-monitoring.ts';
import type { Store } from '../store.ts';
import { listNationalIndicators, NATIONAL_PREFIX } from './indicators.ts';

/** Every indicator a value can be recorded for: the GBF monitoring framework, then the country's own. */
export function indicatorCatalog(store: Store): IndicatorEntry[] {
  const gbf = gbfMonitoring.map((m) => ({
    id: m.id,
    code: m.code,
    kind: m.kind,
    parent: m.parent,
    title: m.title,
    unit: null,
    questions: (m.questions ?? []).map((q) => ({ number: q.number, title: q.title, options: [...q.options] })),
  }));
  const national = listNationalIndicators(store).map((n) => ({ id: `${NATIONAL_PREFIX}${n.id}`, code: n.code, kind: 'national' as const, parent: n.nationalTargetId, title: n.title, unit: n.unit, questions: [] }));
  return [...gbf, ...national];
}
