import { readFileSync } from 'node:fs';
import { MAX_JOB_AD_LENGTH, jobAdInput, proposeRoleFromAd, type ProposedRole } from '../../../../core/analysis/jobAd';
import { RoleSchema } from '../../../../core/model/catalog';
import { sampleCatalog } from '../sampleCatalog';

const catalog = sampleCatalog();
const options = { id: 'pasted-ad', title: 'Pasted ad', today: '2026-11-24' };

function propose(text: string): ProposedRole {
  return proposeRoleFromAd(text, catalog, options);
}

function fixture(name: string): ProposedRole {
  return propose(readFileSync(new URL(`../../../fixtures/job-ads/${name}`, import.meta.url), 'utf8'));
}

/** skill id -> [level, importance] of the proposed requirements. */
function needs(proposal: ProposedRole): Record<string, [number, number]> {
  return Object.fromEntries(proposal.role.requirements.map((item) => [item.skillId, [item.level, item.importance]]));
}

describe('proposeRoleFromAd on realistic postings', () => {
  const cases: Array<{ file: string; found: string[]; notFound: string[]; expected: Record<string, [number, number]> }> = [
    {
      file: 'ai-engineer.txt',
      found: ['python', 'pytorch', 'llm', 'rag', 'fine-tuning', 'deep-learning', 'docker', 'git', 'kubernetes', 'cloud-platforms', 'langchain', 'computer-vision', 'software-engineering'],
      // "R&D", "go-to-market", "We go from idea", "C-suite" name no language.
      notFound: ['r-language', 'go-language', 'c-language', 'seo'],
      expected: {
        python: [4, 4], // "Expert Python" in Requirements
        pytorch: [3, 4], // "strong PyTorch"
        rag: [3, 5], // "Hands-on experience with RAG", required and named 4 times
        kubernetes: [1, 2], // "Familiarity with Kubernetes" under Nice to have
        'computer-vision': [1, 2], // "Exposure to computer vision"
      },
    },
    {
      file: 'data-annotator.txt',
      found: ['data-annotation', 'annotation-guidelines', 'quality-assurance', 'attention-to-detail', 'spreadsheets', 'generative-ai-tools', 'customer-support'],
      notFound: ['r-language', 'python', 'networking'],
      expected: {
        spreadsheets: [2, 4], // "Working knowledge of spreadsheets" under What we're looking for
        'generative-ai-tools': [1, 2], // "Basic familiarity" under Bonus
        'annotation-guidelines': [2, 3], // responsibilities only
      },
    },
    {
      file: 'seo-content-marketer.txt',
      found: ['seo', 'content-writing', 'web-analytics', 'generative-ai-tools', 'prompt-engineering', 'cms', 'marketing-strategy', 'statistics'],
      notFound: ['go-language', 'r-language', 'python'],
      expected: {
        seo: [3, 5], // "3+ years of SEO experience with proven results", Must have, 4 mentions
        'content-writing': [3, 4], // "Excellent copywriting"
        statistics: [2, 2], // "A/B testing" under A plus
      },
    },
    {
      file: 'data-center-technician.txt',
      found: ['hardware-maintenance', 'networking', 'power-cooling', 'electrical-safety', 'linux', 'infrastructure-monitoring', 'it-service-management', 'customer-support'],
      notFound: ['docker', 'python', 'r-language'],
      expected: {
        linux: [1, 4], // "Linux command line basics" in Requirements
        'electrical-safety': [2, 5], // required and named 4 times
        'power-cooling': [2, 4], // named 4 times, never in Requirements
      },
    },
    {
      file: 'consultant-ia.fr.txt',
      found: ['ai-strategy', 'business-analysis', 'generative-ai-tools', 'llm', 'data-architecture', 'change-management', 'stakeholder-management', 'ai-governance', 'project-management', 'python', 'sql', 'data-visualization', 'marketing-strategy'],
      // "R&D" is no language; "réseaux sociaux" is marketing, not networking; "votre CV" no skill.
      notFound: ['r-language', 'networking', 'computer-vision', 'deep-learning'],
      expected: {
        'project-management': [4, 4], // "Excellente maîtrise de la gestion de projet" in Profil recherché
        'change-management': [3, 4], // "Expérience confirmée en conduite du changement"
        python: [1, 4], // "Notions de Python"
        'business-analysis': [2, 3], // "cas d'usage à plus forte valeur": not "a plus"
        'marketing-strategy': [2, 2], // under Atouts, "est un plus"
      },
    },
  ];

  it.each(cases)('finds the expected skills in $file and none of the traps', ({ file, found, notFound }) => {
    const ids = fixture(file).mentions.map((mention) => mention.skillId);
    for (const id of found) expect(ids, `${id} in ${file}`).toContain(id);
    for (const id of notFound) expect(ids, `${id} in ${file}`).not.toContain(id);
  });

  it.each(cases)('proposes levels and importances from the cues of $file', ({ file, expected }) => {
    expect(needs(fixture(file))).toMatchObject(expected);
  });

  it.each(cases)('proposes a valid custom role from $file', ({ file }) => {
    const { role, evidence } = fixture(file);
    expect(RoleSchema.safeParse(role).success).toBe(true);
    expect(role).toMatchObject({
      id: 'pasted-ad',
      title: { en: 'Pasted ad', fr: 'Pasted ad' },
      custom: true,
      family: 'adjacent',
      sources: [{ title: 'Job posting pasted by the person' }],
      reviewed: '2026-11-24',
      backgrounds: [],
      hubs: [],
      onetCodes: [],
    });
    expect(evidence.map((item) => item.skillId)).toEqual(role.requirements.map((item) => item.skillId));
  });
});

describe('proposeRoleFromAd cues', () => {
  it('defaults to level 2 and importance 3 without any cue', () => {
    expect(needs(propose('We use Python.'))).toEqual({ python: [2, 3] });
    expect(propose('We use Python.').evidence[0]).toMatchObject({ levelCue: null, importanceReason: 'default', count: 1 });
  });

  it('gives a cue between two skills to the one it is written against', () => {
    expect(needs(propose('5+ years of Python, strong SQL and basic Docker.'))).toEqual({
      python: [4, 3],
      sql: [3, 3],
      docker: [1, 3],
    });
  });

  it('applies a cue after a list of skills to every skill of the list', () => {
    expect(needs(propose('We use Python. Docker and Kubernetes are a plus.'))).toEqual({
      python: [2, 3],
      docker: [2, 2],
      kubernetes: [2, 2],
    });
  });

  it('lets an inline cue override the section', () => {
    const text = 'Requirements\n- Python\n- Docker is a plus\nNice to have\n- AWS (required)';
    expect(needs(propose(text))).toEqual({ python: [2, 4], 'cloud-platforms': [2, 4], docker: [2, 2] });
  });

  it('raises importance for a skill named three times, to 5 when also required', () => {
    expect(needs(propose('SQL daily. SQL reports. SQL tuning.'))).toEqual({ sql: [2, 4] });
    expect(propose('SQL daily. SQL reports. SQL tuning.').evidence[0].importanceReason).toBe('repeated');
    expect(needs(propose('Must have: SQL. SQL reports. SQL tuning.'))).toEqual({ sql: [2, 5] });
    expect(needs(propose('Nice to have\n- SQL\n- SQL reports\n- SQL tuning'))).toEqual({ sql: [2, 2] });
  });

  it('keeps the strongest level cue of all mentions', () => {
    expect(needs(propose('Basic SQL for reports. Later, advanced SQL for pipelines.'))).toEqual({ sql: [3, 3] });
  });

  it('orders requirements by importance, then level, then first mention', () => {
    const text = 'Nice to have: Docker.\nRequirements:\n- Strong Python\n- SQL';
    expect(propose(text).role.requirements.map((item) => item.skillId)).toEqual(['python', 'sql', 'docker']);
  });

  it('does not take a usual heading for a skill that has its words as an alias', () => {
    const withAlias = {
      ...catalog,
      skills: catalog.skills.map((entry) =>
        entry.id === 'business-analysis' ? { ...entry, aliases: [...entry.aliases, 'requirements'] } : entry,
      ),
    };
    const text = 'Requirements\n- Python\n- Gather requirements from users';
    const proposal = proposeRoleFromAd(text, withAlias, options);
    expect(needs(proposal)).toEqual({ python: [2, 4], 'business-analysis': [2, 4] });
    expect(proposal.mentions.find((mention) => mention.skillId === 'business-analysis')).toMatchObject({
      count: 1,
      matchedText: 'requirements',
      firstIndex: text.indexOf('requirements'),
    });
  });

  it('proposes no requirement when no skill is named', () => {
    const proposal = propose('We are a friendly team looking for a motivated person.');
    expect(proposal.mentions).toEqual([]);
    expect(proposal.role.requirements).toEqual([]);
    expect(proposal.evidence).toEqual([]);
  });
});

describe('proposeRoleFromAd cue binding', () => {
  it('keeps a cue written right after a skill with that skill', () => {
    expect(needs(propose('Python expert, SQL basics.'))).toEqual({ python: [4, 3], sql: [1, 3] });
  });
});

/** `unit` repeated to exactly `length` characters. */
function filled(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// Each of these took seconds before issue #12 (quadratic steps); they must finish within the
// default test timeout and still read the paste right.
describe('proposeRoleFromAd on pastes at the length cap', () => {
  it('reads one skill named on every line of a 50,000-character paste', () => {
    const proposal = propose(filled('python ', MAX_JOB_AD_LENGTH));
    expect(proposal.input).toEqual({ readLength: MAX_JOB_AD_LENGTH, totalLength: MAX_JOB_AD_LENGTH, truncated: false });
    expect(proposal.mentions).toHaveLength(1);
    expect(proposal.mentions[0]).toMatchObject({ skillId: 'python', count: Math.ceil(MAX_JOB_AD_LENGTH / 7) });
    expect(proposal.evidence[0]).toMatchObject({ level: 2, importance: 4, importanceReason: 'repeated' });
  });

  it('gives a cue that ends one long sentence of skills to every skill of it', () => {
    const text = `${'Python and SQL and '.repeat(2600)}expert.`;
    expect(needs(propose(text))).toEqual({ python: [4, 4], sql: [4, 4] });
  });

  it('reads a cue across a long run of spaces', () => {
    expect(needs(propose(`Python${' '.repeat(MAX_JOB_AD_LENGTH - 20)}is required`))).toEqual({ python: [2, 4] });
    expect(needs(propose(`5${' '.repeat(MAX_JOB_AD_LENGTH - 20)}years of Python`))).toEqual({ python: [4, 3] });
  });

  it.each([
    ['whitespace only', filled(' \t\n', MAX_JOB_AD_LENGTH)],
    ['a word, spaces, a word', `a${' '.repeat(MAX_JOB_AD_LENGTH - 2)}b`],
    ['a number, then spaces', `5${' '.repeat(MAX_JOB_AD_LENGTH - 1)}`],
    ['one long line without spaces', filled('abcdefghij', MAX_JOB_AD_LENGTH)],
    ['cue words only', filled('expert is a plus, required ', MAX_JOB_AD_LENGTH)],
  ])('finds nothing in %s', (_name, text) => {
    expect(propose(text).mentions).toEqual([]);
  });

  it('reads a list of skills repeated in many sentences and many headings', () => {
    const proposal = propose(filled('Requirements:\n- Python, SQL and Docker.\n', MAX_JOB_AD_LENGTH));
    expect(Object.keys(needs(proposal)).sort()).toEqual(['docker', 'python', 'sql']);
    expect(proposal.evidence.every((item) => item.importance === 5)).toBe(true);
  });
});

describe('the length cap', () => {
  it('reads a paste of exactly MAX_JOB_AD_LENGTH characters whole', () => {
    expect(jobAdInput('x'.repeat(MAX_JOB_AD_LENGTH))).toEqual({
      readLength: MAX_JOB_AD_LENGTH,
      totalLength: MAX_JOB_AD_LENGTH,
      truncated: false,
    });
  });

  it('reads a longer paste up to the last space before the cap, and says so', () => {
    const before = 'SQL '.repeat((MAX_JOB_AD_LENGTH - 4) / 4);
    const text = `${before}Python and more`;
    const proposal = propose(text);
    expect(proposal.input).toEqual({ readLength: before.length - 1, totalLength: text.length, truncated: true });
    // "Python" straddles the cap: cut at the space before it rather than read "Py".
    expect(Object.keys(needs(proposal))).toEqual(['sql']);
  });

  it('never cuts a character written with two code units in half', () => {
    const text = '😀'.repeat(MAX_JOB_AD_LENGTH);
    const { readLength } = jobAdInput(text);
    expect(readLength).toBe(MAX_JOB_AD_LENGTH);
    expect(jobAdInput(`x${text}`).readLength).toBe(MAX_JOB_AD_LENGTH - 1);
  });
});
