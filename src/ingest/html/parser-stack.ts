/**
 * htmlparser2 keeps its open elements in an array with the innermost first, and adds and removes them
 * with `unshift` and `shift`: each moves the whole array, so markup nested N deep costs N² (200,000
 * nested `<div>`s, 1.2 MB, took 40 s of CPU), and a stray end tag scans every open element with `indexOf`.
 * This is the same array as the parser sees it (innermost first: `[0]`, `length`, `unshift`, `shift`,
 * `indexOf`, `length = 0`), kept in the other order underneath, so that opening and closing an element
 * cost O(1) and an end tag with no open element of its name costs O(1) too (a count per name).
 * Installed on every parser by `htmlParser()` (dom.ts).
 */

/** A stack that reads like an array with its top at index 0. */
export function topFirstStack<T>(initial: readonly T[] = []): T[] {
  // Bottom first: the top is the last element.
  const items: T[] = [...initial].reverse();
  const counts = new Map<T, number>();
  const count = (x: T, by: number) => {
    const n = (counts.get(x) ?? 0) + by;
    if (n > 0) counts.set(x, n);
    else counts.delete(x);
  };
  for (const x of items) count(x, 1);
  const methods: Record<string, unknown> = {
    unshift(...xs: T[]): number {
      for (let i = xs.length - 1; i >= 0; i--) {
        items.push(xs[i]!);
        count(xs[i]!, 1);
      }
      return items.length;
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const x = items.pop()!;
      count(x, -1);
      return x;
    },
    indexOf(x: T): number {
      if (!counts.has(x)) return -1;
      for (let j = items.length - 1; j >= 0; j--) if (items[j] === x) return items.length - 1 - j;
      return -1;
    },
  };
  const index = (prop: string | symbol): number => {
    if (typeof prop !== "string" || prop.length === 0) return -1;
    for (let i = 0; i < prop.length; i++) {
      const c = prop.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
    }
    return Number(prop);
  };
  return new Proxy(items, {
    get(target, prop, receiver) {
      if (prop === "length") return items.length;
      const i = index(prop);
      if (i >= 0) return items[items.length - 1 - i];
      if (typeof prop === "string" && prop in methods) return methods[prop];
      return Reflect.get(target, prop, receiver) as unknown;
    },
    set(target, prop, value) {
      if (prop === "length") {
        // Keeps the `value` innermost elements (the parser only ever empties the stack).
        const keep = Math.max(0, Math.min(items.length, Number(value)));
        for (const x of items.splice(0, items.length - keep)) count(x, -1);
        return true;
      }
      const i = index(prop);
      if (i >= 0 && i < items.length) {
        const j = items.length - 1 - i;
        count(items[j]!, -1);
        items[j] = value as T;
        count(value as T, 1);
        return true;
      }
      return Reflect.set(target, prop, value);
    },
  });
}
