/** Sources quoted by the roles; the O*NET ones per occupation are added by the generator. */
export const ARTICLE = { title: "Les métiers de l'IA qui montent aux États-Unis (article, 2026-01-13)" };

export const JOBS_ON_THE_RISE = [
  {
    title: 'LinkedIn Jobs on the Rise 2026 (US), coverage by The Outpost',
    url: 'https://theoutpost.ai/news-story/linked-in-reveals-fastest-growing-ai-roles-in-the-us-as-demand-for-machine-learning-talent-surges-22860',
  },
  {
    title: 'LinkedIn Jobs on the Rise 2026 (US), coverage by Brief',
    url: 'https://www.brief.news/ai/2026/01/18/ai-engineers-drive-job-boom',
  },
];

export const LABOR_MARKET_REPORT = {
  title: 'LinkedIn Labor Market Report, press release (2026-01-14)',
  url: 'https://news.linkedin.com/2026/2026-Davos-Press-Release',
};

/** Where a role is said to hire people new to the field (Role.hiresNewcomers). */
export const GOOGLE_CAREER_CERTIFICATES = {
  title: 'Google Career Certificates: no experience required, job-ready in under 6 months at under 10 hours a week',
  url: 'https://grow.google/certificates/',
};
export const COMPTIA_A_PLUS = {
  title: 'CompTIA A+: the industry standard for launching an IT career',
  url: 'https://www.comptia.org/certifications/a',
};

export const ONET_DATABASE = { title: 'O*NET 29.3 Database, USDOL/ETA', url: 'https://www.onetcenter.org/database.html' };

export const REVIEWED = '2026-11-24';
export const CATALOG_VERSION = '2026.12.07';

/** Hubs the article gives for AI talent as a whole, used where no role-specific figure exists. */
export const ARTICLE_AI_HUBS = ['San Francisco', 'New York', 'Boston'];
export const DATA_CENTER_HUBS = ['Washington', 'Atlanta', 'Columbus'];
