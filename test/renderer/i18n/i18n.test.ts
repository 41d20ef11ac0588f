import { createI18n, hasMessage, isLoaded, translate } from '../../../renderer/src/i18n';

describe('translate', () => {
  it('goes through the shared tables of the loaded languages', () => {
    expect(isLoaded('en') && isLoaded('fr')).toBe(true);
    expect(translate('en', 'save.saved', { time: '10:15' })).toBe('Saved at 10:15');
    expect(translate('fr', 'save.saved', { time: '10:15' })).toBe('Enregistré à 10:15');
    expect(translate('en', 'save.saved')).toBe('Saved at {time}');
  });

  it('writes plurals with the count, in both languages', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect([0, 1, 2].map((count) => en.t('fit.uncovered', { count }))).toEqual([
      '0 gaps no course covers',
      '1 gap no course covers',
      '2 gaps no course covers',
    ]);
    expect([0, 1, 2].map((count) => fr.t('fit.uncovered', { count }))).toEqual([
      '0 écart qu’aucun cours ne couvre',
      '1 écart qu’aucun cours ne couvre',
      '2 écarts qu’aucun cours ne couvre',
    ]);
  });

  it('recognises keys built at run time', () => {
    expect(hasMessage('family.data-center')).toBe(true);
    expect(hasMessage('family.unknown')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes days, hours and percentages the way each language does', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.formatDay('2027-02-03')).toBe('3 Feb 2027');
    expect(fr.formatDay('2027-02-03')).toBe('3 févr. 2027');
    expect(en.formatHours(2.5)).toBe('2.5 h');
    expect(fr.formatHours(2.5)).toBe('2,5 h');
    expect(en.formatPercent(0.473)).toBe('47%');
    expect(fr.formatPercent(0.473).replace(/\s/g, ' ')).toBe('47 %');
  });

  it('writes weekdays, times and axis ticks in the language on screen, whatever the system locale', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.formatWeekday('2027-02-03')).toBe('Wednesday 3 Feb');
    expect(fr.formatWeekday('2027-02-03')).toBe('mercredi 3 févr.');
    expect(en.formatTime(new Date(2027, 1, 3, 9, 5))).toBe('09:05');
    expect(fr.formatTime(new Date(2027, 1, 3, 21, 30))).toBe('21:30');
    expect(en.formatTick('2027-07-14', 'day')).toBe('14 Jul');
    expect(fr.formatTick('2027-07-14', 'month')).toBe('juil. 2027');
  });
});
