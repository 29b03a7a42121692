// Types of fresh.mjs for the TypeScript that imports it (the test helpers).
export const root: string;
export const CORE_SOURCES: string[];
export function isFresh(output: string, sources: string[]): boolean;
