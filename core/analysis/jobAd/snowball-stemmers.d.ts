/** Types for snowball-stemmers 0.6.0 (ISC), which ships none: only what text.ts uses. */
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
