import { createI18next, createTranslator, hasMessage, translatorOf, withPluralFallbacks } from '../../../core/i18n';

const en = createTranslator('en');
const fr = createTranslator('fr');

describe('createTranslator', () => {
  it('fills {name} placeholders, does not escape them and keeps unknown ones visible', () => {
    expect(en('save.saved', { time: '10:15' })).toBe('Saved at 10:15');
    expect(fr('save.saved', { time: '10:15' })).toBe('Enregistré à 10:15');
    expect(en('save.saved')).toBe('Saved at {time}');
    expect(en('dialog.printFailed', { detail: '<b> & "x"' })).toBe('The plan could not be printed: <b> & "x"');
  });

  it('remembers answers without mixing up values, types or keys', () => {
    expect(en('save.saved', { time: '10:15' })).toBe('Saved at 10:15');
    expect(en('save.saved', { time: '11:00' })).toBe('Saved at 11:00');
    expect(en('fit.uncovered', { count: 1 })).toBe('1 gap no course covers');
    expect(en('fit.uncovered', { count: 2 })).toBe('2 gaps no course covers');
    expect(en('fit.uncovered', { count: 1 })).toBe('1 gap no course covers');
    expect(fr('menu.file')).toBe('Fichier');
    expect(fr('menu.edit')).toBe('Édition');
  });

  it('speaks the words of main and of the CLI from the same tables', () => {
    expect(en('menu.file')).toBe('File');
    expect(fr('menu.file')).toBe('Fichier');
    expect(fr('reminder.bodyNextItem', { title: 'SQL' })).toBe('Au programme : SQL');
    expect(fr('cli.reason.no-course')).toBe('aucun cours n’enseigne ce niveau');
  });

  it.each([
    [0, '0 roles', '0 métier'],
    [1, '1 role', '1 métier'],
    [2, '2 roles', '2 métiers'],
  ])('picks the CLDR plural of each language for %i', (count, english, french) => {
    expect(en('matrix.count.roles', { count })).toBe(english);
    expect(fr('matrix.count.roles', { count })).toBe(french);
  });

  it("falls back to `.other` for a category a table does not write (French 'many', a million)", () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(fr('matrix.count.roles', { count: 1_000_000 }).replace(/\s/g, ' ')).toBe('1 000 000 métiers');
    expect(en('matrix.count.roles', { count: 1_000_000 })).toBe('1,000,000 roles');
  });

  it('writes the count the way the language writes numbers, and keeps the other values', () => {
    expect(en('matrix.count.skills', { count: 1400 })).toBe('1,400 skills');
    expect(fr('matrix.count.skills', { count: 1400 }).replace(/\s/g, ' ')).toBe('1 400 compétences');
    expect(en('matrix.count.filtered', { shown: '3', total: '14 roles' })).toBe('3 of 14 roles');
  });

  it('fills only the missing categories of a plural', () => {
    const filled = withPluralFallbacks('fr', { 'x.one': 'un', 'x.other': 'des', 'y.one': 'a', 'y.other': 'b', 'y.many': 'c' });
    expect(filled).toEqual({ 'x.one': 'un', 'x.other': 'des', 'x.many': 'des', 'y.one': 'a', 'y.other': 'b', 'y.many': 'c' });
    expect(withPluralFallbacks('en', { 'x.one': 'one', 'x.other': 'other' })).toEqual({ 'x.one': 'one', 'x.other': 'other' });
  });

  it('falls back to English for a key a partial table lacks (the types keep real tables complete)', () => {
    const t = translatorOf(createI18next('fr', { en: { 'menu.file': 'File', 'menu.edit': 'Edit' }, fr: { 'menu.file': 'Fichier' } }));
    expect(t('menu.file')).toBe('Fichier');
    expect(t('menu.edit')).toBe('Edit');
  });

  it('recognises keys built at run time', () => {
    expect(hasMessage('family.data-center')).toBe(true);
    expect(hasMessage('family.unknown')).toBe(false);
  });
});
