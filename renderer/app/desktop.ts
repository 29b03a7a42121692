import { useEffect } from 'react';
import { SHORTCUTS } from '../../shared/desk-commands.ts';
import { openDroppedFile, runCommand } from './commands.ts';

// The shell's desktop conventions: commands from the Electron menu, or (browser mode) the same
// shortcuts from the keyboard; a file dropped anywhere on the window.

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

function shortcutOf(e: KeyboardEvent) {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return SHORTCUTS.find((s) => (mod && !e.altKey && key === s.key) || (s.browserAlternative === 'Alt+Shift+N' && e.altKey && e.shiftKey && !mod && e.code === 'KeyN'));
}

export function useDesktopIntegration(): void {
  useEffect(() => {
    const desk = window.desk;
    // in Electron the menu owns the shortcuts: listening here as well would run each command twice
    const stopCommands = desk?.onCommand ? desk.onCommand(runCommand) : null;
    const onKey = (e: KeyboardEvent) => {
      const shortcut = shortcutOf(e);
      if (!shortcut) return;
      e.preventDefault();
      runCommand({ command: shortcut.command });
    };
    if (!stopCommands) window.addEventListener('keydown', onKey);
    // a drop on a drop zone of its own is that zone's (it prevents the default); any other is ours
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer?.files.length) return;
      e.preventDefault();
      void openDroppedFile(e.dataTransfer.files[0]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      stopCommands?.();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
