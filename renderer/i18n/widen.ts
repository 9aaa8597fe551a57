/** A catalogue's shape with every literal string widened, so translations type-check against Finnish. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
