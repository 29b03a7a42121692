import { peersChannels } from '../../../shared/contract/peers.ts';
import { defineArea } from '../area.ts';
import { addPeer, listPeers, removePeer } from './service.ts';

/** Known colleagues and their signing keys. */
export const peersArea = defineArea({
  name: 'peers',
  channels: peersChannels,
  handlers: {
    'peers.list': (s) => listPeers(s),
    'peers.add': (s, i) => addPeer(s, i),
    'peers.remove': (s, i) => removePeer(s, i.id),
  },
});
