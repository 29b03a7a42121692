import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, readEarly, setTransport } from '../../renderer/api/client.ts';

// The first screen's reads leave before React renders (renderer/app/first-reads.ts): the first
// call with the same channel and input takes that answer, once; a later call asks again, and an
// answer left untaken for a few seconds is not used (it may be stale by then).

function countingDoor() {
  const asked: string[] = [];
  let n = 0;
  setTransport(async (channel, input) => {
    asked.push(`${channel} ${JSON.stringify(input)}`);
    return { ok: true, data: { answer: ++n } };
  });
  return asked;
}

afterEach(() => vi.useRealTimers());

describe('reads sent early', () => {
  it('answers the first equal call from the early read, and only that one', async () => {
    const asked = countingDoor();
    readEarly('attention.list', { today: '2026-12-02' });
    expect(asked).toEqual(['attention.list {"today":"2026-12-02"}']);
    // another input is another read
    expect(await call('attention.list', { today: '2026-12-03' })).toEqual({ answer: 2 });
    expect(await call('attention.list', { today: '2026-12-02' })).toEqual({ answer: 1 });
    expect(asked).toHaveLength(2);
    expect(await call('attention.list', { today: '2026-12-02' })).toEqual({ answer: 3 });
    expect(asked).toHaveLength(3);
  });

  it('does not use an early answer left untaken for more than a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const asked = countingDoor();
    readEarly('settings.get', {});
    vi.advanceTimersByTime(5000);
    expect(await call('settings.get', {})).toEqual({ answer: 2 });
    expect(asked).toHaveLength(2);
  });

  it('says a failed early read as the call would', async () => {
    setTransport(async () => ({ ok: false, error: { code: 'network', message: 'the desk is not reachable' } }));
    readEarly('settings.get', {});
    await expect(call('settings.get', {})).rejects.toMatchObject({ payload: { code: 'network' } });
  });
});
