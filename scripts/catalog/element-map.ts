/**
 * How O*NET's generic elements read in Skillgap's skills. Several elements can land on one skill
 * (Reading Comprehension, Writing and English Language all become written-communication); the
 * strongest of them gives the level and importance. `null` means the element is too generic to
 * plan for (Monitoring: "assessing performance of yourself or others") or has no skill here.
 * Roles can read an element differently through RoleSource.elementOverrides.
 */
export const ELEMENT_TO_SKILL: Readonly<Record<string, string | null>> = {
  // Skills.txt
  'Reading Comprehension': 'written-communication',
  Writing: 'written-communication',
  'Active Listening': 'verbal-communication',
  Speaking: 'verbal-communication',
  'Critical Thinking': 'critical-thinking',
  'Judgment and Decision Making': 'critical-thinking',
  'Complex Problem Solving': 'problem-solving',
  'Active Learning': 'continuous-learning',
  'Learning Strategies': 'continuous-learning',
  'Time Management': 'time-management',
  Monitoring: null,
  Coordination: 'collaboration',
  'Social Perceptiveness': 'collaboration',
  'Service Orientation': 'customer-service',
  'Systems Analysis': 'systems-thinking',
  'Systems Evaluation': 'systems-thinking',
  'Operations Analysis': 'requirements-analysis',
  Mathematics: 'applied-mathematics',
  Programming: 'python-programming',
  Instructing: 'teaching-and-coaching',
  Persuasion: 'persuasion-negotiation',
  Negotiation: 'persuasion-negotiation',
  'Operations Monitoring': 'infrastructure-monitoring',
  'Operation and Control': 'infrastructure-monitoring',
  'Management of Personnel Resources': 'people-management',
  Troubleshooting: 'troubleshooting',
  'Quality Control Analysis': 'quality-control',
  Repairing: 'server-hardware',
  'Equipment Maintenance': 'server-hardware',
  Installation: 'server-hardware',
  'Equipment Selection': 'server-hardware',
  Science: 'experiment-design',
  'Technology Design': 'system-design',
  'Management of Financial Resources': 'business-case-finance',
  'Management of Material Resources': null,
  // Knowledge.txt
  'English Language': 'written-communication',
  'Computers and Electronics': 'computing-fundamentals',
  'Customer and Personal Service': 'customer-service',
  'Administration and Management': 'business-acumen',
  'Engineering and Technology': 'software-engineering-practices',
  'Communications and Media': 'content-production',
  Administrative: 'office-productivity',
  'Education and Training': 'instructional-design',
  Telecommunications: 'networking-fundamentals',
  Design: null,
  'Sales and Marketing': 'digital-marketing',
  'Personnel and Human Resources': 'hr-fundamentals',
  'Economics and Accounting': 'business-case-finance',
  Psychology: null,
  'Law and Government': 'regulatory-compliance',
  'Sociology and Anthropology': null,
  Mechanical: 'data-center-cooling',
  // Read as electrical safety for data-center roles only (elementOverrides); elsewhere it is too broad.
  'Public Safety and Security': null,
  'Production and Processing': null,
  Physics: 'electrical-fundamentals',
  'Philosophy and Theology': null,
  // Rated only by occupations outside the built-in roles (the occupation catalogue reads every
  // O*NET occupation); no Skillgap skill teaches them.
  Biology: null,
  'Building and Construction': null,
  Chemistry: null,
  'Fine Arts': null,
  'Food Production': null,
  'Foreign Language': null,
  Geography: null,
  'History and Archeology': null,
  'Medicine and Dentistry': null,
  'Therapy and Counseling': null,
  Transportation: null,
};

/**
 * Elements read above as the built-in roles' IT and data-center work, which other occupations
 * rate for their own trade: "Engineering and Technology" for a civil engineering technician is
 * civil engineering, not software practice; "Mechanical" for a mechanic is engines, not
 * data-center cooling; "Installation" for an electrician is wiring, not servers. For an
 * occupation (its requirements in the occupation catalogue, its suggested levels, a
 * background's assumed levels) such an element reads as its skill only for the O*NET codes
 * starting with one of these prefixes, and as no skill for any other. The built-in roles are
 * written by hand and keep the readings above (with their own elementOverrides).
 */
export const DOMAIN_ELEMENT_CODES: Readonly<Record<string, readonly string[]>> = {
  // Computer and mathematical occupations.
  'Engineering and Technology': ['15-'],
  'Technology Design': ['15-'],
  // Computer occupations and electrical and electronic equipment mechanics, installers and repairers.
  Repairing: ['15-', '49-2'],
  'Equipment Maintenance': ['15-', '49-2'],
  Installation: ['15-', '49-2'],
  'Equipment Selection': ['15-', '49-2'],
  // Heating, air conditioning and refrigeration mechanics.
  Mechanical: ['49-9021'],
  // Electricians, solar installers, electrical repairers and line workers, electrical and
  // electronics engineers and technicians, power plant operators and distributors.
  Physics: ['47-2111', '47-2231', '49-2', '49-9051', '17-2071', '17-2072', '17-3023', '51-8012', '51-8013'],
};

/** How an occupation reads one O*NET element: ELEMENT_TO_SKILL, narrowed by DOMAIN_ELEMENT_CODES. */
export function occupationElementSkill(element: string, onetCode: string): string | null {
  const scope = DOMAIN_ELEMENT_CODES[element];
  if (scope && !scope.some((prefix) => onetCode.startsWith(prefix))) return null;
  return ELEMENT_TO_SKILL[element] ?? null;
}

/** The same, as the elementOverrides of a role read from one occupation (scripts/catalog/occupations.ts). */
export function occupationElementOverrides(onetCode: string): Record<string, string | null> {
  return Object.fromEntries(Object.keys(DOMAIN_ELEMENT_CODES).map((element) => [element, occupationElementSkill(element, onetCode)]));
}

/**
 * Technologies (Technology Skills.txt "Example") that name a Skillgap tool skill. Technologies
 * not listed are not planned for: they are interchangeable products (TensorFlow beside PyTorch,
 * Oracle beside SQL) or workplace generics (Jira, Microsoft Project, Slack).
 */
export const TECHNOLOGY_TO_SKILL: Readonly<Record<string, string>> = {
  Python: 'python-programming',
  PyTorch: 'pytorch',
  'Scikit-learn': 'scikit-learn',
  pandas: 'pandas',
  NumPy: 'pandas',
  'Hugging Face': 'hugging-face-transformers',
  'Bidirectional encoder representations from transformers (BERT)': 'nlp',
  'Chatbot software': 'llm-application-development',
  'Structured query language SQL': 'sql',
  'Microsoft Excel': 'spreadsheets',
  'Google Sheets': 'spreadsheets',
  Tableau: 'bi-tools',
  'Microsoft Power BI': 'bi-tools',
  'Amazon Web Services AWS software': 'cloud-platforms',
  'Microsoft Azure software': 'cloud-platforms',
  Docker: 'docker-containers',
  Kubernetes: 'kubernetes',
  Git: 'git-version-control',
  GitHub: 'git-version-control',
  Linux: 'linux-administration',
  UNIX: 'linux-administration',
  'Red Hat Enterprise Linux': 'linux-administration',
  Bash: 'shell-scripting',
  'Shell script': 'shell-scripting',
  'Microsoft PowerShell': 'shell-scripting',
  'IBM Terraform': 'infrastructure-as-code',
  'Ansible software': 'infrastructure-as-code',
  'Jenkins CI': 'ci-cd',
  'Apache Spark': 'apache-spark',
  'Apache Hadoop': 'apache-spark',
  'Apache Kafka': 'data-pipelines',
  JavaScript: 'javascript-programming',
  TypeScript: 'javascript-programming',
  'Node.js': 'javascript-programming',
  React: 'javascript-programming',
  'Hypertext markup language HTML': 'html-css',
  'Cascading style sheets CSS': 'html-css',
  'RESTful API': 'api-development',
  'Google Analytics': 'web-analytics',
  'Adobe Analytics': 'web-analytics',
  'Google Tag Manager': 'web-analytics',
  Semrush: 'seo-tools',
  'Ahrefs Site Explorer': 'seo-tools',
  'Moz search engine optimization SEO software': 'seo-tools',
  'Screaming Frog SEO Spider': 'seo-tools',
  'Google Ads': 'paid-search-ads',
  'Bing Ads': 'paid-search-ads',
  'Google Search Ads 360': 'paid-search-ads',
  'Content management systems CMS': 'content-management-systems',
  WordPress: 'content-management-systems',
  Drupal: 'content-management-systems',
  'HubSpot software': 'marketing-automation',
  'Marketo Marketing Automation': 'marketing-automation',
  Facebook: 'social-media-marketing',
  TikTok: 'social-media-marketing',
  'Adobe Creative Cloud software': 'content-production',
  'Adobe Photoshop': 'content-production',
  Canva: 'content-production',
  'Applicant tracking software': 'hr-software',
  'Workday software': 'hr-software',
  'Oracle HRIS': 'hr-software',
  'Learning management system LMS': 'learning-management-systems',
  ServiceNow: 'it-service-management',
  'Firewall software': 'cybersecurity-fundamentals',
  'Microsoft Office software': 'office-productivity',
  'Microsoft Word': 'office-productivity',
  'Microsoft Outlook': 'office-productivity',
  'Microsoft PowerPoint': 'office-productivity',
  'Google Docs': 'office-productivity',
  'Google Workspace software': 'office-productivity',
  'Operating system software': 'computing-fundamentals',
  'Microsoft Windows': 'computing-fundamentals',
  'Border Gateway Protocol BGP': 'networking-fundamentals',
  'Splunk Enterprise': 'infrastructure-monitoring',
  R: 'statistics',
  SAS: 'statistics',
  'IBM SPSS Statistics': 'statistics',
};
