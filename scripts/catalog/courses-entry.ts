import { ENTRY_TECH_COURSES } from './courses-entry-tech';
import { FRENCH_COURSES } from './courses-french';
import type { CourseSource } from './types';

const COURSERA = 'https://www.coursera.org';
const DLAI_SHORT = 'https://www.deeplearning.ai/short-courses';

/**
 * Entry-level courses for the roles the article names: data annotation, LLM response writing and
 * rating, recruiting with AI and fair hiring, learning design with generative AI. Data-center and
 * ML-fundamentals courses live in courses-entry-tech.ts, French-language ones in courses-french.ts;
 * both are re-exported through ENTRY_COURSES so assemble.ts needs no change.
 */
const ROLE_ENTRY_COURSES: CourseSource[] = [
  // Data annotation and label quality
  {
    id: 'hf-evaluation-guidebook', title: 'LLM Evaluation Guidebook', provider: 'Hugging Face',
    url: 'https://github.com/huggingface/evaluation-guidebook', hours: 6, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 20 short chapters, including the ones on human annotators and scoring guidelines',
    teaches: { 'llm-evaluation': 2, 'annotation-guidelines': 2, 'label-quality-assurance': 2 }, expects: { 'llm-fundamentals': 1 },
  },
  {
    id: 'argilla-documentation', title: 'Argilla documentation: annotation and human-feedback datasets', provider: 'Argilla (Hugging Face)',
    url: 'https://docs.argilla.io', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: quickstart, annotation guides and one end-to-end tutorial, done hands-on',
    teaches: { 'annotation-tools': 2, 'ai-response-rating': 1, 'label-quality-assurance': 1 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'cleanlab-tutorials', title: 'Cleanlab tutorials: find label issues in a dataset', provider: 'Cleanlab',
    url: 'https://docs.cleanlab.ai', hours: 6, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 4 to 5 notebook tutorials (text, image, tabular, multi-annotator) of about 1 h each',
    teaches: { 'label-quality-assurance': 3, 'data-quality': 2 }, expects: { 'python-programming': 2, 'ml-fundamentals': 1 },
  },
  // LLM response writing and rating
  {
    id: 'google-intro-generative-ai', title: 'Introduction to Generative AI', provider: 'Google Cloud Skills Boost',
    url: 'https://skills.google/course_templates/536', hours: 0.75, hoursStated: true, cost: 'free', languages: ['multi'],
    hoursNote: 'Google Cloud: a 45-minute micro-course',
    teaches: { 'ai-literacy': 1, 'llm-fundamentals': 1 },
  },
  {
    id: 'microsoft-learn-generative-ai-concepts', title: 'Introduction to generative AI concepts', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/training/modules/fundamentals-generative-ai/', hours: 1, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: one module listed at 40-60 min across revisions, plus its knowledge check',
    teaches: { 'llm-fundamentals': 2, 'generative-ai-at-work': 1 },
  },
  {
    id: 'anthropic-ai-fluency', title: 'AI Fluency: Framework & Foundations', provider: 'Anthropic Academy',
    url: 'https://anthropic.skilljar.com/ai-fluency-framework-foundations', hours: 3, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about a dozen short video lessons with exercises on delegating, describing and checking AI work',
    teaches: { 'generative-ai-at-work': 2, 'prompt-engineering': 2, 'responsible-ai': 1 },
  },
  {
    id: 'vanderbilt-prompt-engineering-chatgpt', title: 'Prompt Engineering for ChatGPT', provider: 'Vanderbilt University (Coursera)',
    url: `${COURSERA}/learn/prompt-engineering`, hours: 18, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: about 18 hours over 6 modules',
    teaches: { 'prompt-engineering': 3, 'generative-ai-at-work': 3 },
  },
  {
    id: 'microsoft-learn-intro-ai-concepts', title: 'Introduction to AI concepts', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/training/modules/get-started-ai-fundamentals/', hours: 1, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: one module of short units and a knowledge check, about 1 h',
    teaches: { 'ai-literacy': 2 },
  },
  {
    id: 'openclassrooms-destination-ai', title: 'Destination AI: Introduction to Artificial Intelligence', provider: 'CIFAR (OpenClassrooms)',
    url: 'https://openclassrooms.com/en/courses/7078811-destination-ai-introduction-to-artificial-intelligence', hours: 5, hoursStated: true, cost: 'free', languages: ['en'],
    hoursNote: 'OpenClassrooms: about 5 hours (English adaptation of Objectif IA)',
    teaches: { 'ai-literacy': 2, 'ml-fundamentals': 1 },
  },
  {
    id: 'anthropic-prompt-engineering-tutorial', title: 'Prompt engineering interactive tutorial', provider: 'Anthropic',
    url: 'https://github.com/anthropics/prompt-eng-interactive-tutorial', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 9 chapters with exercises and an answer key, in notebooks or a spreadsheet version',
    teaches: { 'prompt-engineering': 3 },
  },
  {
    id: 'dlai-rlhf', title: 'Reinforcement Learning from Human Feedback', provider: 'DeepLearning.AI and Google Cloud',
    url: `${DLAI_SHORT}/reinforcement-learning-from-human-feedback/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1 h of video plus notebooks on preference data and tuning',
    teaches: { 'llm-fundamentals': 2, 'ai-response-rating': 1, 'llm-fine-tuning': 1 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'openai-evaluation-best-practices', title: 'Evaluation best practices', provider: 'OpenAI (API documentation)',
    url: 'https://developers.openai.com/api/docs/guides/evaluation-best-practices', hours: 2, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: one long guide read with its examples, about 2 h',
    teaches: { 'llm-evaluation': 2, 'annotation-guidelines': 1 }, expects: { 'llm-fundamentals': 2 },
  },
  {
    id: 'anthropic-define-success-evals', title: 'Define success criteria and build evaluations', provider: 'Anthropic (Claude documentation)',
    url: 'https://platform.claude.com/docs/en/test-and-evaluate/develop-tests', hours: 2, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: two documentation pages with worked grading rubrics, read and tried, about 2 h',
    teaches: { 'llm-evaluation': 2, 'annotation-guidelines': 2 }, expects: { 'llm-fundamentals': 1 },
  },
  // AI regulation and data protection at entry level
  {
    id: 'fli-eu-ai-act-summary', title: 'EU AI Act: high-level summary and AI Act Explorer', provider: 'Future of Life Institute',
    url: 'https://artificialintelligenceact.eu/high-level-summary/', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the summary of risk tiers and obligations, then the articles on high-risk systems read in the Explorer',
    teaches: { 'regulatory-compliance': 2, 'ai-governance': 1 },
  },
  {
    id: 'ico-guidance-ai-data-protection', title: 'Guidance on AI and data protection', provider: 'UK Information Commissioner’s Office',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/guidance-on-ai-and-data-protection/',
    hours: 6, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the guidance’s chapters on accountability, lawfulness, fairness and individual rights, about 1 h each',
    teaches: { 'data-governance-privacy': 2, 'regulatory-compliance': 2, 'responsible-ai': 1 },
  },
  // Recruiting with AI and fair hiring
  {
    id: 'ico-ai-recruitment-considerations', title: 'Thinking of using AI to assist recruitment? Our key data protection considerations',
    provider: 'UK Information Commissioner’s Office',
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/11/thinking-of-using-ai-to-assist-recruitment-our-key-data-protection-considerations/',
    hours: 2, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the key questions plus the summary of the ICO’s audit outcomes report on AI recruitment tools',
    teaches: { 'fair-hiring': 1, 'data-governance-privacy': 2 },
  },
  {
    id: 'nyc-aedt-local-law-144', title: 'Automated Employment Decision Tools (Local Law 144): rules, FAQ and bias audits',
    provider: 'NYC Department of Consumer and Worker Protection',
    url: 'https://www.nyc.gov/site/dca/about/automated-employment-decision-tools.page', hours: 3, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the law, the final rules with their impact-ratio examples and the FAQ, read closely',
    teaches: { 'fair-hiring': 2, 'regulatory-compliance': 1 }, expects: { 'talent-acquisition': 1 },
  },
  {
    id: 'uk-dsit-responsible-ai-recruitment', title: 'Responsible AI in Recruitment', provider: 'UK Department for Science, Innovation and Technology',
    url: 'https://www.gov.uk/government/publications/responsible-ai-in-recruitment-guide/responsible-ai-in-recruitment', hours: 8, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a long guide over four adoption stages, worked through for one hiring tool with its checklists',
    teaches: { 'fair-hiring': 3, 'responsible-ai': 2, 'ai-governance': 1 }, expects: { 'talent-acquisition': 2 },
  },
  {
    id: 'google-rework-structured-interviewing', title: 'Use structured interviewing (re:Work guide)', provider: 'Google re:Work',
    url: 'https://rework.withgoogle.com/en/guides/hiring-use-structured-interviewing', hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: one guide with question and rubric templates, read and applied to a role',
    teaches: { 'structured-interviewing': 2, 'fair-hiring': 1 },
  },
  {
    id: 'linkedin-recruiter-ai-assisted-search', title: 'AI-assisted search and projects in LinkedIn Recruiter (help center)', provider: 'LinkedIn',
    url: 'https://www.linkedin.com/help/recruiter/answer/a1660341', hours: 3, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: help articles on AI-assisted search, applicant filtering and Hiring Assistant, tried in a Recruiter seat',
    teaches: { 'hr-software': 2, 'generative-ai-at-work': 2 }, expects: { 'talent-acquisition': 2, 'office-productivity': 1 },
    audience: { backgrounds: ['human-resources'], roleIds: ['ai-augmented-recruiter'] }, // the course names them as its readers
  },
  // Learning design with generative AI
  {
    id: 'google-generative-ai-for-educators', title: 'Generative AI for Educators', provider: 'Grow with Google and MIT RAISE',
    url: 'https://grow.google/ai-for-educators/', hours: 2, hoursStated: true, cost: 'free', languages: ['en'],
    hoursNote: 'Google: about 2 hours, self-paced',
    teaches: { 'generative-ai-at-work': 2, 'prompt-engineering': 1, 'genai-content-creation': 1 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'openai-chatgpt-foundations-teachers', title: 'ChatGPT Foundations for Teachers', provider: 'OpenAI (Coursera)',
    url: `${COURSERA}/learn/chatgpt-foundations-for-teachers`, hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 7 short modules; listings quote 4 to 5 h',
    teaches: { 'generative-ai-at-work': 2, 'prompt-engineering': 2, 'genai-content-creation': 2 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'anthropic-ai-fluency-educators', title: 'AI Fluency for educators', provider: 'Anthropic Academy',
    url: 'https://anthropic.skilljar.com/ai-fluency-for-educators', hours: 3, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a follow-on to the core AI Fluency course, about 3 h of lessons and activities',
    teaches: { 'generative-ai-at-work': 3, 'instructional-design': 1 }, expects: { 'generative-ai-at-work': 2 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'wharton-ai-in-education', title: 'AI in Education: Leveraging ChatGPT for Teaching', provider: 'Wharton, University of Pennsylvania (Coursera)',
    url: `${COURSERA}/learn/wharton-ai-in-education-leveraging-chatgpt-for-teaching`, hours: 6, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 modules of video with prompt exercises, about 1.5 h each',
    teaches: { 'genai-content-creation': 2, 'generative-ai-at-work': 2 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'microsoft-learn-ai-for-educators', title: 'AI for educators (learning path)', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/training/paths/ai-education/', hours: 4, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 4 modules of about 1 h',
    teaches: { 'generative-ai-at-work': 2, 'prompt-engineering': 2, 'ai-literacy': 2 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'khan-ai-101-for-teachers', title: 'AI 101 for Teachers', provider: 'Code.org, ETS, ISTE and Khan Academy',
    url: 'https://www.khanacademy.org/college-careers-more/ai-for-education', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a series of recorded sessions of about 1 h each',
    teaches: { 'ai-literacy': 2, 'generative-ai-at-work': 1 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'iste-ai-deep-dive-educators', title: 'AI Deep Dive for Educators', provider: 'ISTE',
    url: 'https://iste.org/courses/ai-deep-dive-for-educators', hours: 15, hoursStated: true, cost: 'paid', languages: ['en'],
    hoursNote: 'ISTE: about 15 hours, online',
    teaches: { 'ai-literacy': 3, 'generative-ai-at-work': 3 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'articulate-user-guides', title: 'Articulate 360 user guides and tutorials (Rise 360 and Storyline 360)', provider: 'Articulate (E-Learning Heroes)',
    url: 'https://community.articulate.com/tag/tutorial', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the Rise 360 and Storyline 360 getting-started guides, building one module (tool needs a trial or licence)',
    teaches: { 'e-learning-authoring': 3 }, expects: { 'instructional-design': 1 },
  },
];

export const ENTRY_COURSES: CourseSource[] = [...ROLE_ENTRY_COURSES, ...ENTRY_TECH_COURSES, ...FRENCH_COURSES];
