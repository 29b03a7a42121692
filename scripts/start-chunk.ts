import type { Plugin } from 'vite';

/**
 * The renderer's first screen as one script. Left to itself the bundler cuts the modules that
 * the entry and the lazy pages share into some thirty small chunks, and the browser fetched them
 * six at a time over HTTP/1.1 (about 200 ms on these machines). This plugin finds, once the graph
 * is known, every module the entry reaches by static imports; `startChunk` puts them in one chunk.
 * The pages themselves stay lazy.
 */
export function startChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const reached = new Set<string>();
  const plugin: Plugin = {
    name: 'synergy-desk:start-chunk',
    apply: 'build',
    buildEnd() {
      reached.clear();
      const todo = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (todo.length) {
        const id = todo.pop()!;
        if (reached.has(id)) continue;
        reached.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name: 'start', test: (id) => reached.has(id) } };
}
