// A JSON tree that can say what JSON.stringify cannot: duplicate keys, "__proto__" as an own key,
// raw number or bracket text. Used to mutate bundles below the level of the JSON parser.

export class Obj {
  constructor(public pairs: [string, Node][]) {}
}
/** text written as is (e.g. "1e400", "[[[[") */
export class Raw {
  constructor(public text: string) {}
}
export type Node = null | boolean | number | string | Node[] | Obj | Raw;

export function toTree(value: unknown): Node {
  if (Array.isArray(value)) return value.map(toTree);
  if (value && typeof value === 'object') return new Obj(Object.entries(value).map(([k, v]) => [k, toTree(v)]));
  return value as Node;
}

export function serialize(node: Node): string {
  if (node instanceof Raw) return node.text;
  if (node instanceof Obj) return `{${node.pairs.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(',')}}`;
  if (Array.isArray(node)) return `[${node.map(serialize).join(',')}]`;
  return JSON.stringify(node);
}

/** Every node with a way to replace it (the root has none). */
export interface Slot {
  node: Node;
  path: string;
  replace?: (n: Node) => void;
}

export function slots(root: Node): Slot[] {
  const out: Slot[] = [{ node: root, path: '$' }];
  const walk = (node: Node, path: string) => {
    if (node instanceof Obj) {
      for (const pair of node.pairs) {
        out.push({ node: pair[1], path: `${path}.${pair[0]}`, replace: (n) => (pair[1] = n) });
        walk(pair[1], `${path}.${pair[0]}`);
      }
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ node: child, path: `${path}[${i}]`, replace: (n) => (node[i] = n) });
        walk(child, `${path}[${i}]`);
      });
    }
  };
  walk(root, '$');
  return out;
}
