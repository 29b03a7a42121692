import type { OpValue } from '../../../shared/model/ops.ts';

/** The fields a save names; an absent one keeps its stored value. */
export function withoutUndefined(values: Record<string, unknown>): Record<string, OpValue> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, OpValue>;
}
