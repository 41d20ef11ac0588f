import { levelName, readinessText } from '../../../../renderer/src/components/FitFormat/fitFormat';
import { createI18n } from '../../../../renderer/src/i18n';

describe('fit formatting', () => {
  it('writes readiness from the floored percent, so 100% means fully ready', () => {
    expect(readinessText({ numerator: 59, denominator: 60, totalGapWeight: 1, percent: 98 }, createI18n('en'))).toBe('98%');
    expect(readinessText({ numerator: 1, denominator: 3, totalGapWeight: 2, percent: 33 }, createI18n('fr')).replace(/\s/g, ' ')).toBe('33 %');
  });

  it('names levels, clamping anything outside 0-4', () => {
    const { t } = createI18n('en');
    expect(levelName(3, t)).toBe('Proficient');
    expect(levelName(7, t)).toBe('Expert');
  });
});
