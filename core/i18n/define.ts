/**
 * Each feature keeps its English strings in en/<feature>.ts and its French ones in
 * fr/<feature>.ts, typed `Translation<typeof en>`: a French table must have exactly the English
 * keys, so a missing (or stray) translation is a type error rather than a blank label.
 */
export type Translation<T> = { readonly [K in keyof T]: string };
