import { analyzeFit, type ProgressEntry, type Role } from '../../../core';
import { csvCell, gapTableToCsv, planToCsv, toCsv } from '../../../core/export/csv';
import { exportCatalog, exportPlan, exportProgress, TRICKY_TITLE } from './fixtures';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') {
      expect(cell).toBe('');
      quoted = true;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else {
      expect(character).not.toMatch(/[\r\n]/);
      cell += character;
    }
  }
  return rows;
}

const role: Role = {
  id: 'ai-content-strategist',
  title: { en: 'AI content strategist', fr: 'Stratège de contenu IA' },
  family: 'ai-augmented',
  summary: { en: 'Plans content.', fr: 'Planifie des contenus.' },
  requirements: [
    { skillId: 'seo-content', level: 3, importance: 5 },
    { skillId: 'prompt-design', level: 2, importance: 4 },
  ],
  backgrounds: ['marketing'],
  hubs: [],
  onetCodes: [],
  sources: [],
  reviewed: '2026-08-30',
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as they are and empty values as empty cells', () => {
    expect(toCsv([[1.5, 0, null, undefined, Number.NaN]])).toBe('1.5,0,,,\r\n');
  });
});

describe('planToCsv', () => {
  it('has a header and one row per item, quoting and guarding text so it reads back exactly', () => {
    const plan = exportPlan();
    const rows = parseCsv(planToCsv(plan, exportCatalog, 'en', exportProgress()));
    expect(rows[0]).toEqual(['Status', 'Title', 'Provider', 'Start', 'End', 'Hours', 'Hours logged', 'Skills', 'Address']);
    expect(rows).toHaveLength(plan.items.length + 1);
    expect(rows[2]).toEqual([
      'in progress',
      TRICKY_TITLE,
      'École « Numérique », Paris',
      '2026-09-30',
      '2026-10-21',
      '7.5',
      '2.5',
      'Prompt design; SEO content, at scale',
      'https://courses.example.org/tricky-course?lang=fr&ref=skillgap',
    ]);
    expect(rows[3][1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows[3][2]).toBe("'+Provider");
    expect(rows[4].slice(1, 3)).toEqual(['Read “Co-Intelligence”, chapter 1–3', '']);
    for (const row of rows) expect(row).toHaveLength(9);
  });

  it('sums logged hours from the progress log of this plan only', () => {
    const plan = exportPlan();
    const progress: ProgressEntry[] = [
      { id: 'log-1', planId: plan.id, itemId: 'item-formula-course', date: '2026-10-22', hours: 1.25 },
      { id: 'log-2', planId: plan.id, itemId: 'item-formula-course', date: '2026-10-23', hours: 0.5 },
      { id: 'log-3', planId: 'another-plan', itemId: 'item-formula-course', date: '2026-10-23', hours: 9 },
    ];
    const rows = parseCsv(planToCsv(plan, exportCatalog, 'fr', progress));
    expect(rows[0][0]).toBe('Statut');
    expect(rows[3][6]).toBe('1.75');
    expect(rows[1][6]).toBe('0');
    expect(rows[1][0]).toBe('terminé');
  });
});

describe('gapTableToCsv', () => {
  it('lists every requirement of the fit with levels, weight and share', () => {
    const fit = analyzeFit({ background: 'marketing', skills: [{ skillId: 'seo-content', level: 1 }] }, role, exportCatalog);
    const rows = parseCsv(gapTableToCsv(fit, exportCatalog, 'fr'));
    expect(rows[0]).toEqual(['Compétence', 'Catégorie', 'Votre niveau', 'Niveau demandé', 'Écart', 'Importance', 'Poids', 'Part de l’écart (%)', 'Atteint']);
    expect(rows.slice(1)).toEqual([
      ['Contenu SEO, à grande échelle', 'marketing', '1', '3', '2', '5', '10', '55.56', 'non'],
      ['Conception de prompts', 'generative-ai', '0', '2', '2', '4', '8', '44.44', 'non'],
    ]);
  });
});
