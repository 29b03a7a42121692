import { z } from 'zod';
import { conflictItem, resolveDeletedInput, resolveInput } from '../model/sync.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

export const conflictsChannels = {
  // conflicts may arise in any entity, and their labels name rows of others: any change reloads it
  'conflicts.list': read(empty, z.array(conflictItem)),
  'conflicts.resolve': write(resolveInput, z.array(conflictItem)),
  'conflicts.resolveDeleted': write(resolveDeletedInput, z.array(conflictItem)),
};
