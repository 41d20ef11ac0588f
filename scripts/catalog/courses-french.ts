import type { CourseSource } from './types';

const OPENCLASSROOMS = 'https://openclassrooms.com/fr/courses';
const FUN = 'https://www.fun-mooc.fr/fr/cours';

/**
 * French-language entry courses; included in ENTRY_COURSES (courses-entry.ts). Other French or
 * multi-language courses (OpenClassrooms data and Linux courses, CNIL’s atelier RGPD, Elements of AI,
 * Google and Microsoft courses) are in the other course files.
 */
export const FRENCH_COURSES: CourseSource[] = [
  {
    id: 'openclassrooms-objectif-ia', title: 'Objectif IA : initiez-vous à l’intelligence artificielle', provider: 'OpenClassrooms et Institut Montaigne',
    url: `${OPENCLASSROOMS}/6417031-objectif-ia-initiez-vous-a-lintelligence-artificielle`, hours: 6, hoursStated: true, cost: 'free', languages: ['fr'],
    hoursNote: 'Institut Montaigne and OpenClassrooms: about 6 hours in 3 parts',
    teaches: { 'ai-literacy': 2, 'ml-fundamentals': 1 },
  },
  {
    id: 'inria-classcode-iai', title: 'L’intelligence artificielle… avec intelligence ! (IAI)', provider: 'Inria et Class’Code (FUN MOOC)',
    url: `${FUN}/lintelligence-artificielle-avec-intelligence/`, hours: 8, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: short video sequences, activities and quizzes, about 8 h',
    teaches: { 'ai-literacy': 2, 'responsible-ai': 1 },
  },
  {
    id: 'fun-apprendre-a-coder-avec-python', title: 'Apprendre à coder avec Python', provider: 'Université libre de Bruxelles (FUN MOOC)',
    url: `${FUN}/apprendre-a-coder-avec-python/`, hours: 40, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: about 10 modules with auto-graded exercises, about 4 h each',
    teaches: { 'python-programming': 2, 'computing-fundamentals': 1 },
  },
  {
    id: 'fun-python-3-inria', title: 'Python 3 : des fondamentaux aux concepts avancés du langage', provider: 'Inria et Université Côte d’Azur (FUN MOOC)',
    url: `${FUN}/python-3-des-fondamentaux-aux-concepts-avances-du-langage/`, hours: 50, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: about 9 weeks of videos, notebooks and exercises at 5-6 h a week',
    teaches: { 'python-programming': 3 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'openclassrooms-reseau-tcp-ip', title: 'Concevez votre réseau TCP/IP', provider: 'OpenClassrooms',
    url: `${OPENCLASSROOMS}/6944606-concevez-votre-reseau-tcp-ip`, hours: 12, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with quizzes and a network exercise, about 12 h',
    teaches: { 'networking-fundamentals': 2 }, expects: { 'computing-fundamentals': 1 },
  },
  {
    id: 'openclassrooms-referencement-naturel', title: 'Augmentez votre trafic grâce au référencement naturel (SEO)', provider: 'OpenClassrooms',
    url: `${OPENCLASSROOMS}/5561431-augmentez-votre-trafic-grace-au-referencement-naturel-seo`, hours: 8, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with quizzes, about 8 h',
    teaches: { seo: 2, 'content-strategy': 1 },
  },
  {
    id: 'openclassrooms-seo-performances-techniques', title: 'Optimisez le référencement de votre site (SEO) en améliorant ses performances techniques',
    provider: 'OpenClassrooms',
    url: `${OPENCLASSROOMS}/5922626-optimisez-le-referencement-de-votre-site-seo-en-ameliorant-ses-performances-techniques`, hours: 10, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: chapters on rendering, speed and audits with a practical audit, about 10 h',
    teaches: { seo: 3 }, expects: { seo: 2, 'html-css': 1 },
  },
];
