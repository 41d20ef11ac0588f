/**
 * Portfolio projects (docs/advice.md "Portfolio projects"): what a career changer builds to show
 * an employer the core skills a course only taught. Each one shows core levels of its roles (the
 * build checks that), names where the idea comes from, and gives our estimate of its hours for
 * someone who has just finished the courses; no provider states hours for projects.
 */
import type { Pair } from './types';

export interface ProjectSource {
  id: string;
  roleIds: readonly string[];
  title: Pair;
  deliverable: Pair;
  hours: number;
  hoursNote: string;
  /** skill id -> level the project gives evidence of (a core level of each of its roles). */
  shows: Readonly<Record<string, 1 | 2 | 3 | 4>>;
  idea: { title: string; url: string };
}

const onet = (code: string, title: string) => ({ title: `O*NET OnLine ${code} ${title}: tasks`, url: `https://www.onetonline.org/link/summary/${code}` });

export const PROJECTS: ProjectSource[] = [
  {
    id: 'project-python-tool',
    roleIds: ['ai-engineer'],
    title: ['A Python tool of your own, tested and published', 'Un outil Python à vous, testé et publié'],
    deliverable: [
      'A program that solves a problem you have, with automated tests, a README and its history in a public Git repository.',
      'Un programme qui règle un problème que vous avez, avec des tests automatiques, un README et son historique dans un dépôt Git public.',
    ],
    hours: 60,
    hoursNote: 'estimate: a final project of about 20 h, done twice over, plus tests and publishing',
    shows: { 'python-programming': 3, 'software-engineering-practices': 3, 'git-version-control': 2 },
    idea: { title: 'CS50’s Introduction to Programming with Python: final project', url: 'https://cs50.harvard.edu/python/' },
  },
  {
    id: 'project-ml-study',
    roleIds: ['ai-engineer'],
    title: ['A machine-learning study on public data', 'Une étude d’apprentissage automatique sur des données publiques'],
    deliverable: [
      'A notebook that cleans a public data set, trains and compares models against a baseline, and explains what the scores mean.',
      'Un notebook qui nettoie un jeu de données public, entraîne et compare des modèles à une référence, et explique ce que disent les scores.',
    ],
    hours: 40,
    hoursNote: 'estimate: one public competition or data set, from first look to written results',
    shows: { 'ml-fundamentals': 3, 'model-evaluation': 3 },
    idea: { title: 'Kaggle Learn, Intro to Machine Learning: enter a competition', url: 'https://www.kaggle.com/learn/intro-to-machine-learning' },
  },
  {
    id: 'project-deep-learning-demo',
    roleIds: ['ai-engineer'],
    title: ['A deep-learning model, trained and online', 'Un modèle d’apprentissage profond, entraîné et en ligne'],
    deliverable: [
      'A model you trained or fine-tuned on data you gathered, running in a public demo, with a note on where it fails.',
      'Un modèle que vous avez entraîné ou affiné sur des données réunies par vous, dans une démonstration publique, avec une note sur ses échecs.',
    ],
    hours: 40,
    hoursNote: 'estimate: gathering data, training, deploying and writing up, about a week of evenings each',
    shows: { 'deep-learning': 3, pytorch: 3 },
    idea: { title: 'Practical Deep Learning for Coders, lesson 2: deployment', url: 'https://course.fast.ai/Lessons/lesson2.html' },
  },
  {
    id: 'project-rag-assistant',
    roleIds: ['ai-engineer', 'llm-app-developer'],
    title: ['A question-answering assistant over your own notes', 'Un assistant qui répond à partir de vos propres notes'],
    deliverable: [
      'A retrieval-augmented LLM app over documents you know well, with a set of test questions and a measure of its answers.',
      'Une application LLM avec recherche documentaire sur des documents que vous connaissez bien, avec des questions de test et une mesure de ses réponses.',
    ],
    hours: 60,
    hoursNote: 'estimate: building the app, writing 30 to 50 test questions and improving on them',
    shows: { 'rag-systems': 3, langchain: 3, 'llm-application-development': 3, 'llm-fundamentals': 3 },
    idea: { title: 'LangChain tutorials: build a retrieval-augmented generation app', url: 'https://python.langchain.com/docs/tutorials/rag/' },
  },
  {
    id: 'project-shipped-llm-service',
    roleIds: ['ai-engineer'],
    title: ['An AI service shipped end to end', 'Un service d’IA livré de bout en bout'],
    deliverable: [
      'Your assistant or model behind an API, in a container, tested and deployed to a cloud account by a pipeline, with a write-up of its design.',
      'Votre assistant ou votre modèle derrière une API, dans un conteneur, testé et déployé sur un compte cloud par une chaîne automatique, avec une note de conception.',
    ],
    hours: 80,
    hoursNote: 'estimate: the size of a course’s final project, peer-reviewed in the MLOps Zoomcamp',
    shows: { 'docker-containers': 2, 'cloud-platforms': 2, 'git-version-control': 2, 'software-engineering-practices': 3 },
    idea: { title: 'DataTalksClub MLOps Zoomcamp: final project', url: 'https://github.com/DataTalksClub/mlops-zoomcamp' },
  },
  {
    id: 'project-ml-pipeline',
    roleIds: ['ml-engineer'],
    title: ['A model in production, end to end', 'Un modèle en production, de bout en bout'],
    deliverable: [
      'A model trained from engineered features, tracked experiments, served in a container and monitored, in a public repository.',
      'Un modèle entraîné sur des variables construites, des expériences suivies, servi dans un conteneur et surveillé, dans un dépôt public.',
    ],
    hours: 50,
    hoursNote: 'estimate: the size of a course’s final project, peer-reviewed in the MLOps Zoomcamp',
    shows: { 'feature-engineering': 3, mlops: 3, 'model-evaluation': 3, 'docker-containers': 2 },
    idea: { title: 'DataTalksClub MLOps Zoomcamp: final project', url: 'https://github.com/DataTalksClub/mlops-zoomcamp' },
  },
  {
    id: 'project-mlops-platform',
    roleIds: ['mlops-engineer'],
    title: ['A model served with CI/CD and monitoring', 'Un modèle servi avec intégration continue et supervision'],
    deliverable: [
      'A deployment of a model on Kubernetes, described as code, released by a CI/CD pipeline and watched by a dashboard with alerts.',
      'Un déploiement de modèle sur Kubernetes, décrit en code, livré par une chaîne CI/CD et suivi par un tableau de bord avec alertes.',
    ],
    hours: 60,
    hoursNote: 'estimate: the size of a course’s final project, peer-reviewed in the MLOps Zoomcamp',
    shows: { 'ci-cd': 3, 'docker-containers': 3, kubernetes: 3, 'infrastructure-monitoring': 3, 'infrastructure-as-code': 2 },
    idea: { title: 'DataTalksClub MLOps Zoomcamp: final project', url: 'https://github.com/DataTalksClub/mlops-zoomcamp' },
  },
  {
    id: 'project-ai-opportunity-assessment',
    roleIds: ['ai-consultant'],
    title: ['An AI opportunity assessment for a real organisation', 'Un diagnostic d’opportunités IA pour une vraie organisation'],
    deliverable: [
      'For an association, a small business or your employer: the processes looked at, three use cases with costs and risks, a recommendation deck presented to them.',
      'Pour une association, une petite entreprise ou votre employeur : les processus étudiés, trois cas d’usage chiffrés avec leurs risques, une recommandation présentée.',
    ],
    hours: 30,
    hoursNote: 'estimate: interviews, analysis and a presentation, about four weeks of evenings',
    shows: { 'ai-strategy': 3, 'consulting-methods': 2, 'presentation-skills': 3, 'generative-ai-at-work': 3 },
    idea: onet('13-1111.00', 'Management Analysts'),
  },
  {
    id: 'project-ai-architecture',
    roleIds: ['ai-solutions-architect'],
    title: ['An architecture for an LLM application', 'Une architecture pour une application LLM'],
    deliverable: [
      'A design document (diagram, data flow, security, cost and its trade-offs) with a small proof of concept deployed to a cloud account.',
      'Un document d’architecture (schéma, flux de données, sécurité, coût et arbitrages) avec une petite preuve de concept déployée dans le cloud.',
    ],
    hours: 50,
    hoursNote: 'estimate: a design reviewed against a framework, then a proof of concept',
    shows: { 'system-design': 3, 'cloud-platforms': 3, 'rag-systems': 2, 'llm-application-development': 2 },
    idea: { title: 'AWS Well-Architected Framework', url: 'https://aws.amazon.com/architecture/well-architected/' },
  },
  {
    id: 'project-ai-risk-assessment',
    roleIds: ['ai-governance-specialist'],
    title: ['A risk assessment of one AI system', 'Une évaluation des risques d’un système d’IA'],
    deliverable: [
      'One AI system (a public chatbot, a hiring tool) mapped, measured and managed with the NIST AI RMF functions, with the rules that apply to it.',
      'Un système d’IA (un agent conversationnel public, un outil de recrutement) cartographié, mesuré et encadré selon les fonctions du NIST AI RMF, avec les règles qui s’y appliquent.',
    ],
    hours: 25,
    hoursNote: 'estimate: one system, the framework’s four functions, a written report',
    shows: { 'ai-governance': 3, 'responsible-ai': 3, 'regulatory-compliance': 2 },
    idea: { title: 'NIST AI Risk Management Framework', url: 'https://www.nist.gov/itl/ai-risk-management-framework' },
  },
  {
    id: 'project-seo-articles',
    roleIds: ['ai-seo-content-marketer'],
    title: ['Five articles planned, written with AI and measured', 'Cinq articles planifiés, écrits avec l’IA et mesurés'],
    deliverable: [
      'A small content plan from keyword research, five articles drafted with AI and edited by you, published, and their search figures after a month.',
      'Un petit plan éditorial tiré d’une recherche de mots-clés, cinq articles rédigés avec l’IA et retravaillés par vous, publiés, et leurs chiffres de recherche après un mois.',
    ],
    hours: 30,
    hoursNote: 'estimate: research, five articles of about 4 h each, publishing and measuring',
    shows: { seo: 3, 'seo-copywriting': 3, 'genai-content-creation': 3, 'content-strategy': 3, 'seo-tools': 2 },
    idea: { title: 'Google Search Central: SEO Starter Guide', url: 'https://developers.google.com/search/docs/fundamentals/seo-starter-guide' },
  },
  {
    id: 'project-marketing-experiment',
    roleIds: ['ai-marketing-analyst'],
    title: ['A marketing experiment, analysed and told', 'Une expérience marketing, analysée et racontée'],
    deliverable: [
      'An A/B test designed on public analytics data (hypothesis, sample size, result), and a one-page story of what the business should do.',
      'Un test A/B conçu sur des données d’audience publiques (hypothèse, taille d’échantillon, résultat), et une page qui dit ce que l’entreprise devrait faire.',
    ],
    hours: 25,
    hoursNote: 'estimate: a demo analytics account, one experiment, a written recommendation',
    shows: { 'experiment-design': 3, 'web-analytics': 3, 'data-storytelling': 3 },
    idea: { title: 'Google Analytics demo account', url: 'https://support.google.com/analytics/answer/6367342' },
  },
  {
    id: 'project-ai-sourcing-campaign',
    roleIds: ['ai-augmented-recruiter'],
    title: ['An AI-assisted hiring campaign, checked for fairness', 'Une campagne de recrutement assistée par l’IA, vérifiée pour l’équité'],
    deliverable: [
      'For a mock role: search strings and outreach drafted with AI and reviewed by you, a structured interview scorecard, and a note on how each step avoids bias.',
      'Pour un poste fictif : requêtes de recherche et messages d’approche préparés avec l’IA et revus par vous, une grille d’entretien structuré, et une note sur la façon dont chaque étape évite les biais.',
    ],
    hours: 12,
    hoursNote: 'estimate: one role, from sourcing to scorecard, about three evenings of 4 h',
    shows: { 'generative-ai-at-work': 3, 'fair-hiring': 2, 'structured-interviewing': 3 },
    idea: onet('13-1071.00', 'Human Resources Specialists'),
  },
  {
    id: 'project-elearning-module',
    roleIds: ['ai-learning-designer'],
    title: ['A one-hour e-learning module made with generative AI', 'Un module d’e-learning d’une heure conçu avec l’IA générative'],
    deliverable: [
      'A module with its objectives, content and quiz, drafted with AI and checked by you, built in an authoring tool and published.',
      'Un module avec ses objectifs, son contenu et son quiz, rédigé avec l’IA et vérifié par vous, construit dans un outil auteur et publié.',
    ],
    hours: 25,
    hoursNote: 'estimate: design, content, authoring and a test with two learners',
    shows: { 'instructional-design': 3, 'e-learning-authoring': 3, 'genai-content-creation': 3 },
    idea: onet('25-9031.00', 'Instructional Coordinators'),
  },
  {
    id: 'project-labelled-dataset',
    roleIds: ['data-annotator'],
    title: ['A labelled data set with its guidelines', 'Un jeu de données annoté avec ses consignes'],
    deliverable: [
      'About 200 items labelled in an annotation tool, the written guidelines you followed, and a second pass that checks your own labels.',
      'Environ 200 éléments annotés dans un outil d’annotation, les consignes écrites que vous avez suivies, et une seconde passe qui vérifie vos propres annotations.',
    ],
    hours: 15,
    hoursNote: 'estimate: guidelines, about 200 items at 3 minutes each, a quality pass',
    shows: { 'data-labeling': 3, 'annotation-guidelines': 2, 'annotation-tools': 2 },
    idea: { title: 'Label Studio documentation', url: 'https://labelstud.io/guide/' },
  },
  {
    id: 'project-annotation-quality-review',
    roleIds: ['annotation-quality-lead'],
    title: ['A quality review of a labelled data set', 'Une revue qualité d’un jeu de données annoté'],
    deliverable: [
      'The agreement between two annotators measured on a public data set, an error taxonomy, and revised guidelines that fix the worst confusions.',
      'L’accord entre deux annotateurs mesuré sur un jeu de données public, une typologie des erreurs, et des consignes révisées qui corrigent les pires confusions.',
    ],
    hours: 25,
    hoursNote: 'estimate: double labelling a sample, the agreement figures, the write-up',
    shows: { 'label-quality-assurance': 3, 'data-quality': 3, 'annotation-guidelines': 3, statistics: 2 },
    idea: { title: 'Label Studio documentation', url: 'https://labelstud.io/guide/' },
  },
  {
    id: 'project-rated-responses',
    roleIds: ['ai-trainer'],
    title: ['Fifty model answers rated and rewritten', 'Cinquante réponses de modèle notées et réécrites'],
    deliverable: [
      'Fifty answers from an AI assistant rated against a written rubric, each with its justification, and the weakest ten rewritten as a reference answer.',
      'Cinquante réponses d’un assistant d’IA notées selon une grille écrite, chacune avec sa justification, et les dix plus faibles réécrites en réponse de référence.',
    ],
    hours: 15,
    hoursNote: 'estimate: a rubric, 50 ratings at about 10 minutes, 10 rewrites',
    shows: { 'ai-response-rating': 3, 'annotation-guidelines': 3, 'written-communication': 3, 'prompt-engineering': 3 },
    idea: { title: 'Ouyang et al. (2022), Training language models to follow instructions with human feedback', url: 'https://arxiv.org/abs/2203.02155' },
  },
  {
    id: 'project-home-lab',
    roleIds: ['data-center-technician'],
    title: ['A small server lab, racked, cabled and watched', 'Un petit laboratoire de serveurs, monté, câblé et supervisé'],
    deliverable: [
      'Two or three second-hand machines installed, cabled and labelled, on a small network, watched by a monitoring dashboard, with the documentation a colleague would need.',
      'Deux ou trois machines d’occasion installées, câblées et étiquetées, sur un petit réseau, suivies par un tableau de supervision, avec la documentation utile à un collègue.',
    ],
    hours: 30,
    hoursNote: 'estimate: installing, cabling, monitoring and documenting, about four weekends',
    shows: { 'server-hardware': 3, 'structured-cabling': 3, 'infrastructure-monitoring': 2, 'networking-fundamentals': 2 },
    idea: onet('15-1231.00', 'Computer Network Support Specialists'),
  },
  {
    id: 'project-facility-walkdown',
    roleIds: ['data-center-facilities-technician'],
    title: ['A facility walk-down: power and cooling drawn out', 'Une visite technique : alimentation et refroidissement décrits'],
    deliverable: [
      'For a building you can visit: the power path from the utility to the rack (UPS, PDU) and the cooling loop drawn, with a maintenance checklist and its safety steps.',
      'Pour un bâtiment que vous pouvez visiter : le chemin de l’alimentation du réseau jusqu’à la baie (onduleur, PDU) et la boucle de refroidissement dessinés, avec une liste de maintenance et ses étapes de sécurité.',
    ],
    hours: 20,
    hoursNote: 'estimate: a visit, the drawings and a checklist',
    shows: { 'data-center-power': 3, 'data-center-cooling': 3, 'electrical-safety': 3, 'dcim-tools': 2 },
    idea: { title: 'Uptime Institute: Tier Classification System', url: 'https://uptimeinstitute.com/tiers' },
  },
  {
    id: 'project-ops-automation',
    roleIds: ['data-center-operations-engineer'],
    title: ['A routine operation automated', 'Une opération courante automatisée'],
    deliverable: [
      'A script under version control that checks a set of Linux servers, raises an alert and opens a ticket, with its runbook.',
      'Un script sous gestion de versions qui vérifie un ensemble de serveurs Linux, déclenche une alerte et ouvre un ticket, avec sa procédure d’exploitation.',
    ],
    hours: 30,
    hoursNote: 'estimate: a lab of virtual machines, the script, its tests and runbook',
    shows: { 'linux-administration': 3, 'shell-scripting': 3, 'infrastructure-monitoring': 3, 'python-programming': 2 },
    idea: onet('15-1244.00', 'Network and Computer Systems Administrators'),
  },
  {
    id: 'project-analytics-case-study',
    roleIds: ['data-analyst'],
    title: ['A case study from raw data to recommendation', 'Une étude de cas, des données brutes à la recommandation'],
    deliverable: [
      'A public data set cleaned with SQL, analysed with statistics, shown in a dashboard, and a recommendation written for a manager.',
      'Un jeu de données public nettoyé en SQL, analysé avec des statistiques, présenté dans un tableau de bord, et une recommandation écrite pour un responsable.',
    ],
    hours: 30,
    hoursNote: 'estimate: the size of a certificate’s capstone case study',
    shows: { sql: 3, 'data-wrangling': 3, 'data-visualization': 3, 'data-storytelling': 3, statistics: 3 },
    idea: { title: 'Google Data Analytics Certificate: capstone case study', url: 'https://www.coursera.org/learn/google-data-analytics-capstone' },
  },
  {
    id: 'project-data-pipeline',
    roleIds: ['data-engineer'],
    title: ['A data pipeline into a warehouse', 'Une chaîne de données jusqu’à l’entrepôt'],
    deliverable: [
      'A scheduled pipeline from a public source into a warehouse, with a modelled schema and data-quality checks that stop bad loads.',
      'Une chaîne planifiée d’une source publique vers un entrepôt, avec un schéma modélisé et des contrôles de qualité qui arrêtent les chargements défectueux.',
    ],
    hours: 50,
    hoursNote: 'estimate: the size of a course’s final project, peer-reviewed in the Data Engineering Zoomcamp',
    shows: { 'data-pipelines': 3, 'data-warehousing': 3, 'data-modeling': 3, 'data-quality': 3 },
    idea: { title: 'DataTalksClub Data Engineering Zoomcamp: final project', url: 'https://github.com/DataTalksClub/data-engineering-zoomcamp' },
  },
  {
    id: 'project-ai-product-brief',
    roleIds: ['ai-product-manager'],
    title: ['A product brief for an AI feature', 'Un cadrage produit pour une fonction d’IA'],
    deliverable: [
      'The problem, users and success measures of one AI feature, its requirements and risks, a clickable prototype, and the feedback of five users.',
      'Le problème, les utilisateurs et les mesures de succès d’une fonction d’IA, ses exigences et ses risques, un prototype cliquable, et l’avis de cinq utilisateurs.',
    ],
    hours: 25,
    hoursNote: 'estimate: interviews, the brief, a prototype and five user tests',
    shows: { 'product-management': 3, 'requirements-analysis': 3, 'ai-strategy': 3 },
    idea: onet('15-1299.09', 'Information Technology Project Managers'),
  },
];
