import { z } from 'zod';
import { membership, membershipInput } from '../model/membership.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

export const membershipChannels = {
  'membership.list': read(empty, z.array(membership), ['membership']),
  'membership.set': write(membershipInput, z.array(membership)),
};
