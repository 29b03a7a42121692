export interface Figures {
  runs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function summarize(samples: number[]): Figures {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { runs: s.length, meanMs: round(s.reduce((a, b) => a + b, 0) / s.length), p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(s[s.length - 1]) };
}

export function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

interface LongTaskPage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
}

/** Main-thread long tasks (over 50 ms) in the page while `action` runs, and a little after. */
export async function longTasksDuring(page: LongTaskPage, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: false });
  });
  await action();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}
