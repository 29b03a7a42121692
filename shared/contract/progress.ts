import { z } from 'zod';
import { indicatorValue, indicatorValueInput, nationalIndicator, nationalIndicatorInput, targetProgress, targetProgressInput } from '../model/progress.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// The national body of data every report draws on: progress of national targets, indicator values.

const indicatorEntry = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(['headline', 'binary', 'component', 'complementary', 'national']),
  /** the GBF goal or target it is numbered under; national indicators: their national target */
  parent: z.string().nullable(),
  /** the framework's English title, or the national indicator's own */
  title: z.string(),
  unit: z.string().nullable(),
  questions: z.array(z.object({ number: z.string(), title: z.string().nullable(), options: z.array(z.string()) })),
});
export type IndicatorEntry = z.infer<typeof indicatorEntry>;

export const progressChannels = {
  'progress.list': read(z.strictObject({ nationalTargetId: z.uuid().optional() }), z.array(targetProgress), ['targetProgress', 'person']),
  'progress.save': write(targetProgressInput, targetProgress),
  'indicators.catalog': read(empty, z.array(indicatorEntry), ['nationalIndicator']),
  'indicators.values': read(z.strictObject({ indicatorIds: z.array(z.string().max(100)).max(500).optional() }), z.array(indicatorValue), ['indicatorValue', 'person']),
  'indicators.saveValue': write(indicatorValueInput, indicatorValue),
  'indicators.deleteValue': write(z.strictObject({ id: z.string().max(200) }), z.object({ id: z.string() })),
  'indicators.saveNational': write(nationalIndicatorInput, nationalIndicator),
};
