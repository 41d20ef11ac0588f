/**
 * Where the ESCO -> O*NET link of ../shared/data/esco (Nesta's crosswalk, translated to
 * O*NET-SOC 2019) lands a French title on the wrong occupation for this app's users, checked by
 * hand (docs/occupations.md lists the landings checked and found right too). Each override moves
 * the ESCO occupation's primary code; the codes the crosswalk gave it stay as alternatives.
 */
export interface EscoOverride {
  /** ESCO concept URI (stable across ESCO versions). */
  uri: string;
  /** The French preferred label, to read the list and to check the URI still means it. */
  label: string;
  /** The O*NET-SOC 2019 code it should land on. */
  code: string;
  reason: string;
}

const ESCO = 'http://data.europa.eu/esco/occupation/';

export const ESCO_OVERRIDES: readonly EscoOverride[] = [
  {
    uri: `${ESCO}bea99fea-0383-4c63-b944-70d4799de2c5`,
    label: 'chef de projet',
    code: '13-1082.00',
    reason:
      'primary was 11-9199.00 Managers, All Other; O*NET-SOC 2019 created 13-1082.00 Project Management Specialists for project managers ("Project Manager" is its alternate title), already the crosswalk’s second row',
  },
  {
    uri: `${ESCO}258e46f9-0075-4a2e-adae-1ff0477e0f30`,
    label: 'scientifique des données',
    code: '15-2051.00',
    reason:
      'primary was 15-1221.00 Computer and Information Research Scientists (Nesta matched it to the 2010 code 15-1111.00); O*NET-SOC 2019 has 15-2051.00 Data Scientists',
  },
  {
    uri: `${ESCO}d3edb8f8-3a06-47a0-8fb9-9b212c006aa2`,
    label: 'analyste de données',
    code: '15-2051.01',
    reason:
      'primary was 15-1221.00 Computer and Information Research Scientists, a research job; a data analyst builds reports and dashboards: 15-2051.01 Business Intelligence Analysts, the occupation of the app’s data-analysis background',
  },
  {
    uri: `${ESCO}f2b15a0e-e65a-438a-affb-29b9d50b77d1`,
    label: 'développeur de logiciels/développeuse de logiciels',
    code: '15-1252.00',
    reason: 'primary was 15-1251.00 Computer Programmers (Nesta’s 2010 code 15-1131.00); "Software Developer" is 15-1252.00 Software Developers',
  },
  {
    uri: `${ESCO}2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c`,
    label: 'développeur d’applications mobiles/développeuse d’applications mobiles',
    code: '15-1252.00',
    reason: 'primary was 15-1251.00 Computer Programmers, inherited from its parent; O*NET lists mobile application developers under 15-1252.00 Software Developers',
  },
  {
    uri: `${ESCO}137b1d11-c4bc-4016-89ba-45345d4c71f0`,
    label: 'responsable de la communauté en ligne',
    code: '13-1161.00',
    reason:
      'primary was 13-1161.01 Search Marketing Strategists (search-engine marketing); a community manager runs social media, and O*NET gives "Social Media Specialist" to 13-1161.00 Market Research Analysts and Marketing Specialists',
  },
  {
    uri: `${ESCO}85482504-c83d-4038-80d9-265198d18b48`,
    label: 'aide-soignant à domicile/aide-soignante à domicile',
    code: '31-1121.00',
    reason:
      'primary was 21-1093.00 Social and Human Service Assistants, inherited from "community care case worker"; the French title gives personal care at home: 31-1121.00 Home Health Aides',
  },
  {
    uri: `${ESCO}16e65196-3449-4c88-b379-0aa98f43db2b`,
    label: 'infirmier anesthésiste/infirmière anesthésiste',
    code: '29-1151.00',
    reason: 'primary was 29-2055.00 Surgical Technologists (ESCO’s English label is "anaesthetic technician"); the French title is a nurse anesthetist: 29-1151.00 Nurse Anesthetists',
  },
  {
    uri: `${ESCO}1bbaf82c-67ae-4beb-9a55-7298acf5b2af`,
    label: 'enseignant-chercheur en soins infirmiers/enseignante-chercheuse en soins infirmiers',
    code: '25-1072.00',
    reason: 'primary was 25-1125.00 History Teachers, Postsecondary, a wrong match; nursing lecturers are 25-1072.00 Nursing Instructors and Teachers, Postsecondary',
  },
  {
    uri: `${ESCO}044d78cc-f62f-4532-83a5-8e04f2889652`,
    label: 'assistant administratif/assistante administrative',
    code: '43-6014.00',
    reason:
      'primary was 43-6011.00 Executive Secretaries and Executive Administrative Assistants; an administrative assistant (no executive named) is 43-6014.00 Secretaries and Administrative Assistants, Except Legal, Medical, and Executive',
  },
  {
    uri: `${ESCO}2d3d7188-47ab-49b9-9045-e452d9db06f1`,
    label: 'directeur commercial/directrice commerciale',
    code: '11-2022.00',
    reason: 'primary was 11-2021.00 Marketing Managers; a French "directeur commercial" leads the sales force: 11-2022.00 Sales Managers',
  },
  {
    uri: `${ESCO}3b4eb248-6b40-42fe-9d10-cba8ccfe6613`,
    label: 'mécanicien d’entretien en automobile/mécanicienne d’entretien en automobile',
    code: '49-3023.00',
    reason:
      'primary was 53-6031.00 Automotive and Watercraft Service Attendants (fuel, oil, tyres); the French title and its ISCO group 7231 (motor vehicle mechanics) name a mechanic: 49-3023.00 Automotive Service Technicians and Mechanics',
  },
];

/**
 * French job titles that French postings use and ESCO v1.0.8 lacks (it has only sector-specific
 * maintenance technicians, no "chargé de recrutement", no anglicisms), with the O*NET occupation
 * and why. Shown in the catalogue as Skillgap's own, never as ESCO's.
 */
export interface ExtraFrenchTitle {
  labels: readonly string[];
  code: string;
  reason: string;
}

export const EXTRA_FRENCH_TITLES: readonly ExtraFrenchTitle[] = [
  {
    labels: ['chargé de recrutement', 'chargée de recrutement'],
    code: '13-1071.00',
    reason: 'the usual French title of a recruiter; O*NET gives "Recruiter" to 13-1071.00 Human Resources Specialists (ESCO has only "consultant en recrutement")',
  },
  {
    labels: ['community manager'],
    code: '13-1161.00',
    reason: 'French postings use the English title; it is ESCO’s "responsable de la communauté en ligne", moved to 13-1161.00 by the override above',
  },
  {
    labels: ['technicien de maintenance industrielle', 'technicienne de maintenance industrielle', 'technicien de maintenance', 'technicienne de maintenance'],
    code: '49-9041.00',
    reason: 'ESCO has only sector-specific maintenance technicians; O*NET gives "Maintenance Technician" to 49-9041.00 Industrial Machinery Mechanics, who keep plant machinery running',
  },
  {
    labels: ['développeur informatique', 'développeuse informatique', 'développeur', 'développeuse'],
    code: '15-1252.00',
    reason: 'the generic French title; ESCO only has "développeur de logiciels", moved to 15-1252.00 Software Developers above',
  },
  {
    labels: ['infirmier', 'infirmière', 'infirmier diplômé d’État', 'infirmière diplômée d’État'],
    code: '29-1141.00',
    reason: 'the plain title is a registered nurse; ESCO v1.0.8 only has specialised ones ("infirmier de soins généraux" lands on 29-1141.00 Registered Nurses)',
  },
  {
    labels: ['ingénieur logiciel', 'ingénieure logiciel', 'ingénieur développement logiciel', 'ingénieure développement logiciel'],
    code: '15-1252.00',
    reason: 'French postings’ title for a software engineer; O*NET gives "Software Engineer" to 15-1252.00 Software Developers',
  },
  {
    labels: ['responsable RH', 'responsable des ressources humaines'],
    code: '11-3121.00',
    reason: 'the usual French titles of an HR manager (ESCO has "directeur des ressources humaines"): 11-3121.00 Human Resources Managers',
  },
  {
    labels: ['chargé RH', 'chargée RH', 'gestionnaire RH', 'chargé de ressources humaines', 'chargée de ressources humaines'],
    code: '13-1071.00',
    reason: 'HR generalists below the manager: 13-1071.00 Human Resources Specialists',
  },
  {
    labels: ['éducateur spécialisé', 'éducatrice spécialisée'],
    code: '21-1021.00',
    reason: 'a French state-qualified social work role with children and families in difficulty; ESCO’s "éducateur social" (social pedagogue) lands on 21-1021.00 Child, Family, and School Social Workers',
  },
  {
    labels: ['rédacteur technique/rédactrice technique', 'rédacteur technique', 'rédactrice technique'],
    code: '27-3042.00',
    reason: 'the French title of a technical writer; the only ESCO label landing on 27-3042.00 Technical Writers is "lexicographe", and ESCO’s "rédacteur technique" is an alternate label of "écrivain" (27-3043.05)',
  },
  {
    labels: ['chargé de conformité/chargée de conformité', 'chargé de conformité', 'chargée de conformité', 'compliance officer'],
    code: '13-1041.00',
    reason: 'the French titles of a compliance officer; the ESCO labels landing on 13-1041.00 Compliance Officers are a permit officer and a weights-and-measures inspector',
  },
  {
    labels: ['enseignant en maternelle/enseignante en maternelle', 'enseignant en maternelle', 'enseignante en maternelle'],
    code: '25-2012.00',
    reason: 'the only ESCO label landing on 25-2012.00 Kindergarten Teachers is a teacher in a Freinet school',
  },
  {
    labels: ['magasinier réceptionnaire/magasinière réceptionnaire', 'magasinier réceptionnaire', 'magasinière réceptionnaire', 'réceptionnaire'],
    code: '43-5071.00',
    reason: 'the French title of a warehouse receiving clerk; the ESCO labels landing on 43-5071.00 Shipping, Receiving, and Inventory Clerks are ship planners',
  },
  {
    labels: ['gestionnaire de paie'],
    code: '43-3051.00',
    reason: 'a common French title ESCO v1.0.8 lacks; payroll is 43-3051.00 Payroll and Timekeeping Clerks',
  },
  {
    labels: ['conseiller clientèle', 'conseillère clientèle', 'téléconseiller', 'téléconseillère'],
    code: '43-4051.00',
    reason: 'common French titles of customer service; O*NET 43-4051.00 Customer Service Representatives (ESCO splits them by sector only)',
  },
];

/**
 * The French title an occupation is shown by, where the rule of rankEsco (scripts/catalog/
 * occupations.ts) names it by an ESCO occupation that is only a corner of it. The label must be
 * one of the occupation's French titles (ESCO's or EXTRA_FRENCH_TITLES'); the build fails otherwise.
 */
export interface FrenchTitleChoice {
  code: string;
  label: string;
  reason: string;
}

export const FRENCH_TITLE_CHOICES: readonly FrenchTitleChoice[] = [
  {
    code: '25-2031.00',
    label: 'professeur/professeure de collège et de lycée',
    reason: 'Secondary School Teachers were shown as "professeur de religion", the highest-confidence of the many ESCO subject teachers landing there',
  },
  {
    code: '29-1141.00',
    label: 'infirmier de soins généraux/infirmière de soins généraux',
    reason: 'Registered Nurses were shown as "infirmier de pratique avancée" (an advanced practice nurse, 29-1171.00’s work)',
  },
  {
    code: '53-3032.00',
    label: 'conducteur de poids lourd/conductrice de poids lourd',
    reason: 'Heavy and Tractor-Trailer Truck Drivers were shown as "déménageur conducteur de poids lourd" (a removals driver)',
  },
  {
    code: '15-1211.00',
    label: 'analyste de système informatique',
    reason: 'Computer Systems Analysts were shown as "auditeur des systèmes d’information" (an IT auditor)',
  },
  {
    code: '11-3021.00',
    label: 'directeur des systèmes d’information /directrice des systèmes d’information',
    reason: 'Computer and Information Systems Managers were shown as "responsable des connaissances et de l’information informatique"; a DSI is the French title of the job',
  },
  {
    code: '27-3041.00',
    label: 'éditeur/éditrice',
    reason: 'Editors were shown as "directeur de collection" (a series editor)',
  },
  {
    code: '31-9092.00',
    label: 'assistant en cabinet médical/assistante en cabinet médical',
    reason: 'Medical Assistants were shown as "assistant chiropracteur"',
  },
  {
    code: '47-2152.00',
    label: 'plombier/plombière',
    reason: 'Plumbers, Pipefitters, and Steamfitters were shown as "installateur de systèmes d’extinction automatique à eau" (sprinkler fitters)',
  },
  {
    code: '49-3023.00',
    label: 'mécanicien d’entretien en automobile/mécanicienne d’entretien en automobile',
    reason: 'Automotive Service Technicians and Mechanics were shown as "technicien en système de freinage automobile" (brakes only)',
  },
  {
    code: '37-2011.00',
    label: 'agent d’entretien d’immeubles/agente d’entretien d’immeubles',
    reason: 'Janitors and Cleaners were shown as "laveur de vitres" (window cleaners)',
  },
  {
    code: '13-1041.00',
    label: 'chargé de conformité/chargée de conformité',
    reason: 'Compliance Officers were shown as "agent chargé de la délivrance de permis"; the title is one of EXTRA_FRENCH_TITLES',
  },
  {
    code: '25-2012.00',
    label: 'enseignant en maternelle/enseignante en maternelle',
    reason: 'Kindergarten Teachers were shown as "instituteur en école Freinet"; the title is one of EXTRA_FRENCH_TITLES',
  },
  {
    code: '43-5071.00',
    label: 'magasinier réceptionnaire/magasinière réceptionnaire',
    reason: 'Shipping, Receiving, and Inventory Clerks were shown as "coordinateur d’opérations navires"; the title is one of EXTRA_FRENCH_TITLES',
  },
  {
    code: '27-3042.00',
    label: 'rédacteur technique/rédactrice technique',
    reason: 'Technical Writers were shown as "lexicographe"; the title is one of EXTRA_FRENCH_TITLES',
  },
];
