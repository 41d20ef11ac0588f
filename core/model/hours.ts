/**
 * To the hundredth: how every figure of hours (and percentages derived from them) is shown,
 * exported and compared, so a sum of 0.1 + 0.2 logged hours reads 0.3 everywhere.
 */
export const toHundredths = (value: number): number => Math.round(value * 100) / 100;
