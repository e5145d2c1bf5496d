/**
 * Pairs each finished check with the card that was planned for it. A result normally carries the inputs
 * it was planned with; if a check reports different inputs, it takes the first still-open card of the
 * same check, so no card is left "Checking…" forever. Pure.
 */

/** A key that tells apart two runs of the same check (two domains, two addresses). */
function checkKey(name: string, inputs: Record<string, string>): string {
  const parts = Object.keys(inputs ?? {}).sort().map((k) => `${k}=${inputs[k]}`);
  return `${name}|${parts.join('|')}`;
}

export interface SlotMatcher {
  /** Registers a planned check; returns its card key (made unique if the same check is planned twice). */
  plan: (name: string, inputs: Record<string, string>) => string;
  /** The card key for a finished check. */
  match: (name: string, inputs: Record<string, string>) => string;
}

export function createSlotMatcher(): SlotMatcher {
  const open: { key: string; name: string; base: string }[] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}#${n}`;
    used.add(key);
    return key;
  };
  return {
    plan(name, inputs) {
      const base = checkKey(name, inputs);
      const key = unique(base);
      open.push({ key, name, base });
      return key;
    },
    match(name, inputs) {
      const base = checkKey(name, inputs);
      let index = open.findIndex((o) => o.base === base);
      if (index === -1) index = open.findIndex((o) => o.name === name);
      if (index === -1) return unique(base);
      const [slot] = open.splice(index, 1);
      return slot!.key;
    },
  };
}
