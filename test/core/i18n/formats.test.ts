import { localeFormats } from '../../../core/i18n/formats';

describe('localeFormats', () => {
  it('writes days the way each language does, including the months whose short names differ most', () => {
    expect(localeFormats('en').formatDay('2027-09-09')).toBe('9 Sept 2027');
    expect(localeFormats('fr').formatDay('2027-09-09')).toBe('9 sept. 2027');
    expect(localeFormats('fr').formatDay('2027-05-01')).toBe('1 mai 2027');
    expect(localeFormats('en').formatDay('2024-02-29')).toBe('29 Feb 2024');
  });

  it('writes numbers and percentages with the separators of each language', () => {
    const space = (text: string) => text.replace(/\s/g, ' ');
    expect(localeFormats('en').formatNumber(1168.54)).toBe('1,168.5');
    expect(space(localeFormats('fr').formatNumber(1168.54))).toBe('1 168,5');
    expect(localeFormats('en').formatNumber(2.345, 2)).toBe('2.35');
    expect(localeFormats('en').formatPercent(0.18)).toBe('18%');
    expect(space(localeFormats('fr').formatPercent(0.18))).toBe('18 %');
  });

  it('builds the formats of a language once', () => {
    expect(localeFormats('fr')).toBe(localeFormats('fr'));
  });
});
