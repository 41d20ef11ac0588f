import { hasContext, isStrictName, matchesStrict } from '../../../../core/analysis/jobAd/shortNames';

describe('isStrictName', () => {
  it('holds names of three characters or fewer and capitals up to five to their case', () => {
    expect(['R', 'Go', 'UPS', 'TAL', 'IaC', 'REST', 'SCORM'].every(isStrictName)).toBe(true);
    expect(['Python', 'Docker', 'LangChain', 'command line', 'PowerShell'].some(isStrictName)).toBe(false);
  });
});

describe('matchesStrict', () => {
  it('accepts the name as written or its plural, nothing else', () => {
    expect(matchesStrict('APIs', 'API')).toBe(true);
    expect(matchesStrict('UPS', 'UPS')).toBe(true);
    expect(matchesStrict('ups', 'UPS')).toBe(false);
    expect(matchesStrict('Taux', 'TAL')).toBe(false);
  });
});

describe('hasContext', () => {
  const check = (name: string, text: string) => {
    const at = text.indexOf(name);
    return hasContext(name, text.toLowerCase(), at, at + name.length);
  };

  it('takes R for the language only near other languages or statistics', () => {
    expect(check('R', 'Python or R for the analysis')).toBe(true);
    expect(check('R', 'Grade R, level 3 clearance')).toBe(false);
  });

  it('takes UPS for power equipment only near data-center words', () => {
    expect(check('UPS', 'maintain UPS and PDU units')).toBe(true);
    expect(check('UPS', 'ship parcels with UPS every day')).toBe(false);
  });

  it('lets other names through without context', () => {
    expect(check('SQL', 'SQL')).toBe(true);
  });
});
