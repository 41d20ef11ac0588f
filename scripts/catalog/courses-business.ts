import type { CourseSource } from './types';

const COURSERA = 'https://www.coursera.org';

/** AI literacy, data analysis, business, communication, marketing and people courses. */
export const BUSINESS_COURSES: CourseSource[] = [
  {
    id: 'ai-for-everyone', title: 'AI For Everyone', provider: 'DeepLearning.AI (Coursera)',
    url: `${COURSERA}/learn/ai-for-everyone`, hours: 6, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of short videos and quizzes; listings quote 6-7 h',
    teaches: { 'ai-literacy': 2, 'ai-strategy': 2 },
  },
  {
    id: 'generative-ai-for-everyone', title: 'Generative AI for Everyone', provider: 'DeepLearning.AI (Coursera)',
    url: `${COURSERA}/learn/generative-ai-for-everyone`, hours: 5, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'DeepLearning.AI: about 5 hours',
    teaches: { 'generative-ai-at-work': 2, 'prompt-engineering': 1, 'ai-strategy': 1, 'llm-fundamentals': 1 },
  },
  {
    id: 'elements-of-ai', title: 'Elements of AI', provider: 'University of Helsinki and MinnaLearn',
    url: 'https://www.elementsofai.com', hours: 45, hoursStated: true, cost: 'free', languages: ['en', 'fr', 'de', 'es'],
    hoursNote: 'Elements of AI: 30-60 hours (midpoint used)',
    teaches: { 'ai-literacy': 3, 'ml-fundamentals': 1 },
  },
  {
    id: 'ethics-of-ai', title: 'Ethics of AI', provider: 'University of Helsinki',
    url: 'https://ethics-of-ai.mooc.fi', hours: 30, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 7 chapters with written exercises, about 4 h each',
    teaches: { 'responsible-ai': 3 }, expects: { 'ai-literacy': 2 },
  },
  {
    id: 'nist-ai-rmf', title: 'NIST AI Risk Management Framework and Playbook', provider: 'NIST',
    url: 'https://airc.nist.gov', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the framework document and a selection of Playbook actions',
    teaches: { 'ai-governance': 3 }, expects: { 'responsible-ai': 2 },
  },
  {
    id: 'microsoft-learn-ai-900', title: 'Azure AI Fundamentals (AI-900) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-fundamentals/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 2-3 learning paths of about 4 h each',
    teaches: { 'ai-literacy': 2, 'llm-fundamentals': 2, 'computer-vision': 1, 'responsible-ai': 1 },
  },
  {
    id: 'microsoft-learn-dp-900', title: 'Azure Data Fundamentals (DP-900) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-data-fundamentals/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 4 learning paths of about 2-3 h each',
    teaches: { 'data-modeling': 2, 'data-warehousing': 2, sql: 1 },
  },
  {
    // Microsoft Learn is translated (French included): SQL at Working for someone who studies only
    // in French, who otherwise reached it through a 170-180 h certificate subtitled in French.
    id: 'microsoft-learn-transact-sql', title: 'Get started querying with Transact-SQL (learning path)', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/training/paths/get-started-querying-with-transact-sql/', hours: 8, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 5 modules (SELECT, sorting and filtering, joins, subqueries, functions, changing data) with labs',
    teaches: { sql: 2 },
  },
  {
    id: 'career-essentials-generative-ai', title: 'Career Essentials in Generative AI', provider: 'Microsoft and LinkedIn',
    url: 'https://www.linkedin.com/learning/paths/career-essentials-in-generative-ai-by-microsoft-and-linkedin', hours: 5, hoursStated: true, cost: 'free', languages: ['en'],
    hoursNote: 'LinkedIn Learning: a path of about 5 hours',
    teaches: { 'generative-ai-at-work': 2, 'responsible-ai': 1, 'prompt-engineering': 1 },
  },
  {
    id: 'learn-prompting', title: 'Learn Prompting', provider: 'Learn Prompting',
    url: 'https://learnprompting.org', hours: 10, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the basic and intermediate sections of the free guide',
    teaches: { 'prompt-engineering': 3, 'generative-ai-at-work': 3, 'genai-content-creation': 2 },
  },
  {
    id: 'duke-ai-product-management', title: 'AI Product Management Specialization', provider: 'Duke University (Coursera)',
    url: `${COURSERA}/specializations/ai-product-management-duke`, hours: 40, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 3 courses of about 13 h each',
    teaches: { 'product-management': 3, 'ai-strategy': 3, 'ml-fundamentals': 2, 'responsible-ai': 2 },
  },
  {
    id: 'alberta-client-needs-requirements', title: 'Client Needs and Software Requirements', provider: 'University of Alberta (Coursera)',
    url: `${COURSERA}/learn/client-needs-and-software-requirements`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'requirements-analysis': 3 },
  },
  {
    id: 'google-data-analytics', title: 'Google Data Analytics Professional Certificate', provider: 'Google (Coursera)',
    url: `${COURSERA}/professional-certificates/google-data-analytics`, hours: 180, hoursStated: true, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'Coursera: about 180 hours over 8 courses',
    teaches: {
      spreadsheets: 3, sql: 2, 'data-visualization': 3, 'bi-tools': 2, 'data-wrangling': 3, 'data-storytelling': 3, statistics: 1,
    },
  },
  {
    // The certificate's sixth course alone, for someone who needs the storytelling and not the
    // 180 h from spreadsheets up.
    id: 'google-share-data-visualization', title: 'Share Data Through the Art of Visualization', provider: 'Google (Coursera)',
    url: `${COURSERA}/learn/visualize-data`, hours: 25, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'estimate: the sixth of the 8 courses of Google\'s data-analytics certificate (about 180 h in all)',
    teaches: { 'data-storytelling': 3, 'data-visualization': 3, 'bi-tools': 2 }, expects: { spreadsheets: 2 },
  },
  {
    id: 'colorado-data-warehousing', title: 'Data Warehousing for Business Intelligence Specialization', provider: 'University of Colorado (Coursera)',
    url: `${COURSERA}/specializations/data-warehousing`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses of about 15 h each',
    teaches: { 'data-modeling': 3, 'data-warehousing': 3, 'bi-tools': 2 }, expects: { sql: 2 },
  },
  {
    id: 'data-engineering-zoomcamp', title: 'Data Engineering Zoomcamp', provider: 'DataTalksClub',
    url: 'https://github.com/DataTalksClub/data-engineering-zoomcamp', hours: 90, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 6 modules with homework plus a project',
    teaches: { 'data-pipelines': 3, 'data-warehousing': 3, 'apache-spark': 3, 'docker-containers': 2, 'infrastructure-as-code': 2, 'cloud-platforms': 2 },
    expects: { 'python-programming': 2, sql: 2 },
  },
  {
    // Spark at Working without a 90 h data-engineering course around it.
    id: 'ibm-big-data-spark-hadoop', title: 'Introduction to Big Data with Spark and Hadoop', provider: 'IBM (Coursera)',
    url: `${COURSERA}/learn/introduction-to-big-data-with-spark-hadoop`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 6 modules of videos and PySpark labs, a course of IBM\'s data-engineering certificate',
    teaches: { 'apache-spark': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'microsoft-learn-pl-300', title: 'Power BI Data Analyst (PL-300) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/data-analyst-associate/', hours: 30, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 4-5 learning paths with labs',
    teaches: { 'bi-tools': 3, 'data-visualization': 3, 'data-modeling': 2 }, expects: { spreadsheets: 2 },
  },
  {
    id: 'macquarie-excel-skills-for-business', title: 'Excel Skills for Business Specialization', provider: 'Macquarie University (Coursera)',
    url: `${COURSERA}/specializations/excel`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses of about 15 h each',
    teaches: { spreadsheets: 4, 'business-case-finance': 2 },
  },
  {
    id: 'gcfglobal-office', title: 'Microsoft Office and Google Workspace tutorials', provider: 'GCFGlobal',
    url: 'https://edu.gcfglobal.org/en/subjects/office/', hours: 20, hoursStated: false, cost: 'free', languages: ['en', 'es'],
    hoursNote: 'estimate: the core Word, Excel and Docs/Sheets tutorials',
    teaches: { 'office-productivity': 3, spreadsheets: 2 },
  },
  {
    // The help centre is translated (French included), so a learner studying only in French gets
    // office basics here rather than through a 180 h data-analytics certificate.
    id: 'google-workspace-learning-center', title: 'Google Workspace Learning Center: Docs, Sheets and Slides', provider: 'Google',
    url: 'https://support.google.com/a/users/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the get-started guides and training of Docs, Sheets, Slides and Drive, 2-3 h each with practice',
    teaches: { 'office-productivity': 2, spreadsheets: 2 },
  },
  {
    id: 'khan-academy-statistics', title: 'Statistics and probability', provider: 'Khan Academy',
    url: 'https://www.khanacademy.org/math/statistics-probability', hours: 60, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: about 16 units with practice exercises',
    teaches: { statistics: 3, 'applied-mathematics': 2 },
  },
  {
    id: 'mit-linear-algebra', title: '18.06SC Linear Algebra', provider: 'MIT OpenCourseWare',
    url: 'https://ocw.mit.edu/courses/18-06sc-linear-algebra-fall-2011/', hours: 80, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 34 lectures with recitations and problem sets',
    teaches: { 'applied-mathematics': 3 }, expects: { 'applied-mathematics': 2 },
  },
  {
    id: 'imperial-mathematics-for-ml', title: 'Mathematics for Machine Learning Specialization', provider: 'Imperial College London (Coursera)',
    url: `${COURSERA}/specializations/mathematics-machine-learning`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 3 courses of about 20 h each',
    teaches: { 'applied-mathematics': 3 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'mml-book', title: 'Mathematics for Machine Learning (book)', provider: 'Deisenroth, Faisal and Ong (Cambridge University Press)',
    url: 'https://mml-book.github.io', hours: 120, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 12 chapters with exercises, about 10 h each',
    teaches: { 'applied-mathematics': 4 }, expects: { 'applied-mathematics': 3 },
  },
  {
    id: 'udacity-ab-testing', title: 'A/B Testing', provider: 'Google (Udacity)',
    url: 'https://www.udacity.com/course/ab-testing--ud257', hours: 20, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 5 lessons with a final project',
    teaches: { 'experiment-design': 3 }, expects: { statistics: 2 },
  },
  {
    id: 'meta-marketing-analytics', title: 'Meta Marketing Analytics Professional Certificate', provider: 'Meta (Coursera)',
    url: `${COURSERA}/professional-certificates/facebook-marketing-analytics`, hours: 90, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 5 courses of about 18 h each',
    teaches: { 'audience-analytics': 3, 'experiment-design': 2, 'data-visualization': 2, statistics: 2, 'marketing-automation': 1 },
  },
];
