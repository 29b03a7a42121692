import { z } from 'zod';
import { ATTENTION_KINDS, URGENCIES } from '../attention.ts';
import { todayInput } from '../model/focal-points.ts';
import { read } from './define.ts';

// The home screen: what needs attention, across every area, with who the user is.

const attentionItem = z.object({
  id: z.string(),
  kind: z.enum(ATTENTION_KINDS),
  urgency: z.enum(URGENCIES),
  date: z.string().nullable(),
  conventions: z.array(z.string()),
  mine: z.boolean(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  link: z.object({ area: z.string(), id: z.string().nullable() }),
});

export const homeChannels = {
  // every area feeds it: no topic list, any change reloads it
  // the navigation's count, without the items (a long list is a long task for the renderer)
  'attention.summary': read(todayInput, z.object({ overdue: z.number().int(), soon: z.number().int(), open: z.number().int() })),
  'attention.list': read(todayInput, z.object({ items: z.array(attentionItem), me: z.object({ personId: z.string(), name: z.string().nullable(), designationIds: z.array(z.string()) }).nullable() })),
};
