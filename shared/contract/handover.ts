import { z } from 'zod';
import { handoverPack } from '../model/handover.ts';
import { todayInput } from '../model/focal-points.ts';
import { read } from './define.ts';

// The handover pack of a designation: one read, composed in the core; the page prints it.

export const handoverChannels = {
  // drawn from nearly every area and from the Exchange history: any change reloads it
  'handover.get': read(todayInput.extend({ designationId: z.uuid() }), handoverPack),
};
