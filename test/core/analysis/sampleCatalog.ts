import type { Background, Catalog, Course, Role, RoleFamily, Skill, SkillCategory } from '../../../core/model/catalog';
import type { Importance, PositiveLevel } from '../../../core/model/level';

/*
 * A small, hand-written role-skill matrix (15 roles, ~50 skills, ~30 courses) shaped like the
 * built-in one, so the analysis is tested without depending on assets/catalog.json.
 */

type SkillRow = [id: string, en: string, fr: string, category: SkillCategory, aliases: string[]];

const SKILLS: SkillRow[] = [
  ['python', 'Python', 'Python', 'programming', ['Python 3']],
  ['r-language', 'R', 'R', 'programming', ['RStudio']],
  ['go-language', 'Go', 'Go', 'programming', ['Golang']],
  ['c-language', 'C', 'C', 'programming', []],
  ['cpp', 'C++', 'C++', 'programming', []],
  ['sql', 'SQL', 'SQL', 'data', ['PostgreSQL', 'MySQL']],
  ['pytorch', 'PyTorch', 'PyTorch', 'machine-learning', []],
  ['tensorflow', 'TensorFlow', 'TensorFlow', 'machine-learning', ['Keras']],
  ['machine-learning', 'Machine learning', 'Apprentissage automatique', 'machine-learning', ['ML', 'scikit-learn', 'apprentissage machine']],
  ['deep-learning', 'Deep learning', 'Apprentissage profond', 'machine-learning', ['neural networks', 'réseaux de neurones']],
  ['computer-vision', 'Computer vision', 'Vision par ordinateur', 'machine-learning', ['image recognition', 'object detection']],
  ['llm', 'Large language models (LLMs)', 'Grands modèles de langage (LLM)', 'generative-ai', ['foundation models', 'modèles de langage']],
  ['rag', 'Retrieval-augmented generation (RAG)', 'Génération augmentée par récupération (RAG)', 'generative-ai', ['vector databases', 'embeddings']],
  ['langchain', 'LangChain', 'LangChain', 'generative-ai', ['LlamaIndex']],
  ['prompt-engineering', 'Prompt engineering', 'Ingénierie de prompts', 'generative-ai', ['prompting', 'prompt design']],
  ['fine-tuning', 'Fine-tuning', 'Ajustement fin (fine-tuning)', 'generative-ai', ['LoRA', 'RLHF']],
  ['mlops', 'MLOps', 'MLOps', 'infrastructure', ['model deployment', 'model monitoring']],
  ['docker', 'Docker', 'Docker', 'infrastructure', ['containers', 'conteneurs']],
  ['kubernetes', 'Kubernetes', 'Kubernetes', 'infrastructure', ['K8s']],
  ['cloud-platforms', 'Cloud platforms', 'Plateformes cloud', 'infrastructure', ['AWS', 'Azure', 'GCP', 'Google Cloud']],
  ['git', 'Git', 'Git', 'tools', ['GitHub', 'version control', 'GitLab']],
  ['software-engineering', 'Software engineering', 'Génie logiciel', 'programming', ['software development', 'développement logiciel', 'REST APIs']],
  ['data-analysis', 'Data analysis', 'Analyse de données', 'data', ['pandas', 'data analytics']],
  ['statistics', 'Statistics', 'Statistiques', 'data', ['statistical analysis', 'A/B testing']],
  ['data-architecture', 'Data architecture', 'Architecture de données', 'data', ['data modeling', 'data pipelines']],
  ['data-visualization', 'Data visualization', 'Visualisation de données', 'data', ['Power BI', 'dashboards', 'tableaux de bord', 'Looker']],
  ['ai-strategy', 'AI strategy', 'Stratégie IA', 'business', ['AI roadmap', 'AI adoption', "stratégie d'IA", 'feuille de route IA']],
  ['ai-governance', 'AI governance and ethics', "Gouvernance et éthique de l'IA", 'business', ['responsible AI', 'AI Act', 'IA responsable', 'AI ethics']],
  ['change-management', 'Change management', 'Conduite du changement', 'people', ['gestion du changement']],
  ['stakeholder-management', 'Stakeholder management', 'Gestion des parties prenantes', 'people', ['stakeholders', 'parties prenantes']],
  ['project-management', 'Project management', 'Gestion de projet', 'business', ['Agile', 'Scrum']],
  ['business-analysis', 'Business analysis', 'Analyse métier', 'business', ['process mapping', 'use cases', "cas d'usage"]],
  ['communication', 'Communication', 'Communication', 'communication', ['presentation skills', 'storytelling']],
  ['seo', 'Search engine optimization (SEO)', 'Référencement naturel (SEO)', 'marketing', ['keyword research', 'on-page optimization']],
  ['content-writing', 'Content writing', 'Rédaction de contenu', 'marketing', ['copywriting', 'content creation', 'rédaction web']],
  ['web-analytics', 'Web analytics', "Analyse d'audience web", 'marketing', ['Google Analytics', 'GA4', 'Search Console', 'audience analysis']],
  ['generative-ai-tools', 'Generative AI tools', "Outils d'IA générative", 'generative-ai', ['ChatGPT', 'Midjourney', 'generative AI', 'IA générative', 'GenAI']],
  ['cms', 'Content management systems', 'Systèmes de gestion de contenu', 'tools', ['CMS', 'WordPress', 'Webflow']],
  ['marketing-strategy', 'Digital marketing', 'Marketing digital', 'marketing', ['marketing numérique', 'social media', 'réseaux sociaux', 'email marketing']],
  ['data-annotation', 'Data annotation', 'Annotation de données', 'data', ['data labeling', 'labeling', 'labelling', 'annotation', 'Label Studio', 'CVAT']],
  ['quality-assurance', 'Quality assurance', 'Assurance qualité', 'data', ['QA', 'quality control', 'inter-annotator agreement']],
  ['attention-to-detail', 'Attention to detail', 'Rigueur', 'communication', ['detail-oriented', 'souci du détail']],
  ['annotation-guidelines', 'Annotation guidelines', "Consignes d'annotation", 'data', ['labeling guidelines', 'taxonomy', 'taxonomies']],
  ['spreadsheets', 'Spreadsheets', 'Tableurs', 'tools', ['Excel', 'Google Sheets']],
  ['linux', 'Linux', 'Linux', 'infrastructure', ['Unix', 'bash', 'shell scripting']],
  ['networking', 'Networking', 'Réseaux', 'infrastructure', ['TCP/IP', 'network troubleshooting', 'fiber optics', 'structured cabling']],
  ['hardware-maintenance', 'Server hardware maintenance', 'Maintenance du matériel serveur', 'infrastructure', ['server hardware', 'hardware troubleshooting', 'rack and stack']],
  ['power-cooling', 'Power and cooling systems', 'Alimentation et refroidissement', 'infrastructure', ['UPS', 'HVAC', 'PDU', 'cooling systems', 'generators']],
  ['electrical-safety', 'Electrical safety', 'Sécurité électrique', 'infrastructure', ['lockout/tagout', 'LOTO', 'NFPA 70E', 'arc flash']],
  ['infrastructure-monitoring', 'Infrastructure monitoring', "Supervision d'infrastructure", 'infrastructure', ['DCIM', 'BMS']],
  ['it-service-management', 'IT service management', 'Gestion des services IT', 'tools', ['ticketing', 'ServiceNow', 'ITIL', 'incident management']],
  ['customer-support', 'Customer support', 'Support client', 'communication', ['technical support', 'help desk', 'support technique']],
  ['recruiting', 'Recruiting', 'Recrutement', 'people', ['sourcing', 'talent acquisition', 'applicant tracking systems']],
  ['instructional-design', 'Instructional design', 'Ingénierie pédagogique', 'people', ['e-learning', 'LMS', 'curriculum design']],
];

function toSkill([id, en, fr, category, aliases]: SkillRow): Skill {
  return { id, name: { en, fr }, category, description: { en: `${en}.`, fr: `${fr}.` }, prerequisites: [], aliases };
}

type Need = [skillId: string, level: PositiveLevel, importance: Importance];

function role(id: string, title: string, family: RoleFamily, backgrounds: Background[], needs: Need[]): Role {
  return {
    id,
    title: { en: title, fr: title },
    family,
    summary: { en: title, fr: title },
    requirements: needs.map(([skillId, level, importance]) => ({ skillId, level, importance })),
    backgrounds,
    hubs: [],
    onetCodes: [],
    sources: [{ title: 'Hand-written test matrix' }],
    reviewed: '2026-11-24',
  };
}

const ROLES: Role[] = [
  role('ai-engineer', 'AI engineer', 'ai-engineering', ['software-engineering', 'data-science'], [
    ['python', 4, 5], ['pytorch', 3, 5], ['llm', 3, 5], ['rag', 3, 4], ['langchain', 2, 3],
    ['machine-learning', 3, 4], ['deep-learning', 3, 4], ['software-engineering', 3, 4], ['docker', 2, 3], ['git', 3, 3],
  ]),
  role('ml-engineer', 'Machine learning engineer', 'ai-engineering', ['software-engineering', 'data-science'], [
    ['python', 4, 5], ['machine-learning', 4, 5], ['deep-learning', 3, 4], ['pytorch', 3, 4], ['statistics', 3, 4],
    ['sql', 3, 3], ['mlops', 2, 3], ['git', 3, 3],
  ]),
  role('computer-vision-engineer', 'Computer vision engineer', 'ai-engineering', ['software-engineering', 'research'], [
    ['python', 4, 5], ['computer-vision', 4, 5], ['deep-learning', 4, 5], ['pytorch', 3, 4], ['data-annotation', 2, 2],
  ]),
  role('mlops-engineer', 'MLOps engineer', 'ai-engineering', ['software-engineering', 'systems-operations'], [
    ['mlops', 4, 5], ['docker', 3, 4], ['kubernetes', 3, 4], ['cloud-platforms', 3, 4], ['python', 3, 4], ['linux', 3, 3],
  ]),
  role('ai-consultant', 'AI consultant', 'ai-consulting', ['consulting', 'product-management', 'founder', 'software-engineering'], [
    ['ai-strategy', 4, 5], ['llm', 2, 4], ['data-architecture', 3, 4], ['change-management', 3, 4],
    ['stakeholder-management', 3, 4], ['business-analysis', 3, 4], ['communication', 3, 4], ['ai-governance', 2, 3],
  ]),
  role('ai-product-manager', 'AI product manager', 'ai-consulting', ['product-management', 'founder'], [
    ['ai-strategy', 3, 4], ['llm', 2, 4], ['project-management', 3, 4], ['stakeholder-management', 3, 4],
    ['data-analysis', 2, 3], ['communication', 3, 4],
  ]),
  role('ai-solutions-architect', 'AI solutions architect', 'ai-consulting', ['software-engineering', 'consulting'], [
    ['cloud-platforms', 4, 5], ['data-architecture', 4, 5], ['llm', 3, 4], ['rag', 3, 4], ['software-engineering', 3, 4],
  ]),
  role('seo-content-marketer', 'AI-augmented SEO content marketer', 'ai-augmented', ['marketing', 'content-editorial'], [
    ['seo', 3, 5], ['content-writing', 3, 5], ['generative-ai-tools', 3, 4], ['prompt-engineering', 2, 4],
    ['web-analytics', 2, 3], ['cms', 2, 3], ['marketing-strategy', 2, 3],
  ]),
  role('ai-recruiter', 'AI-augmented recruiter', 'ai-augmented', ['human-resources', 'sales'], [
    ['recruiting', 3, 5], ['generative-ai-tools', 2, 4], ['prompt-engineering', 2, 3], ['communication', 3, 4], ['data-analysis', 1, 2],
  ]),
  role('ai-learning-designer', 'AI-augmented learning designer', 'ai-augmented', ['education', 'content-editorial'], [
    ['instructional-design', 3, 5], ['generative-ai-tools', 3, 4], ['prompt-engineering', 2, 3], ['content-writing', 2, 3],
  ]),
  role('data-annotator', 'Data annotator', 'data-annotation', ['customer-support', 'content-editorial', 'research'], [
    ['data-annotation', 3, 5], ['annotation-guidelines', 3, 4], ['quality-assurance', 2, 4], ['attention-to-detail', 3, 5],
    ['spreadsheets', 2, 3], ['generative-ai-tools', 2, 2],
  ]),
  role('annotation-qa-lead', 'Annotation quality lead', 'data-annotation', ['customer-support', 'research'], [
    ['data-annotation', 3, 4], ['quality-assurance', 4, 5], ['annotation-guidelines', 4, 5], ['statistics', 2, 3],
    ['spreadsheets', 3, 3], ['communication', 3, 3],
  ]),
  role('data-center-technician', 'Data-center technician', 'data-center', ['it-support', 'electrical-trades', 'systems-operations'], [
    ['hardware-maintenance', 3, 5], ['networking', 3, 4], ['power-cooling', 2, 4], ['electrical-safety', 3, 5],
    ['linux', 2, 3], ['it-service-management', 2, 3],
  ]),
  role('data-center-operator', 'Data-center operator', 'data-center', ['systems-operations', 'it-support'], [
    ['infrastructure-monitoring', 3, 5], ['power-cooling', 3, 4], ['it-service-management', 3, 4], ['networking', 2, 3],
    ['linux', 2, 3], ['electrical-safety', 2, 4],
  ]),
  role('data-analyst', 'Data analyst', 'adjacent', ['sales', 'marketing', 'consulting'], [
    ['sql', 3, 5], ['spreadsheets', 3, 4], ['data-analysis', 3, 5], ['data-visualization', 3, 4], ['statistics', 2, 3], ['python', 2, 2],
  ]),
];

type Teach = [skillId: string, level: PositiveLevel];

function course(id: string, title: string, hours: number, teaches: Teach[]): Course {
  return {
    id,
    title,
    provider: 'Test provider',
    url: `https://example.org/${id}`,
    hours,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: teaches.map(([skillId, level]) => ({ skillId, level })),
    expects: [],
  };
}

const COURSES: Course[] = [
  course('kaggle-python', 'Kaggle Learn: Python', 5, [['python', 2]]),
  course('python-for-everybody', 'Python for Everybody', 40, [['python', 3]]),
  course('advanced-python', 'Advanced Python', 30, [['python', 4], ['software-engineering', 3]]),
  course('kaggle-sql', 'Kaggle Learn: SQL', 7, [['sql', 2]]),
  course('google-data-analytics', 'Google Data Analytics', 180, [['sql', 3], ['spreadsheets', 3], ['data-analysis', 3], ['data-visualization', 3], ['r-language', 2]]),
  course('ml-crash-course', 'Machine Learning Crash Course', 15, [['machine-learning', 2]]),
  course('ml-specialization', 'Machine Learning Specialization', 90, [['machine-learning', 4], ['statistics', 3]]),
  course('fastai', 'Practical Deep Learning for Coders', 75, [['deep-learning', 3], ['pytorch', 3], ['computer-vision', 3], ['machine-learning', 3]]),
  course('dl-specialization', 'Deep Learning Specialization', 120, [['deep-learning', 4], ['tensorflow', 3]]),
  course('cs231n', 'CS231n notes', 40, [['computer-vision', 4], ['deep-learning', 3]]),
  course('pytorch-basics', 'PyTorch: Learn the Basics', 4, [['pytorch', 2]]),
  course('hf-llm-course', 'Hugging Face LLM Course', 50, [['llm', 3], ['fine-tuning', 3], ['pytorch', 2]]),
  course('advanced-rag', 'Building and Evaluating Advanced RAG', 1.5, [['rag', 3]]),
  course('langchain-dev', 'LangChain for LLM Application Development', 1.5, [['langchain', 2], ['llm', 2]]),
  course('prompt-eng-devs', 'ChatGPT Prompt Engineering for Developers', 1.5, [['prompt-engineering', 2], ['llm', 1]]),
  course('learn-prompting', 'Learn Prompting', 10, [['prompt-engineering', 3], ['generative-ai-tools', 2]]),
  course('genai-everyone', 'Generative AI for Everyone', 5, [['generative-ai-tools', 2], ['ai-strategy', 1]]),
  course('ai-for-everyone', 'AI for Everyone', 6, [['ai-strategy', 2], ['machine-learning', 1]]),
  course('mlops-zoomcamp', 'MLOps Zoomcamp', 60, [['mlops', 3], ['docker', 2]]),
  course('made-with-ml', 'Made With ML', 30, [['mlops', 2], ['software-engineering', 2], ['git', 2]]),
  course('dp-900', 'Microsoft DP-900', 10, [['data-architecture', 2], ['cloud-platforms', 2]]),
  course('nist-ai-rmf', 'NIST AI RMF and Playbook', 5, [['ai-governance', 2]]),
  course('seo-starter', 'SEO Starter Guide', 2, [['seo', 2]]),
  course('hubspot-seo', 'HubSpot SEO Certification', 4, [['seo', 3], ['content-writing', 2]]),
  course('digital-marketing', 'Fundamentals of Digital Marketing', 40, [['marketing-strategy', 3], ['web-analytics', 2], ['seo', 2]]),
  course('google-analytics', 'Google Analytics', 5, [['web-analytics', 3]]),
  course('dcai', 'Introduction to Data-Centric AI', 12, [['data-annotation', 2], ['quality-assurance', 2], ['annotation-guidelines', 2]]),
  course('label-studio', 'Label Studio guide', 4, [['data-annotation', 3]]),
  course('comptia-a-plus', 'CompTIA A+ videos', 70, [['hardware-maintenance', 3], ['customer-support', 2]]),
  course('network-plus', 'CompTIA Network+ videos', 40, [['networking', 3]]),
  course('linux-lfs101', 'Introduction to Linux', 60, [['linux', 3]]),
  course('dc-energy-university', 'Data-center power and cooling', 20, [['power-cooling', 3], ['infrastructure-monitoring', 2]]),
];

export function sampleCatalog(): Catalog {
  return { version: 'test-1', skills: SKILLS.map(toSkill), roles: ROLES, courses: COURSES };
}
