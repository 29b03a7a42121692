import Database from 'better-sqlite3';

// The better-sqlite3 build the store was opened with (Electron needs its own ABI's build, passed as
// nativeBinding): every other file the core opens (backups) opens with the same one.

let nativeBinding: string | undefined;

export function useNativeBinding(binding: string | undefined): void {
  nativeBinding = binding;
}

export function currentNativeBinding(): string | undefined {
  return nativeBinding;
}

export function openSqlite(file: string, options: Omit<Database.Options, 'nativeBinding'> = {}): Database.Database {
  return new Database(file, { ...options, nativeBinding });
}
