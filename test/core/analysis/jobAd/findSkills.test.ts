import { findSkillsInText } from '../../../../core/analysis/jobAd';
import { snippetAround } from '../../../../core/analysis/jobAd/findSkills';
import { skill } from '../builders';
import { loadCatalog } from './evaluate';

const skills = [
  skill('r-language', [], 'R'),
  skill('go-language', ['Golang'], 'Go'),
  skill('c-language', [], 'C'),
  skill('cpp', ['C++']),
  skill('rag', ['retrieval augmented generation', 'RAG']),
  skill('llm', ['large language model', 'LLM']),
  skill('language-models', ['language model']),
  skill('fine-tuning', ['fine-tuning']),
  skill('deep-learning', ['réseau de neurones']),
  skill('networking', ['réseaux']),
  skill('node', ['Node.js']),
  skill('ai-act', ['AI Act']),
  skill('genai', ['IA générative']),
].map((entry) => ({ ...entry, name: { en: entry.aliases[0] ?? entry.id, fr: entry.name.fr } }));
// The short names: R and Go are both the English and French name of their skill.
skills[0].name = { en: 'R', fr: 'R' };
skills[1].name = { en: 'Go', fr: 'Go' };
skills[2].name = { en: 'C', fr: 'C' };

const ids = (text: string) => findSkillsInText(text, skills).map((mention) => mention.skillId);

describe('findSkillsInText', () => {
  it('matches case- and accent-insensitively', () => {
    expect(ids('Expérience en IA GENERATIVE et en ia générative')).toEqual(['genai']);
    expect(findSkillsInText('ia generative, IA Générative', skills)[0].count).toBe(2);
  });

  it('tolerates English and French plurals', () => {
    expect(ids('Large Language Models')).toEqual(['llm']);
    expect(ids('des réseaux de neurones profonds')).toEqual(['deep-learning']);
  });

  it('treats spaces, hyphens and underscores inside a name alike, and joined words too', () => {
    expect(ids('Retrieval-Augmented Generation')).toEqual(['rag']);
    expect(ids('retrieval_augmented  generation')).toEqual(['rag']);
    expect(ids('fine tuning and finetuning and fine-tuning')).toEqual(['fine-tuning']);
    expect(findSkillsInText('fine tuning and finetuning and fine-tuning', skills)[0].count).toBe(3);
    expect(ids('Node.js services')).toEqual(['node']);
  });

  it('does not join words across sentence punctuation', () => {
    expect(ids('Retrieval, augmented generation')).toEqual([]);
  });

  it('matches a name split over a line break', () => {
    expect(ids('large language\n  models')).toEqual(['llm']);
  });

  it('matches names of one or two characters only as whole words with the same case', () => {
    expect(ids('Statistics in R and Python')).toEqual(['r-language']);
    expect(ids('We use Go and C daily')).toEqual(['go-language', 'c-language']);
    expect(ids('Go-getter, R&D lab, C-suite, let us go, r programming, e.g. C.V. required')).toEqual([]);
    expect(ids('Modern C++ and C/C++ interop')).toEqual(['cpp', 'c-language']);
  });

  it('does not match a name inside a longer word', () => {
    expect(ids('Ragged edges, dragging, coverage')).toEqual([]);
    expect(ids('Golangci-lint')).toEqual([]);
  });

  it('prefers the longest overlapping name', () => {
    expect(ids('a large language model')).toEqual(['llm']);
    expect(ids('a small language model')).toEqual(['language-models']);
    expect(ids('réseaux de neurones et réseaux')).toEqual(['deep-learning', 'networking']);
  });

  it('reports counts, the first match as written, offsets and a snippet', () => {
    const text = 'We build RAG systems. Our retrieval-augmented generation stack is new. RAG!';
    const [mention] = findSkillsInText(text, skills);
    expect(mention).toMatchObject({ skillId: 'rag', count: 3, firstIndex: 9, matchedText: 'RAG' });
    expect(mention.occurrences[1]).toEqual({ start: 26, end: 56 });
    // 50 characters either side of the first match, cut back to whole words.
    expect(mention.snippet).toBe('We build RAG systems. Our retrieval-augmented generation');
  });

  it('sorts mentions by first appearance', () => {
    expect(ids('LLM first, then RAG, then R and SQL')).toEqual(['llm', 'rag', 'r-language']);
  });

  it('finds nothing in an empty text or with no skills', () => {
    expect(findSkillsInText('', skills)).toEqual([]);
    expect(findSkillsInText('RAG and R', [])).toEqual([]);
  });
});

describe('snippetAround', () => {
  it('cuts at whole words about 50 characters either side and puts it on one line', () => {
    const text = `${'word '.repeat(30)}MATCH\n\n${'tail '.repeat(30)}`;
    const start = text.indexOf('MATCH');
    const snippet = snippetAround(text, start, start + 5);
    expect(snippet).toMatch(/^word( word)* MATCH tail( tail)*$/);
    expect(snippet.length).toBeLessThanOrEqual(5 + 2 * 50);
  });
});

describe('findSkillsInText on the built-in catalog (the traps of issue #16)', () => {
  const catalog = loadCatalog();
  const builtIn = (text: string) => findSkillsInText(text, catalog.skills).map((mention) => mention.skillId);

  it.each([
    ['a link is no HTTP', 'Apply at https://acme.example/jobs today', 'api-development'],
    ['start-ups are no UPS', 'We help start-ups grow', 'data-center-power'],
    ['R$100 is no R', 'Pay: R$100 to R$150 per hour', 'statistics'],
    ['Canva is no Canvas', 'Produce visuals with Canva', 'learning-management-systems'],
    ['Taux is no TAL', 'Taux horaire de 25 €', 'nlp'],
    ['Excellent is no Excel', 'Excellent written English', 'spreadsheets'],
    ['managers are no management', 'Work with hiring managers', 'people-management'],
    ['génie is no GenAI', 'Techniciens en génie climatique', 'generative-ai-at-work'],
  ])('%s', (_name, text, skillId) => {
    expect(builtIn(text)).not.toContain(skillId);
  });

  it.each([
    ['UPS near power words', 'Maintain UPS, PDU and generators', 'data-center-power'],
    ['R in a list of languages', 'Python, R or SQL', 'statistics'],
    ['Canvas as written', 'Courses live in Canvas', 'learning-management-systems'],
    ['verb forms', 'Design experiments and evaluate models', 'experiment-design'],
    ['a recruiter description', 'A team player who can manage multiple tasks', 'collaboration'],
    ['a French phrasing', 'Réviser le code Python', 'software-engineering-practices'],
    ['a French phrasing', "Goût pour l'apprentissage continu", 'continuous-learning'],
    ['GenAI as written', 'Ship GenAI features to customers', 'generative-ai-at-work'],
    ['a description of requirements work', 'Gather requirements from business stakeholders', 'requirements-analysis'],
    ['a French description of requirements work', 'Recueillir les besoins métiers et rédiger le cahier des charges', 'requirements-analysis'],
    ['a French soft skill', 'Esprit de synthèse et qualités rédactionnelles', 'written-communication'],
  ])('finds %s', (_name, text, skillId) => {
    expect(builtIn(text)).toContain(skillId);
  });
});
