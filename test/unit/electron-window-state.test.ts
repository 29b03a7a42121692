import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  readWindowState,
  restoreWindowMode,
  trackWindowState,
  WINDOW_STATE_FILE,
  windowBounds,
  type WindowState,
} from '../../electron/window-state.ts';

// The window's remembered place, with a fake window and fake displays ('electron' is mocked):
// saved after moves (debounced) and on close, read back, a damaged file ignored, a place on a
// monitor that is gone moved back onto one that is there, maximized and full screen restored.
vi.mock('electron', () => ({}));

type Listener = () => void;

function fakeWindow(bounds: Rectangle) {
  const listeners = new Map<string, Listener[]>();
  const win = {
    bounds,
    normal: bounds,
    maximized: false,
    fullScreen: false,
    destroyed: false,
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return win;
    }),
    getBounds: vi.fn(() => win.bounds),
    getNormalBounds: vi.fn(() => win.normal),
    isMaximized: vi.fn(() => win.maximized),
    isMinimized: vi.fn(() => false),
    isFullScreen: vi.fn(() => win.fullScreen),
    isDestroyed: vi.fn(() => win.destroyed),
    maximize: vi.fn(),
    setFullScreen: vi.fn(),
    emit: (event: string) => (listeners.get(event) ?? []).forEach((l) => l()),
  };
  return win;
}

const FULL_HD: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

let dir: string;
const file = () => path.join(dir, WINDOW_STATE_FILE);
const saved = () => JSON.parse(fs.readFileSync(file(), 'utf8')) as WindowState;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-window-'));
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading the saved state', () => {
  it('defaults without a file', () => {
    expect(readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    expect(readWindowState(path.join(dir, 'nowhere'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('defaults for a damaged or foreign file, never a crash', () => {
    for (const content of [
      '{"x": 10, "y": 20, "width": 1000, "heig',
      '',
      'null',
      '[]',
      '"hello"',
      '{"width": "wide", "height": 700}',
      '{"width": 1000}',
      '{"width": 10, "height": 10}',
      '{"width": 1e9, "height": 700}',
      '{"width": 1000.5, "height": 700}',
      '{"width": 1000, "height": 700, "maximized": "yes"}',
      '{"__proto__": {"width": 1000}, "height": 700}',
    ]) {
      fs.writeFileSync(file(), content);
      expect(readWindowState(dir), content).toEqual(DEFAULT_WINDOW_STATE);
    }
    fs.rmSync(file());
    fs.mkdirSync(file()); // a folder where the file should be
    expect(readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads a good file; a position needs both coordinates', () => {
    fs.writeFileSync(file(), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: true, fullScreen: false }));
    expect(readWindowState(dir)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true, fullScreen: false });
    fs.writeFileSync(file(), JSON.stringify({ x: 100, width: 1000, height: 700 }));
    expect(readWindowState(dir)).toEqual({ width: 1000, height: 700, maximized: false, fullScreen: false });
    expect(windowBounds(readWindowState(dir))).toEqual({ width: 1000, height: 700 });
  });
});

describe('saving', () => {
  it('after moves and resizes, once they stop (debounced), and at once on close; written atomically', () => {
    vi.useFakeTimers();
    const win = fakeWindow({ x: 10, y: 20, width: 1000, height: 700 });
    trackWindowState(win, dir, 500);
    win.emit('move');
    win.bounds = { x: 30, y: 40, width: 1100, height: 750 };
    win.emit('resize');
    vi.advanceTimersByTime(400);
    expect(fs.existsSync(file())).toBe(false);
    win.emit('resize');
    vi.advanceTimersByTime(499);
    expect(fs.existsSync(file())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(saved()).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: false, fullScreen: false });
    expect(win.getBounds).toHaveBeenCalledTimes(1);

    win.bounds = { x: 0, y: 0, width: 900, height: 600 };
    win.emit('close');
    expect(saved()).toMatchObject({ x: 0, y: 0, width: 900, height: 600 });
    // nothing half-written is left next to it
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    // the pending save (none) does not write after close
    win.destroyed = true;
    win.emit('move');
    vi.advanceTimersByTime(1000);
    expect(saved()).toMatchObject({ width: 900 });
  });

  it('a maximized or full-screen window saves its normal bounds and the mode', () => {
    const win = fakeWindow({ x: 0, y: 0, width: 1920, height: 1040 });
    win.normal = { x: 200, y: 100, width: 1000, height: 700 };
    win.maximized = true;
    trackWindowState(win, dir);
    win.emit('close');
    expect(saved()).toEqual({ x: 200, y: 100, width: 1000, height: 700, maximized: true, fullScreen: false });
    win.maximized = false;
    win.fullScreen = true;
    win.emit('close');
    expect(saved()).toEqual({ x: 200, y: 100, width: 1000, height: 700, maximized: false, fullScreen: true });
    // and it reads back
    expect(readWindowState(dir)).toEqual(saved());
  });

  it('a folder that cannot be written is no crash', () => {
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file, not a folder');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const win = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 });
    trackWindowState(win, blocked);
    expect(() => win.emit('close')).not.toThrow();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('fitting to the displays', () => {
  const state = (s: Partial<WindowState>): WindowState => ({ ...DEFAULT_WINDOW_STATE, ...s });

  it('keeps a window that is on a display where it is', () => {
    const s = state({ x: 100, y: 50, width: 1000, height: 700 });
    expect(fitToDisplays(s, [FULL_HD])).toEqual(s);
    const right = state({ x: 2100, y: 100, width: 1600, height: 1000 });
    expect(fitToDisplays(right, [FULL_HD, RIGHT_MONITOR])).toEqual(right);
  });

  it('centres a window saved on a monitor that is gone on the first display', () => {
    const s = state({ x: 2100, y: 100, width: 1000, height: 700, maximized: true });
    expect(fitToDisplays(s, [FULL_HD])).toEqual({ ...s, x: 460, y: 170 });
    // far off in negative space too
    expect(fitToDisplays(state({ x: -5000, y: -3000, width: 1000, height: 700 }), [FULL_HD])).toMatchObject({ x: 460, y: 170 });
  });

  it('pulls a window half off the edge back in, onto the display it overlaps most', () => {
    expect(fitToDisplays(state({ x: 1500, y: 600, width: 1000, height: 700 }), [FULL_HD])).toMatchObject({ x: 920, y: 340, width: 1000, height: 700 });
    // mostly on the right monitor: it goes there
    expect(fitToDisplays(state({ x: 1800, y: -200, width: 1000, height: 700 }), [FULL_HD, RIGHT_MONITOR])).toMatchObject({ x: 1920, y: 0 });
  });

  it('shrinks a window larger than its display', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1280, height: 720 };
    expect(fitToDisplays(state({ x: 0, y: 0, width: 1920, height: 1040 }), [small])).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
  });

  it('gives an unplaced window a centred place; no displays known: unchanged', () => {
    expect(fitToDisplays(state({}), [FULL_HD])).toMatchObject({ x: 320, y: 90, width: 1280, height: 860 });
    expect(fitToDisplays(state({ x: 5, y: 5 }), [])).toEqual(state({ x: 5, y: 5 }));
  });
});

describe('restoring the mode', () => {
  it('maximizes and goes full screen as saved, and not otherwise', () => {
    const win = fakeWindow(FULL_HD);
    restoreWindowMode(win, DEFAULT_WINDOW_STATE);
    expect(win.maximize).not.toHaveBeenCalled();
    expect(win.setFullScreen).not.toHaveBeenCalled();
    restoreWindowMode(win, { ...DEFAULT_WINDOW_STATE, maximized: true, fullScreen: true });
    expect(win.maximize).toHaveBeenCalledTimes(1);
    expect(win.setFullScreen).toHaveBeenCalledWith(true);
  });
});
