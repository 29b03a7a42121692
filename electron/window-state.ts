import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { writeFileAtomically } from './core/db/atomic-write.ts';

// The window opens where the user left it: size, position, maximized, full screen, kept in
// <userData>/window-state.json. The file is ours but lives on the user's disk, so it is read as
// untrusted (any problem: the defaults), and a position saved on a monitor that is gone now is
// moved back onto one that is there. Only type imports from 'electron': tests hand in fakes.

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
const SAVE_DELAY_MS = 500;

const windowStateFile = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_SIZE.height).max(100_000),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});

/** Where and how the window opens; no x/y: centred by the system. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { ...DEFAULT_SIZE, maximized: false, fullScreen: false };

/** The saved state, or the defaults when the file is missing, unreadable or not ours. Never throws. */
export function readWindowState(dir: string): WindowState {
  try {
    const parsed = windowStateFile.safeParse(JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
    if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
    const { x, y, ...rest } = parsed.data;
    // a position needs both coordinates
    return x !== undefined && y !== undefined ? { x, y, ...rest } : rest;
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The state made to fit the current displays' work areas: the window lands wholly on the display it
 * overlaps most (shrunk if that display is smaller); on none of them, it is centred on the first.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const placed = state.x !== undefined && state.y !== undefined;
  const rect = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: state.height };
  const best = placed ? workAreas.reduce((a, b) => (overlap(rect, b) > overlap(rect, a) ? b : a)) : workAreas[0];
  const width = Math.min(state.width, best.width);
  const height = Math.min(state.height, best.height);
  if (!placed || overlap(rect, best) === 0) {
    return { ...state, width, height, x: best.x + Math.round((best.width - width) / 2), y: best.y + Math.round((best.height - height) / 2) };
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  return { ...state, width, height, x: clamp(rect.x, best.x, best.x + best.width - width), y: clamp(rect.y, best.y, best.y + best.height - height) };
}

/** The BrowserWindow size and position options for a state. */
export function windowBounds(state: WindowState): { x?: number; y?: number; width: number; height: number } {
  return state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y, width: state.width, height: state.height } : { width: state.width, height: state.height };
}

type WindowEvent = 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close';

/** What is used of a BrowserWindow. */
export interface TrackedWindow extends Pick<BrowserWindow, 'getBounds' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen' | 'isDestroyed' | 'maximize' | 'setFullScreen'> {
  on(event: WindowEvent, listener: () => void): unknown;
}

/** Maximized and full screen are applied once the window exists (bounds alone cannot say them). */
export function restoreWindowMode(win: Pick<TrackedWindow, 'maximize' | 'setFullScreen'>, state: WindowState): void {
  if (state.maximized) win.maximize();
  if (state.fullScreen) win.setFullScreen(true);
}

/** What the window is now: its normal bounds when maximized, minimized or full screen (so un-maximizing later has a size). */
export function currentWindowState(win: TrackedWindow): WindowState {
  const special = win.isMaximized() || win.isMinimized() || win.isFullScreen();
  const { x, y, width, height } = special ? win.getNormalBounds() : win.getBounds();
  return { x, y, width: Math.max(width, MIN_SIZE.width), height: Math.max(height, MIN_SIZE.height), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

export function saveWindowState(dir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomically(path.join(dir, WINDOW_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
  } catch (err) {
    // losing the window's place is not worth an error dialog
    console.error('Synergy Desk: cannot save the window state:', err);
  }
}

/** Saves the state after moves and resizes (debounced) and at once when the window closes. */
export function trackWindowState(win: TrackedWindow, dir: string, delayMs = SAVE_DELAY_MS): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!win.isDestroyed()) saveWindowState(dir, currentWindowState(win));
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('enter-full-screen', later);
  win.on('leave-full-screen', later);
  win.on('close', save);
}
