import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import type { alignmentInput, NationalTarget } from '../../../shared/model/targets.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import type { Store } from '../store.ts';
import { rowState } from '../records/crud.ts';
import { deleteRow, restoreRow, writeFields } from '../sync/write.ts';
import { frameworkOf, isAlignable } from './items.ts';
import { getTarget } from './read.ts';
import { requireLiveTarget } from './service.ts';

// Alignment of a national target to a framework goal, target or objective. The row id is
// deterministic, so two desks aligning the same pair edit one row (and differing degrees conflict).

export const alignmentId = (nationalTargetId: string, frameworkItemId: string) => `${nationalTargetId}__${frameworkItemId}`;

/** Sets (or updates, or brings back) the alignment of a target to an item. A note left out stays as it was. */
export function setAlignment(store: Store, input: z.output<typeof alignmentInput>): NationalTarget {
  const item = frameworkItem(input.frameworkItemId);
  if (!isAlignable(item)) {
    throw new AppError('invalid_input', 'align a national target to a goal, target or objective, not an indicator', {}, [{ path: 'frameworkItemId', code: 'framework_item_invalid' }]);
  }
  const id = alignmentId(input.nationalTargetId, item.id);
  store.write(() => {
    requireLiveTarget(store, input.nationalTargetId);
    if (rowState(store, 'alignment', id) === 'deleted') restoreRow(store, 'alignment', id);
    const values: Record<string, OpValue> = {
      nationalTargetId: input.nationalTargetId,
      frameworkItemId: item.id,
      convention: frameworkOf(item.id)?.convention ?? null,
      degree: input.degree,
    };
    if (input.note !== undefined) values.note = input.note;
    writeFields(store, 'alignment', id, values);
  });
  return getTarget(store, input.nationalTargetId);
}

export function removeAlignment(store: Store, input: { nationalTargetId: string; frameworkItemId: string }): NationalTarget {
  const id = alignmentId(input.nationalTargetId, input.frameworkItemId);
  store.write(() => {
    requireLiveTarget(store, input.nationalTargetId);
    if (rowState(store, 'alignment', id) !== 'live') throw new AppError('not_found', 'this national target is not aligned to that item', { entity: 'alignment', id });
    deleteRow(store, 'alignment', id);
  });
  return getTarget(store, input.nationalTargetId);
}
