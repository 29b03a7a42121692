import { z } from 'zod';
import { peer, peerInput } from '../model/sync.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// Known colleagues and the keys their desks sign bundles with.

export const peersChannels = {
  'peers.list': read(empty, z.array(peer), ['peers', 'exports']),
  'peers.add': write(peerInput, z.array(peer), ['peers']),
  'peers.remove': write(z.strictObject({ id: z.number().int() }), z.array(peer), ['peers']),
};
