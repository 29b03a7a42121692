import type { RunningApp } from './app-server.ts';

// Reads browser mode's change feed (GET /events) as a page would: with the session cookie the
// first page load sets, one server-sent event at a time.

export interface FeedEvent {
  topics: string[];
  external: boolean;
}

export async function sessionCookie(app: RunningApp): Promise<string> {
  const res = await fetch(app.url);
  const cookie = res.headers.get('set-cookie') ?? '';
  await res.arrayBuffer();
  return cookie.split(';')[0];
}

export interface Feed {
  /** the next event matching `test`, or a rejection after timeoutMs */
  next(test?: (e: FeedEvent) => boolean, timeoutMs?: number): Promise<FeedEvent>;
  /** every data line received so far, as sent */
  raw: string[];
  close(): void;
}

export async function openFeed(app: RunningApp, cookie: string): Promise<Feed> {
  const controller = new AbortController();
  const res = await fetch(`${app.origin}/events`, { headers: { cookie }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`feed refused: ${res.status}`);
  const events: FeedEvent[] = [];
  const raw: string[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          raw.push(data.slice(6));
          events.push(JSON.parse(data.slice(6)) as FeedEvent);
          for (const w of waiters.splice(0)) w();
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    raw,
    async next(test = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const i = events.findIndex(test);
        if (i >= 0) return events.splice(0, i + 1).at(-1)!;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching change event within ${timeoutMs} ms (saw ${JSON.stringify(raw)})`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    close: () => controller.abort(),
  };
}
