import { ARTICLE, JOBS_ON_THE_RISE } from './sources';
import type { RoleSource } from './types';

const JOTR = 'LinkedIn Jobs on the Rise 2026';
const PILOTS_TOOLS = 'article: a writer, recruiter or trainer who can pilot generative tools gains value';

/** The article's AI-augmented jobs (marketing, recruiting, education) and the data-annotation family. */
export const AUGMENTED_ROLES: RoleSource[] = [
  {
    id: 'ai-seo-content-marketer',
    family: 'ai-augmented',
    title: ['AI-augmented SEO content marketer', 'Marketeur·euse contenu SEO augmenté·e par l’IA'],
    summary: [
      'Plans and produces search-optimised content with generative tools, then edits and measures it.',
      'Planifie et produit du contenu optimisé pour les moteurs avec des outils génératifs, puis le relit et le mesure.',
    ],
    ratedCodes: ['13-1161.01', '27-3043.00'],
    techCodes: ['13-1161.01'],
    onetCodes: ['13-1161.01', '27-3043.00', '11-2021.00'],
    skip: {
      'javascript-programming': 'JavaScript is hot for SEO strategists but content roles rarely code',
      'python-programming': 'Python is hot for SEO strategists but content roles rarely code',
    },
    extras: [
      { skillId: 'seo', level: 3, importance: 5, basis: 'article: producing content optimised for search engines' },
      { skillId: 'seo-copywriting', level: 3, importance: 5, basis: 'article: search-optimised content; O*NET alternate title SEO Copywriter' },
      { skillId: 'genai-content-creation', level: 3, importance: 5, basis: PILOTS_TOOLS },
      { skillId: 'generative-ai-at-work', level: 3, importance: 4, basis: PILOTS_TOOLS },
      { skillId: 'prompt-engineering', level: 2, importance: 4, basis: 'derived: steering generative tools toward a brief' },
      { skillId: 'content-strategy', level: 3, importance: 4, basis: 'derived: O*NET 27-3043.00 plans content; article' },
      { skillId: 'audience-analytics', level: 2, importance: 4, basis: 'article: analysing audiences' },
    ],
    backgrounds: ['marketing', 'content-editorial', 'sales'],
    hubs: [],
    sources: [],
  },
  {
    id: 'ai-marketing-analyst',
    family: 'ai-augmented',
    title: ['AI-augmented audience and marketing analyst', 'Analyste marketing et audiences augmenté·e par l’IA'],
    summary: [
      'Measures who the audience is and what works, using analytics and AI tools to explain it.',
      'Mesure qui est l’audience et ce qui marche, avec l’analytics et des outils d’IA pour l’expliquer.',
    ],
    ratedCodes: ['13-1161.00'],
    techCodes: ['13-1161.00'],
    onetCodes: ['13-1161.00', '13-1161.01'],
    // O*NET's "customer needs assessment and satisfaction evaluation" is audience analysis here,
    // and the mathematics a market research analyst uses is statistics (samples, significance,
    // A/B tests), not the linear algebra and calculus of machine learning.
    elementOverrides: { 'Customer and Personal Service': 'audience-analytics', Mathematics: 'statistics' },
    extras: [
      { skillId: 'audience-analytics', level: 3, importance: 5, basis: 'article: analysing audiences becomes a decisive asset' },
      { skillId: 'web-analytics', level: 3, importance: 5, basis: 'derived: audiences are measured through web analytics' },
      { skillId: 'experiment-design', level: 3, importance: 4, basis: 'derived: A/B tests decide what works' },
      { skillId: 'data-storytelling', level: 3, importance: 4, basis: 'derived: findings must convince marketers' },
      { skillId: 'sql', level: 2, importance: 3, basis: 'derived: audience data sits in databases' },
      { skillId: 'generative-ai-at-work', level: 2, importance: 3, basis: 'article: generative and automation tools reshape marketing' },
      { skillId: 'prompt-engineering', level: 2, importance: 3, basis: 'article: mastering AI tools matters as much as the uses' },
    ],
    backgrounds: ['marketing', 'sales', 'research', 'consulting'],
    hubs: [],
    sources: [],
  },
  {
    id: 'ai-augmented-recruiter',
    family: 'ai-augmented',
    title: ['AI-augmented recruiter', 'Recruteur·euse augmenté·e par l’IA'],
    summary: [
      'Sources, screens and interviews candidates with AI assistance while keeping decisions fair.',
      'Source, trie et reçoit les candidats avec l’aide de l’IA tout en gardant des décisions équitables.',
    ],
    ratedCodes: ['13-1071.00'],
    techCodes: ['13-1071.00'],
    onetCodes: ['13-1071.00'],
    // Recruiters brief and coach hiring managers; they do not design curricula.
    elementOverrides: { 'Education and Training': 'teaching-and-coaching' },
    extras: [
      { skillId: 'talent-acquisition', level: 3, importance: 5, basis: 'derived: O*NET alternate title Recruiter under 13-1071.00' },
      { skillId: 'structured-interviewing', level: 3, importance: 4, basis: 'derived: O*NET 13-1071.00 interviews applicants' },
      { skillId: 'fair-hiring', level: 2, importance: 4, basis: 'derived: NYC Local Law 144 requires bias audits of automated hiring tools; the EU AI Act lists recruitment AI as high-risk' },
      { skillId: 'generative-ai-at-work', level: 3, importance: 4, basis: PILOTS_TOOLS },
      { skillId: 'prompt-engineering', level: 2, importance: 3, basis: PILOTS_TOOLS },
      { skillId: 'responsible-ai', level: 2, importance: 3, basis: 'derived: AI screening must be checked for bias' },
    ],
    backgrounds: ['human-resources', 'sales', 'consulting'],
    hubs: [],
    sources: [],
  },
  {
    id: 'ai-learning-designer',
    family: 'ai-augmented',
    title: ['AI-augmented learning designer', 'Concepteur·rice pédagogique augmenté·e par l’IA'],
    summary: [
      'Designs courses and interactive learning experiences, using generative tools to build them faster.',
      'Conçoit des formations et des expériences interactives, avec des outils génératifs pour les produire plus vite.',
    ],
    ratedCodes: ['13-1151.00', '25-9031.00'],
    techCodes: ['13-1151.00', '25-9031.00'],
    onetCodes: ['13-1151.00', '25-9031.00'],
    elementOverrides: { 'Learning Strategies': 'instructional-design', Psychology: 'instructional-design' },
    extras: [
      { skillId: 'instructional-design', level: 3, importance: 5, basis: 'derived: O*NET alternate title Instructional Designer (25-9031.00)' },
      { skillId: 'e-learning-authoring', level: 3, importance: 4, basis: 'article: designing interactive experiences' },
      { skillId: 'genai-content-creation', level: 3, importance: 4, basis: PILOTS_TOOLS },
      { skillId: 'generative-ai-at-work', level: 3, importance: 4, basis: PILOTS_TOOLS },
      { skillId: 'prompt-engineering', level: 2, importance: 3, basis: PILOTS_TOOLS },
    ],
    backgrounds: ['education', 'human-resources', 'content-editorial'],
    hubs: [],
    sources: [],
  },
  {
    id: 'data-annotator',
    family: 'data-annotation',
    title: ['Data annotator', 'Annotateur·rice de données'],
    summary: [
      'Classifies, checks and enriches thousands of examples so AI systems learn from reliable data.',
      'Classe, vérifie et enrichit des milliers d’exemples pour que les systèmes d’IA apprennent de données fiables.',
    ],
    ratedCodes: ['43-9021.00', '43-9111.00'],
    proxy: true,
    techCodes: ['43-9021.00', '43-9111.00'],
    onetCodes: ['43-9021.00', '43-9111.00'],
    skip: {
      'applied-mathematics': 'the statistical-assistant proxy computes figures; annotators judge examples',
    },
    extras: [
      { skillId: 'data-labeling', level: 3, importance: 5, basis: 'article: classify, verify and enrich thousands of examples' },
      { skillId: 'annotation-guidelines', level: 2, importance: 4, basis: 'derived: labels follow written guidelines' },
      { skillId: 'annotation-tools', level: 2, importance: 4, basis: 'derived: labels are made in tools such as Label Studio or CVAT' },
      { skillId: 'ai-response-rating', level: 2, importance: 4, basis: 'derived: rating model answers is now common annotation work' },
      { skillId: 'seo-copywriting', level: 2, importance: 3, basis: `${JOTR}: top skill (SEO copywriting)` },
      { skillId: 'content-production', level: 2, importance: 3, basis: `${JOTR}: top skill (content production)` },
      { skillId: 'ai-literacy', level: 2, importance: 3, basis: 'article: the work conditions the reliability of AI results' },
    ],
    backgrounds: ['customer-support', 'it-support', 'content-editorial', 'research'],
    hubs: ['Austin', 'New York', 'San Francisco'],
    hiresNewcomers: {
      basis: 'article: many annotators come from technical support or content management, "less conventional paths"; LinkedIn: from editorial or research backgrounds',
      source: ARTICLE,
    },
    sources: JOBS_ON_THE_RISE,
  },
  {
    id: 'annotation-quality-lead',
    family: 'data-annotation',
    title: ['Annotation quality lead', 'Responsable qualité de l’annotation'],
    summary: [
      'Writes the labeling guidelines, audits annotators’ work and measures label quality.',
      'Rédige les consignes d’annotation, audite le travail des annotateurs et mesure la qualité des labels.',
    ],
    // Statistical assistants check and compile data like an annotation lead; software testers
    // (15-1253.00) share the quality mindset but their programming and computing ratings do not carry over.
    ratedCodes: ['43-9111.00'],
    proxy: true,
    techCodes: ['43-9111.00'],
    onetCodes: ['43-9111.00', '15-1253.00'],
    // The lead trains annotators on the guidelines rather than designing curricula.
    elementOverrides: { 'Education and Training': 'teaching-and-coaching' },
    skip: {
      'applied-mathematics': 'statistical assistants compute figures; the lead needs agreement rates, covered by statistics',
      'computing-fundamentals': 'statistical assistants rate high on statistical software; the lead works in labeling tools',
    },
    hotTools: ['spreadsheets'],
    extras: [
      { skillId: 'label-quality-assurance', level: 3, importance: 5, basis: 'article: annotation conditions the reliability of results' },
      { skillId: 'annotation-guidelines', level: 3, importance: 5, basis: 'derived: the lead writes and revises the guidelines' },
      { skillId: 'data-labeling', level: 3, importance: 4, basis: 'article: classify, verify and enrich examples' },
      { skillId: 'data-quality', level: 3, importance: 4, basis: 'derived: proxy 15-1253.00 quality assurance' },
      { skillId: 'annotation-tools', level: 3, importance: 4, basis: 'derived: the lead configures the labeling tool' },
      { skillId: 'statistics', level: 2, importance: 4, basis: 'derived: agreement rates and sampling audits' },
      { skillId: 'people-management', level: 2, importance: 3, basis: 'derived: coordinates a team of annotators' },
    ],
    backgrounds: ['customer-support', 'content-editorial', 'research'],
    hubs: ['Austin', 'New York', 'San Francisco'],
    sources: JOBS_ON_THE_RISE,
  },
  {
    id: 'ai-trainer',
    family: 'data-annotation',
    title: ['AI trainer (LLM response writer and rater)', 'Entraîneur·euse d’IA (rédaction et notation de réponses)'],
    summary: [
      'Writes model answers, compares and rates chatbot outputs and probes for harmful behaviour.',
      'Rédige des réponses modèles, compare et note les sorties d’un chatbot et cherche les comportements nuisibles.',
    ],
    ratedCodes: ['27-3043.00'],
    proxy: true,
    techCodes: [],
    onetCodes: ['27-3043.00', '43-9111.00'],
    // Writers stand in for the writing half of the job; their marketing knowledge does not carry
    // over, nor does their media knowledge (producing and publishing articles, visuals, video):
    // rating and rewriting model answers asks for the writing, not for a design course.
    elementOverrides: { 'Sales and Marketing': null, 'Communications and Media': null },
    extras: [
      { skillId: 'ai-response-rating', level: 3, importance: 5, basis: 'derived: preference data and ratings train chat models' },
      { skillId: 'annotation-guidelines', level: 3, importance: 4, basis: 'derived: ratings follow detailed rubrics' },
      { skillId: 'prompt-engineering', level: 3, importance: 4, basis: 'derived: writes prompts that probe the model' },
      { skillId: 'llm-fundamentals', level: 2, importance: 4, basis: 'derived: knows why models fail (hallucination, context)' },
      { skillId: 'generative-ai-at-work', level: 3, importance: 4, basis: 'article: piloting generative tools' },
      { skillId: 'responsible-ai', level: 2, importance: 3, basis: 'derived: flags harmful or biased outputs' },
    ],
    backgrounds: ['content-editorial', 'research', 'education'],
    hubs: ['Austin', 'New York', 'San Francisco'],
    hiresNewcomers: {
      basis: 'the annotation work the article says opens doors to less conventional paths, with writing at its centre: LinkedIn sees editorial and research backgrounds',
      source: ARTICLE,
    },
    sources: JOBS_ON_THE_RISE,
  },
];
