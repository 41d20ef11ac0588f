import type { SkillSource } from './types';

export const PEOPLE_SKILLS: SkillSource[] = [
  {
    id: 'talent-acquisition',
    category: 'people',
    name: ['Talent acquisition', 'Recrutement'],
    description: [
      'Sourcing, screening and hiring candidates, from job brief to signed offer.',
      'Sourcer, présélectionner et recruter des candidats, du besoin au contrat signé.',
    ],
    prerequisites: [],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['recruiting', 'recruitment', 'sourcing', 'talent acquisition', 'recrutement', 'hiring', 'full-cycle recruiting', 'source candidates', 'sourcer des candidats'],
    levels: [
      ['Knows the steps of a hiring process', 'Connaît les étapes d’un recrutement'],
      ['Writes job ads, sources and screens candidates', 'Rédige des annonces, source et présélectionne des candidats'],
      ['Runs full hiring cycles and advises hiring managers', 'Mène des recrutements complets et conseille les managers'],
      ['Designs hiring strategy and employer brand', 'Conçoit la stratégie de recrutement et la marque employeur'],
    ],
  },
  {
    id: 'structured-interviewing',
    category: 'people',
    name: ['Structured interviewing and assessment', 'Entretiens structurés et évaluation'],
    description: [
      'Assessing candidates fairly with job-related questions, scorecards and calibrated decisions.',
      'Évaluer les candidats équitablement avec questions liées au poste, grilles et décisions calibrées.',
    ],
    prerequisites: ['verbal-communication'],
    // Removed as too generic in postings (issue #16): assessment.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['interviewing', 'structured interviews', 'scorecards', 'entretien', 'competency-based', 'phone screens', 'conduct interviews', 'mener des entretiens'],
    levels: [
      ['Knows why unstructured interviews are biased', 'Sait pourquoi les entretiens libres sont biaisés'],
      ['Runs interviews from a scorecard and takes notes', 'Mène des entretiens avec une grille et prend des notes'],
      ['Designs interview plans and trains interviewers', 'Conçoit des plans d’entretien et forme les recruteurs'],
      ['Validates assessment methods against job outcomes', 'Valide les méthodes d’évaluation face aux résultats en poste'],
    ],
  },
  {
    id: 'hr-fundamentals',
    category: 'people',
    name: ['Human resources fundamentals', 'Fondamentaux RH'],
    description: [
      'Employment practices: hiring rules, pay, performance, training and employee relations.',
      'Pratiques d’emploi : règles d’embauche, rémunération, performance, formation, relations sociales.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): personnel.
    aliases: ['human resources', 'HR', 'RH', 'HR generalist', 'employee relations'],
    levels: [
      ['Knows the main HR processes', 'Connaît les grands processus RH'],
      ['Handles routine HR tasks following policy', 'Traite les tâches RH courantes selon les politiques'],
      ['Advises managers on HR cases and policies', 'Conseille les managers sur les cas et politiques RH'],
      ['Designs HR policy for an organisation', 'Conçoit la politique RH d’une organisation'],
    ],
  },
  {
    id: 'fair-hiring',
    category: 'people',
    name: ['Fair and lawful hiring with AI', 'Recrutement équitable et conforme avec l’IA'],
    description: [
      'Keeping hiring fair when tools screen or rank people: adverse impact, bias audits, notice and anti-discrimination rules.',
      'Garder un recrutement équitable quand des outils trient ou classent : impact défavorable, audits de biais, information et non-discrimination.',
    ],
    prerequisites: ['talent-acquisition'],
    aliases: ['fair hiring', 'adverse impact', 'bias audit', 'EEOC', 'equal opportunity', 'non-discrimination', 'DEI', 'diversity hiring', 'inclusive hiring', 'unbiased', 'bias-free', 'recrutement inclusif', 'égalité des chances', 'lutte contre les discriminations', 'diversité'],
    levels: [
      ['Knows AI screening can discriminate and that rules apply', 'Sait qu’un tri automatisé peut discriminer et que des règles s’appliquent'],
      ['Checks a hiring tool and its outcomes for adverse impact', 'Vérifie un outil de recrutement et ses résultats (impact défavorable)'],
      ['Runs bias audits and sets fair-hiring practice for a team', 'Mène des audits de biais et fixe les pratiques d’une équipe'],
      ['Sets an organisation’s policy for AI in hiring', 'Définit la politique d’une organisation pour l’IA en recrutement'],
    ],
  },
  {
    id: 'instructional-design',
    category: 'people',
    name: ['Instructional design', 'Ingénierie pédagogique'],
    description: [
      'Designing learning from objectives to activities and assessment, grounded in how people learn.',
      'Concevoir une formation des objectifs aux activités et à l’évaluation, selon la façon dont on apprend.',
    ],
    prerequisites: ['written-communication'],
    aliases: ['instructional design', 'learning design', 'ADDIE', 'curriculum design', 'ingénierie pédagogique', 'education and training'],
    levels: [
      ['Knows a course needs objectives and practice', 'Sait qu’une formation a besoin d’objectifs et de pratique'],
      ['Writes objectives and builds a module with activities', 'Écrit des objectifs et construit un module avec activités'],
      ['Designs full programmes with assessment and evaluation', 'Conçoit des parcours complets avec évaluation des acquis et du dispositif'],
      ['Leads learning strategy for an organisation', 'Pilote la stratégie de formation d’une organisation'],
    ],
  },
  {
    id: 'e-learning-authoring',
    category: 'people',
    name: ['Interactive e-learning authoring', 'Création de modules e-learning interactifs'],
    description: [
      'Building interactive lessons, quizzes and simulations with authoring tools.',
      'Construire leçons interactives, quiz et simulations avec des outils auteurs.',
    ],
    prerequisites: ['instructional-design'],
    aliases: ['e-learning', 'Articulate', 'Storyline', 'Rise', 'H5P', 'SCORM', 'interactive learning'],
    levels: [
      ['Knows what authoring tools and SCORM are', 'Sait ce que sont les outils auteurs et SCORM'],
      ['Builds a quiz or interactive lesson from a template', 'Construit un quiz ou une leçon interactive depuis un modèle'],
      ['Builds branching scenarios and accessible modules', 'Crée des scénarios à embranchements et des modules accessibles'],
      ['Sets the e-learning production standards and tools', 'Fixe les standards et outils de production e-learning'],
    ],
  },
  {
    id: 'teaching-and-coaching',
    category: 'people',
    name: ['Teaching and coaching', 'Enseignement et accompagnement'],
    description: [
      'Helping others learn a skill by explaining, demonstrating and giving feedback.',
      'Aider les autres à apprendre en expliquant, en montrant et en faisant des retours.',
    ],
    prerequisites: ['verbal-communication'],
    aliases: ['instructing', 'training delivery', 'coaching', 'mentoring', 'facilitation', 'formation', 'teaching', 'mentor', 'coach', 'training sessions', 'upskilling', 'train users', 'former les équipes', 'animer des formations', 'sessions de formation', 'montée en compétences', 'accompagner les équipes'],
    levels: [
      ['Shows a colleague how they do a task', 'Montre à un collègue comment il fait une tâche'],
      ['Runs a training session and checks understanding', 'Anime une séance de formation et vérifie la compréhension'],
      ['Coaches people over time with useful feedback', 'Accompagne des personnes dans la durée avec de bons retours'],
      ['Trains trainers and builds a coaching culture', 'Forme les formateurs et installe une culture d’accompagnement'],
    ],
  },
  {
    id: 'people-management',
    category: 'people',
    name: ['People management', 'Management d’équipe'],
    description: [
      'Leading a team: goals, delegation, feedback, development and hard conversations.',
      'Diriger une équipe : objectifs, délégation, retours, développement et conversations difficiles.',
    ],
    prerequisites: ['verbal-communication'],
    // Removed as too generic in postings (issue #16): management.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['people management', 'team lead', 'leadership', 'management of personnel', 'encadrement', 'manage a team', 'gérer une équipe', 'lead a team', 'team management', 'direct reports', 'management d’équipe', 'manager une équipe', 'animer une équipe', 'piloter une équipe'],
    levels: [
      ['Knows what a manager owes the team', 'Sait ce qu’un manager doit à son équipe'],
      ['Coordinates a small team’s work day to day', 'Coordonne au quotidien le travail d’une petite équipe'],
      ['Manages people: goals, reviews, growth, conflicts', 'Manage des personnes : objectifs, entretiens, progression, conflits'],
      ['Leads managers and shapes team culture', 'Dirige des managers et façonne la culture d’équipe'],
    ],
  },
  {
    id: 'continuous-learning',
    category: 'people',
    name: ['Learning how to learn', 'Apprendre à apprendre'],
    description: [
      'Picking up new knowledge quickly and keeping it, with deliberate practice and good sources.',
      'Acquérir vite de nouvelles connaissances et les garder, par la pratique délibérée et de bonnes sources.',
    ],
    prerequisites: [],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['active learning', 'learning agility', 'self-learning', 'continuous learning', 'autoformation', 'apprentissage continu', 'eager to learn', 'curiosité intellectuelle'],
    levels: [
      ['Follows a course when one is provided', 'Suit une formation quand on la lui donne'],
      ['Plans own learning and uses practice and spacing', 'Planifie son apprentissage avec pratique et répétition espacée'],
      ['Learns new fields fast from primary sources', 'Apprend vite de nouveaux domaines aux sources'],
      ['Builds learning systems for self and team', 'Construit des systèmes d’apprentissage pour soi et l’équipe'],
    ],
  },
  {
    id: 'time-management',
    category: 'people',
    name: ['Time management', 'Gestion du temps'],
    description: [
      'Planning and prioritising your own work so deadlines are met without burning out.',
      'Planifier et prioriser son travail pour tenir les délais sans s’épuiser.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): productivity.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['time management', 'prioritisation', 'organisation', 'gestion du temps', 'manage multiple tasks', 'multiple priorities', 'meet deadlines', 'respect des délais', 'organiser son temps', 'plusieurs échéances', 'gérer les priorités', 'organizational skills', 'organisational skills', 'well organized', 'highly organized', 'fast-paced environment', 'tight deadlines', 'gestion des priorités', 'respecter les délais', 'délais serrés', 'sens de l’organisation', 'bonne organisation'],
    levels: [
      ['Keeps a list of tasks and deadlines', 'Tient une liste de tâches et d’échéances'],
      ['Plans the week and protects focus time', 'Planifie la semaine et protège le temps de concentration'],
      ['Prioritises competing demands and renegotiates early', 'Arbitre les demandes concurrentes et renégocie tôt'],
      ['Helps a team plan and balance its workload', 'Aide une équipe à planifier et équilibrer sa charge'],
    ],
  },
  {
    id: 'collaboration',
    category: 'people',
    name: ['Collaboration and teamwork', 'Collaboration et travail d’équipe'],
    description: [
      'Reading others’ needs and coordinating work with them toward a shared result.',
      'Percevoir les besoins des autres et coordonner le travail avec eux vers un résultat commun.',
    ],
    prerequisites: [],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['teamwork', 'coordination', 'social perceptiveness', 'collaboration', 'travail d’équipe', 'team player', 'esprit d’équipe', 'travail en équipe', 'work closely with', 'collaborate', 'collaborative', 'cross-functional', 'en collaboration avec', 'collaborer', 'transverse', 'équipes pluridisciplinaires'],
    levels: [
      ['Shares information and helps when asked', 'Partage l’information et aide quand on le lui demande'],
      ['Coordinates with teammates and adjusts to them', 'Se coordonne avec l’équipe et s’y ajuste'],
      ['Builds trust across teams and resolves friction', 'Crée la confiance entre équipes et règle les frictions'],
      ['Creates cross-organisation collaboration that lasts', 'Installe une collaboration durable entre organisations'],
    ],
  },
];
