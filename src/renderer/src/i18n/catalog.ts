// The shape every language's catalog must have: exactly the French catalog's keys, each a string.
// A missing or extra key in another language is a compile error, not a blank in the UI.

/** The keys of `T` (the French catalog), with every leaf a string and every branch a catalog too. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
