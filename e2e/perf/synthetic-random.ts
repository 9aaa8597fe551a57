/** A small deterministic PRNG (mulberry32): the same seed gives the same data set on every machine. */
export const random = (seed: number) => () => {
  let value = (seed += 0x6d2b79f5);
  value = Math.imul(value ^ (value >>> 15), value | 1);
  value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
  return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
};

/** A seed for one record of one kind, so any record can be made on its own, in any order. */
export const recordSeed = (seed: number, kind: number, index: number) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(kind + 1, 0xc2b2ae35) ^
    (index * 2_654_435_761)) >>>
  0;

export type Draw = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** An item by weight: `[item, weight]` pairs. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  chance: (probability: number) => boolean;
  uuid: () => string;
};

export const draw = (seed: number): Draw => {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let at = next() * total;
      for (const [item, weight] of items) {
        at -= weight;
        if (at < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    chance: (probability) => next() < probability,
    uuid: () =>
      'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
        const value = Math.floor(next() * 16);
        return (char === 'x' ? value : (value & 0x3) | 0x8).toString(16);
      }),
  };
};

const pad = (value: number) => String(value).padStart(2, '0');

/** `yyyy-MM-dd` of a day of the year (0 = 1 January), in UTC so every machine agrees. */
export const dayOfYear = (year: number, day: number) => {
  const date = new Date(Date.UTC(year, 0, 1 + day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** An ISO timestamp `offsetMs` after the start of a day of the year. */
export const timeOnDay = (year: number, day: number, offsetMs: number) =>
  new Date(Date.UTC(year, 0, 1 + day) + offsetMs).toISOString();
