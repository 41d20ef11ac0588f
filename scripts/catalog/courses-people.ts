import type { CourseSource } from './types';

const COURSERA = 'https://www.coursera.org';

/** Communication, workplace, marketing, HR and learning-design courses. */
export const PEOPLE_COURSES: CourseSource[] = [
  {
    id: 'learning-how-to-learn', title: 'Learning How to Learn', provider: 'Deep Teaching Solutions (Coursera)',
    url: `${COURSERA}/learn/learning-how-to-learn`, hours: 20, hoursStated: true, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'Coursera: 2 weeks at about 10 h/week',
    teaches: { 'continuous-learning': 3 },
  },
  {
    id: 'uci-work-smarter', title: 'Work Smarter, Not Harder: Time Management for Personal & Professional Productivity', provider: 'University of California, Irvine (Coursera)',
    url: `${COURSERA}/learn/work-smarter-not-harder`, hours: 10, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: 1 week at about 10 h/week',
    teaches: { 'time-management': 3 },
  },
  {
    id: 'duke-logic-critical-thinking', title: 'Introduction to Logic and Critical Thinking Specialization', provider: 'Duke University (Coursera)',
    url: `${COURSERA}/specializations/logic-critical-thinking-duke`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses of about 15 h each',
    teaches: { 'critical-thinking': 3 },
  },
  {
    id: 'duke-understanding-arguments', title: 'Think Again I: How to Understand Arguments', provider: 'Duke University (Coursera)',
    url: `${COURSERA}/learn/understanding-arguments`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and exercises',
    teaches: { 'critical-thinking': 2 },
  },
  {
    id: 'uci-problem-solving', title: 'Effective Problem-Solving and Decision-Making', provider: 'University of California, Irvine (Coursera)',
    url: `${COURSERA}/learn/problem-solving`, hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'problem-solving': 2, 'critical-thinking': 2 },
  },
  {
    id: 'mckinsey-forward', title: 'McKinsey Forward Program', provider: 'McKinsey.org',
    url: 'https://www.mckinsey.org/forward/overview', hours: 40, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: about 10 weeks of online modules and group sessions',
    teaches: { 'problem-solving': 3, 'consulting-methods': 2, collaboration: 2, 'continuous-learning': 2 },
  },
  {
    id: 'mit-system-dynamics', title: '15.871 Introduction to System Dynamics', provider: 'MIT OpenCourseWare',
    url: 'https://ocw.mit.edu/courses/15-871-introduction-to-system-dynamics-fall-2013/', hours: 60, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: lecture notes and assignments of a one-term course',
    teaches: { 'systems-thinking': 3 }, expects: { 'applied-mathematics': 1 },
  },
  {
    id: 'openlearn-systems-thinking', title: 'Systems thinking and practice', provider: 'The Open University (OpenLearn)',
    url: 'https://www.open.edu/openlearn/science-maths-technology/systems-thinking-and-practice/content-section-0', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a short OpenLearn course of about 12 h of study',
    teaches: { 'systems-thinking': 2 },
  },
  {
    id: 'hubspot-customer-service', title: 'Customer Service Course', provider: 'HubSpot Academy',
    url: 'https://academy.hubspot.com/courses/customer-service', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a video course of about 4 h with a quiz',
    teaches: { 'customer-service': 3 },
  },
  {
    id: 'usg-six-sigma-principles', title: 'Six Sigma Principles', provider: 'University System of Georgia (Coursera)',
    url: `${COURSERA}/learn/six-sigma-principles`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'quality-control': 3 }, expects: { statistics: 1 },
  },
  {
    id: 'uw-public-speaking', title: 'Introduction to Public Speaking', provider: 'University of Washington (Coursera)',
    url: `${COURSERA}/learn/public-speaking`, hours: 20, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules with recorded speech practice',
    teaches: { 'presentation-skills': 3, 'verbal-communication': 3 },
  },
  {
    id: 'google-technical-writing', title: 'Technical Writing One and Two', provider: 'Google for Developers',
    url: 'https://developers.google.com/tech-writing', hours: 6, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: two self-study units with short exercises',
    teaches: { 'technical-documentation': 3, 'written-communication': 2 },
  },
  {
    id: 'stanford-writing-in-the-sciences', title: 'Writing in the Sciences', provider: 'Stanford University (Coursera)',
    url: `${COURSERA}/learn/sciwrite`, hours: 25, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 8 weekly modules of video and writing exercises',
    teaches: { 'written-communication': 3 },
  },
  {
    id: 'michigan-negotiation', title: 'Successful Negotiation: Essential Strategies and Skills', provider: 'University of Michigan (Coursera)',
    url: `${COURSERA}/learn/negotiation-skills`, hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules with a negotiation exercise',
    teaches: { 'persuasion-negotiation': 3 },
  },
  {
    id: 'colorado-teamwork-skills', title: 'Teamwork Skills: Communicating Effectively in Groups', provider: 'University of Colorado Boulder (Coursera)',
    url: `${COURSERA}/learn/teamwork-skills-effective-communication`, hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { collaboration: 3, 'verbal-communication': 2 },
  },
  {
    id: 'darden-business-strategy', title: 'Foundations of Business Strategy', provider: 'University of Virginia Darden (Coursera)',
    url: `${COURSERA}/learn/uva-darden-foundations-business-strategy`, hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'business-acumen': 3, 'ai-strategy': 1 },
  },
  {
    id: 'wharton-corporate-finance', title: 'Introduction to Corporate Finance', provider: 'Wharton, University of Pennsylvania (Coursera)',
    url: `${COURSERA}/learn/wharton-finance`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'business-case-finance': 3 }, expects: { spreadsheets: 2 },
  },
  {
    id: 'google-project-management', title: 'Google Project Management Professional Certificate', provider: 'Google (Coursera)',
    url: `${COURSERA}/professional-certificates/google-project-management`, hours: 150, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'estimate: 6 courses; Google says under 6 months at under 10 h/week',
    teaches: { 'project-management': 3, 'stakeholder-management': 3, 'change-management': 3, 'time-management': 2, 'quality-control': 2 },
  },
  {
    // The certificate's second course alone: who the stakeholders are, RACI charts, the charter.
    id: 'google-project-initiation', title: 'Project Initiation: Starting a Successful Project', provider: 'Google (Coursera)',
    url: `${COURSERA}/learn/project-initiation-starting-a-successful-project`, hours: 20, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'estimate: the second of the 6 courses of Google\'s project-management certificate (150 h in all)',
    teaches: { 'stakeholder-management': 2, 'project-management': 2 },
  },
  {
    id: 'uc-davis-coaching-skills', title: 'Coaching Skills for Managers Specialization', provider: 'University of California, Davis (Coursera)',
    url: `${COURSERA}/specializations/coaching-skills-manager`, hours: 30, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses of about 7 h each',
    teaches: { 'teaching-and-coaching': 3, 'people-management': 3 },
  },
  {
    id: 'google-seo-starter-guide', title: 'SEO Starter Guide', provider: 'Google Search Central',
    url: 'https://developers.google.com/search/docs/fundamentals/seo-starter-guide', hours: 2, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: one long guide read and applied to a page',
    teaches: { seo: 2 },
  },
  {
    id: 'hubspot-seo-certification', title: 'SEO Certification Course', provider: 'HubSpot Academy',
    url: 'https://academy.hubspot.com/courses/seo-training', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a video course of about 4 h with an exam',
    teaches: { seo: 2, 'seo-copywriting': 2, 'content-strategy': 1 },
  },
  {
    id: 'hubspot-content-marketing', title: 'Content Marketing Certification Course', provider: 'HubSpot Academy',
    url: 'https://academy.hubspot.com/courses/content-marketing', hours: 7, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a video course of about 7 h with an exam',
    teaches: { 'content-strategy': 3, 'content-production': 2, 'seo-copywriting': 2 }, expects: { 'digital-marketing': 1 },
  },
  {
    id: 'hubspot-inbound-marketing', title: 'Inbound Marketing Certification Course', provider: 'HubSpot Academy',
    url: 'https://academy.hubspot.com/courses/inbound-marketing', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a video course of about 5 h with an exam',
    teaches: { 'digital-marketing': 2, 'marketing-automation': 2, 'content-strategy': 2 },
  },
  {
    id: 'uc-davis-seo-specialization', title: 'Search Engine Optimization (SEO) Specialization', provider: 'University of California, Davis (Coursera)',
    url: `${COURSERA}/specializations/seo`, hours: 50, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses plus a capstone',
    teaches: { seo: 3, 'seo-copywriting': 3, 'html-css': 1 }, expects: { 'digital-marketing': 1 },
  },
  {
    id: 'semrush-academy', title: 'Semrush Academy SEO courses', provider: 'Semrush Academy',
    url: 'https://www.semrush.com/academy/', hours: 8, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 3-4 short SEO courses with exams',
    teaches: { 'seo-tools': 3, seo: 2 }, expects: { seo: 1 },
  },
  {
    id: 'ahrefs-seo-course', title: 'SEO Course for Beginners', provider: 'Ahrefs Academy',
    url: 'https://ahrefs.com/academy/seo-training-course', hours: 2, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 14 short video lessons',
    teaches: { seo: 2, 'seo-tools': 2 },
  },
  {
    id: 'hubspot-ai-for-marketers', title: 'AI for Marketers Certification Course', provider: 'HubSpot Academy',
    url: 'https://academy.hubspot.com/courses/ai-for-marketers', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a video course of about 4 h with an exam',
    teaches: { 'genai-content-creation': 3, 'generative-ai-at-work': 2 }, expects: { 'content-production': 2 },
    audience: { backgrounds: ['marketing', 'content-editorial'], roleIds: ['ai-seo-content-marketer', 'ai-marketing-analyst'] }, // the course names them as its readers
  },
  {
    id: 'google-digital-marketing', title: 'Fundamentals of Digital Marketing', provider: 'Google Digital Garage',
    url: 'https://learndigital.withgoogle.com/digitalgarage/course/digital-marketing', hours: 40, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 26 modules; Google describes about 40 h of content',
    teaches: { 'digital-marketing': 3, seo: 2, 'social-media-marketing': 2, 'paid-search-ads': 2, 'web-analytics': 1 },
  },
  {
    id: 'google-analytics-certification', title: 'Google Analytics Certification', provider: 'Google Skillshop',
    url: 'https://skillshop.withgoogle.com', hours: 5, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the Skillshop courses for the exam',
    teaches: { 'web-analytics': 3 }, expects: { 'web-analytics': 1 },
  },
  {
    id: 'google-ads-search-certification', title: 'Google Ads Search Certification', provider: 'Google Skillshop',
    url: 'https://skillshop.withgoogle.com', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the Skillshop course and exam',
    teaches: { 'paid-search-ads': 3 }, expects: { 'digital-marketing': 1 },
  },
  {
    id: 'meta-blueprint', title: 'Meta Blueprint free courses', provider: 'Meta',
    url: 'https://www.facebook.com/business/learn', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 6-8 free Blueprint courses of about 1-2 h',
    teaches: { 'social-media-marketing': 3 }, expects: { 'digital-marketing': 1 },
  },
  {
    id: 'northwestern-content-strategy', title: 'Content Strategy for Professionals Specialization', provider: 'Northwestern University (Coursera)',
    url: `${COURSERA}/specializations/content-strategy`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses of about 15 h each',
    teaches: { 'content-strategy': 3, 'content-production': 3, 'audience-analytics': 2 },
  },
  {
    id: 'canva-design-school', title: 'Canva Design School', provider: 'Canva',
    url: 'https://www.canva.com/designschool/', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: a few short Design School courses',
    teaches: { 'content-production': 2, 'genai-content-creation': 2 },
  },
  {
    id: 'learn-wordpress', title: 'Learn WordPress', provider: 'WordPress.org',
    url: 'https://learn.wordpress.org', hours: 15, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the beginner learning pathway and a few tutorials',
    teaches: { 'content-management-systems': 3 },
  },
  {
    id: 'minnesota-recruiting-hiring', title: 'Recruiting, Hiring, and Onboarding Employees', provider: 'University of Minnesota (Coursera)',
    url: `${COURSERA}/learn/recruiting-hiring-onboarding-employees`, hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video and quizzes',
    teaches: { 'talent-acquisition': 3, 'structured-interviewing': 2, 'hr-fundamentals': 2 },
  },
  {
    id: 'minnesota-hr-management', title: 'Human Resource Management: HR for People Managers Specialization', provider: 'University of Minnesota (Coursera)',
    url: `${COURSERA}/specializations/human-resource-management`, hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 courses plus a capstone',
    teaches: { 'hr-fundamentals': 3, 'structured-interviewing': 3, 'people-management': 2, 'talent-acquisition': 2 },
  },
  {
    id: 'illinois-instructional-design', title: 'Instructional Design Foundations and Applications', provider: 'University of Illinois (Coursera)',
    url: `${COURSERA}/learn/instructional-design-foundations-applications`, hours: 10, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: about 10 hours (1 week at 10 h/week)',
    teaches: { 'instructional-design': 3 },
  },
  {
    id: 'unsw-learning-to-teach-online', title: 'Learning to Teach Online', provider: 'UNSW Sydney (Coursera)',
    url: `${COURSERA}/learn/teach-online`, hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 8 modules of video and activities',
    teaches: { 'e-learning-authoring': 2, 'teaching-and-coaching': 2, 'instructional-design': 2 },
  },
  {
    id: 'h5p-tutorials', title: 'H5P tutorials and documentation', provider: 'H5P Group',
    url: 'https://h5p.org/documentation', hours: 10, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: tutorials for 8-10 content types, each built once',
    teaches: { 'e-learning-authoring': 3 }, expects: { 'instructional-design': 2 },
  },
  {
    id: 'moodle-academy', title: 'Moodle Academy courses for teachers and administrators', provider: 'Moodle',
    url: 'https://moodle.academy', hours: 20, hoursStated: false, cost: 'free', languages: ['en', 'es'],
    hoursNote: 'estimate: 3-4 teacher courses of about 5 h',
    teaches: { 'learning-management-systems': 3 },
    audience: { backgrounds: ['education'], roleIds: ['ai-learning-designer'] }, // the course names them as its readers
  },
  {
    id: 'cnil-atelier-rgpd', title: 'L’atelier RGPD (MOOC)', provider: 'CNIL',
    url: 'https://atelier-rgpd.cnil.fr', hours: 10, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 4 main modules of video, text and quizzes; press coverage gives an ambiguous 5-hour average',
    teaches: { 'data-governance-privacy': 2, 'regulatory-compliance': 2 },
  },
];
