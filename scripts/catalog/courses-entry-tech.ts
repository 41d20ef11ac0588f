import type { CourseSource } from './types';

const COURSERA = 'https://www.coursera.org';

/** Entry-level data-center and ML-fundamentals courses; included in ENTRY_COURSES (courses-entry.ts). */
export const ENTRY_TECH_COURSES: CourseSource[] = [
  // HTML for content roles: enough to edit pages and meta tags, far short of a web-design certificate
  {
    id: 'mdn-learn-html-css', title: 'Learn web development: HTML and CSS core modules', provider: 'MDN Web Docs (Mozilla)',
    url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Core', hours: 20, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the "Structuring content with HTML" and "CSS styling basics" modules, about 10 h each with their challenges',
    teaches: { 'html-css': 2 },
  },
  // JavaScript to the Working level a web or LLM-app developer is hired with, without a 300 h certification
  {
    id: 'mdn-learn-javascript', title: 'Learn web development: Dynamic scripting with JavaScript', provider: 'MDN Web Docs (Mozilla)',
    url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Scripting', hours: 30, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the core JavaScript module (first steps, building blocks, objects, asynchronous code, APIs), about 20 lessons and challenges at 1-2 h each',
    teaches: { 'javascript-programming': 2 },
    expects: { 'html-css': 1 },
  },
  // Data-center hardware, power, cooling, DCIM and monitoring
  {
    id: 'cnet-cdctp', title: 'Certified Data Centre Technician Professional (CDCTP)', provider: 'CNet Training (Uptime Institute)',
    url: 'https://www.cnet-training.com', hours: 35, hoursStated: false, cost: 'paid', languages: ['en'],
    hoursNote: 'estimate: a 5-day instructor-led programme with exam on day 5, at about 7 h a day',
    teaches: { 'data-center-power': 3, 'data-center-cooling': 3, 'infrastructure-monitoring': 2, 'structured-cabling': 2 },
    expects: { 'electrical-fundamentals': 2 },
  },
  {
    id: 'comptia-server-plus', title: 'CompTIA Server+ (SK0-005) certification preparation', provider: 'CompTIA',
    url: 'https://www.comptia.org/certifications/server', hours: 50, hoursStated: false, cost: 'paid', languages: ['en'],
    hoursNote: 'estimate: study guide or CertMaster course over 4 exam domains with labs, about 50 h',
    teaches: { 'server-hardware': 3, troubleshooting: 3, 'computing-fundamentals': 3 }, expects: { 'computing-fundamentals': 2 },
    // A paid certification for server technicians: not the way an AI consultant or a data
    // engineer learns how computers work when a free general course (CompTIA A+ videos) does.
    audience: { backgrounds: ['it-support', 'systems-operations'], roleIds: ['data-center-technician', 'data-center-operations-engineer', 'data-center-facilities-technician'] }, // CompTIA names server administrators and technicians as its candidates
  },
  {
    id: 'netbox-zero-to-hero', title: 'NetBox Zero to Hero', provider: 'NetBox community (NetBox Labs)',
    url: 'https://github.com/netbox-community/netbox-zero-to-hero', hours: 6, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about a dozen short video modules, each followed hands-on in a demo instance',
    teaches: { 'dcim-tools': 2, 'structured-cabling': 1 }, expects: { 'networking-fundamentals': 1 },
  },
  {
    id: 'grafana-fundamentals', title: 'Grafana fundamentals', provider: 'Grafana Labs',
    url: 'https://grafana.com/tutorials/grafana-fundamentals/', hours: 2, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: one hands-on tutorial (dashboards, queries, alerts) run locally, about 2 h',
    teaches: { 'infrastructure-monitoring': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  // Statistics, maths and ML fundamentals
  {
    id: 'stanford-intro-statistics', title: 'Introduction to Statistics', provider: 'Stanford University (Coursera)',
    url: `${COURSERA}/learn/stanford-statistics`, hours: 20, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: about 7 weekly modules of video and quizzes, about 3 h each',
    teaches: { statistics: 2, 'applied-mathematics': 1 },
  },
  {
    id: 'dlai-mathematics-for-ml', title: 'Mathematics for Machine Learning and Data Science Specialization', provider: 'DeepLearning.AI (Coursera)',
    url: `${COURSERA}/specializations/mathematics-for-machine-learning-and-data-science`, hours: 94, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: about 94 hours over 3 courses',
    teaches: { 'applied-mathematics': 3, statistics: 3 }, expects: { 'applied-mathematics': 1, 'python-programming': 1 },
  },
  {
    id: 'stanford-statistical-learning-python', title: 'Statistical Learning with Python', provider: 'Stanford University (edX)',
    url: 'https://www.edx.org/learn/python/stanford-university-statistical-learning-with-python', hours: 45, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 13 chapters of lectures (about 2 h each) with Python labs; guides quote 20-30 h for the videos alone',
    teaches: { 'ml-fundamentals': 3, 'model-evaluation': 3, statistics: 3 },
    expects: { statistics: 2, 'applied-mathematics': 2, 'python-programming': 2 },
  },
  {
    id: 'islp-book', title: 'An Introduction to Statistical Learning, with Applications in Python (free book)',
    provider: 'James, Witten, Hastie, Tibshirani and Taylor (Springer)',
    url: 'https://www.statlearning.com', hours: 80, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 13 chapters with Python labs and exercises, about 6 h each',
    teaches: { 'ml-fundamentals': 3, 'model-evaluation': 3, statistics: 3 },
    expects: { statistics: 2, 'applied-mathematics': 2, 'python-programming': 2 },
  },
  {
    id: 'inria-scikit-learn-mooc', title: 'Machine learning in Python with scikit-learn', provider: 'Inria (FUN MOOC)',
    url: 'https://www.fun-mooc.fr/en/courses/machine-learning-python-scikit-learn/', hours: 35, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 7 modules of videos, notebooks and quizzes spread over about 3 months',
    teaches: { 'scikit-learn': 3, 'ml-fundamentals': 3, 'model-evaluation': 3, 'feature-engineering': 2 },
    expects: { 'python-programming': 2, pandas: 1 },
  },
];
