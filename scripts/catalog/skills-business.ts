import type { SkillSource } from './types';

export const BUSINESS_SKILLS: SkillSource[] = [
  {
    id: 'critical-thinking',
    category: 'business',
    name: ['Critical thinking and judgement', 'Esprit critique et jugement'],
    description: [
      'Weighing evidence and arguments, spotting weak reasoning and deciding on sound grounds.',
      'Peser preuves et arguments, repérer les raisonnements faibles et décider sur des bases solides.',
    ],
    prerequisites: [],
    aliases: ['critical thinking', 'judgment', 'decision making', 'esprit critique', 'reasoning', 'jugement', 'analytical thinking', 'analytical mindset', 'sound judgement', 'esprit d’analyse', 'capacité d’analyse', 'esprit analytique', 'prise de recul', 'sens critique', 'challenge assumptions'],
    levels: [
      ['Asks where a claim comes from', 'Demande d’où vient une affirmation'],
      ['Checks sources and spots common fallacies', 'Vérifie les sources et repère les sophismes courants'],
      ['Weighs options and evidence to make sound decisions', 'Pèse options et preuves pour prendre de bonnes décisions'],
      ['Makes high-stakes calls under uncertainty and explains them', 'Tranche les enjeux lourds dans l’incertitude et s’en explique'],
    ],
  },
  {
    id: 'problem-solving',
    category: 'business',
    name: ['Complex problem solving', 'Résolution de problèmes complexes'],
    description: [
      'Breaking messy problems into parts, generating options and carrying a solution through.',
      'Décomposer un problème flou, générer des options et mener une solution à terme.',
    ],
    prerequisites: ['critical-thinking'],
    aliases: ['problem solving', 'complex problem solving', 'résolution de problèmes', 'root cause', 'solve problems', 'problem solver', 'problem-solver', 'solution-oriented', 'orienté solutions', 'orientée solutions', 'résoudre des problèmes', 'trouver des solutions'],
    levels: [
      ['Describes a problem and its symptoms clearly', 'Décrit clairement un problème et ses symptômes'],
      ['Breaks a problem down and tests simple solutions', 'Décompose un problème et teste des solutions simples'],
      ['Solves ill-defined problems with structured methods', 'Résout des problèmes mal définis avec des méthodes structurées'],
      ['Frames and solves organisation-wide problems', 'Cadre et résout des problèmes à l’échelle de l’organisation'],
    ],
  },
  {
    id: 'business-acumen',
    category: 'business',
    name: ['Business acumen', 'Sens des affaires'],
    description: [
      'How an organisation plans, earns, spends and decides, and how your work affects it.',
      'Comment une organisation planifie, gagne, dépense et décide, et l’effet de votre travail.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): management.
    aliases: ['business acumen', 'administration and management', 'strategy', 'sens des affaires', 'business understanding', 'commercial awareness', 'business sense', 'business impact', 'compréhension des enjeux business', 'enjeux métier', 'sens business', 'vision business'],
    levels: [
      ['Knows how the organisation makes money', 'Sait comment l’organisation gagne de l’argent'],
      ['Links own work to team goals and budgets', 'Relie son travail aux objectifs et budgets de l’équipe'],
      ['Analyses strategy, markets and operations to advise', 'Analyse stratégie, marchés et opérations pour conseiller'],
      ['Shapes strategy and resource choices at senior level', 'Façonne stratégie et arbitrages au plus haut niveau'],
    ],
  },
  {
    id: 'business-case-finance',
    category: 'business',
    name: ['Business cases and finance', 'Analyse de rentabilité et finance'],
    description: [
      'Estimating costs, benefits, ROI and budgets to justify or stop a project.',
      'Estimer coûts, bénéfices, ROI et budgets pour justifier ou arrêter un projet.',
    ],
    prerequisites: ['business-acumen', 'spreadsheets'],
    aliases: ['business case', 'ROI', 'budgeting', 'financial analysis', 'economics and accounting', 'rentabilité', 'P&L', 'cost-benefit', 'financial modeling', 'business value', 'retour sur investissement', 'chiffrage', 'création de valeur', 'TCO'],
    levels: [
      ['Knows cost, revenue and margin', 'Connaît coût, chiffre d’affaires et marge'],
      ['Builds a simple cost-benefit sheet for a project', 'Construit un tableau coûts-bénéfices simple pour un projet'],
      ['Writes business cases with scenarios and risks', 'Rédige des dossiers de rentabilité avec scénarios et risques'],
      ['Owns budgets and investment decisions for a portfolio', 'Porte budgets et décisions d’investissement d’un portefeuille'],
    ],
  },
  {
    id: 'requirements-analysis',
    category: 'business',
    name: ['Requirements and process analysis', 'Analyse des besoins et des processus'],
    description: [
      'Finding out what users and processes need and writing it down so it can be built.',
      'Découvrir ce dont utilisateurs et processus ont besoin et l’écrire pour que ce soit construit.',
    ],
    prerequisites: ['critical-thinking'],
    // Removed as too generic in postings (issue #16): besoins.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['requirements analysis', 'requirements gathering', 'business analysis', 'operations analysis', 'user stories', 'process mapping', 'recueil des besoins', 'gather requirements', 'business requirements', 'business needs', 'translate business needs', 'functional specifications', 'understand client needs', 'cahier des charges', 'spécifications fonctionnelles', 'besoins métiers', 'besoins métier', 'expression des besoins', 'analyser les besoins', 'recueillir les besoins', 'traduire les besoins', 'process analysis', 'cartographie des processus'],
    levels: [
      ['Knows the difference between a need and a solution', 'Distingue un besoin d’une solution'],
      ['Interviews users and writes clear user stories', 'Interroge les utilisateurs et rédige des récits clairs'],
      ['Maps processes and negotiates scope and priorities', 'Cartographie les processus, négocie périmètre et priorités'],
      ['Leads analysis for large multi-team programmes', 'Mène l’analyse de grands programmes multi-équipes'],
    ],
  },
  {
    id: 'systems-thinking',
    category: 'business',
    name: ['Systems thinking', 'Pensée systémique'],
    description: [
      'Seeing how parts of a system interact, and how a change ripples through it.',
      'Voir comment les parties d’un système interagissent et comment un changement s’y propage.',
    ],
    prerequisites: ['critical-thinking'],
    aliases: ['systems thinking', 'systems analysis', 'systems evaluation', 'pensée systémique'],
    levels: [
      ['Knows that changes have side effects', 'Sait qu’un changement a des effets de bord'],
      ['Maps the parts and flows of a system', 'Cartographie les parties et les flux d’un système'],
      ['Predicts knock-on effects and picks indicators to watch', 'Anticipe les effets en chaîne et choisit les indicateurs à suivre'],
      ['Redesigns whole systems for lasting outcomes', 'Repense des systèmes entiers pour des résultats durables'],
    ],
  },
  {
    id: 'project-management',
    category: 'business',
    name: ['Project management', 'Gestion de projet'],
    description: [
      'Planning scope, schedule, risks and people so a project delivers on time.',
      'Planifier périmètre, calendrier, risques et personnes pour livrer un projet à temps.',
    ],
    prerequisites: ['time-management'],
    // Removed as too generic in postings (issue #16): planning.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['project management', 'agile', 'Scrum', 'gestion de projet', 'PMP', 'Jira', 'Asana', 'Trello', 'manage multiple projects', 'manage several projects', 'gérer plusieurs projets', 'project delivery', 'deliver projects', 'manage projects', 'project planning', 'project plans', 'milestones', 'Kanban', 'pilotage de projet', 'piloter des projets', 'piloter les projets', 'conduite de projet', 'gestion de projets', 'méthodes agiles', 'jalons', 'PMO'],
    levels: [
      ['Knows the phases of a project', 'Connaît les phases d’un projet'],
      ['Plans and tracks a small project with a tool', 'Planifie et suit un petit projet avec un outil'],
      ['Runs cross-team projects with risks and stakeholders', 'Pilote des projets transverses avec risques et parties prenantes'],
      ['Directs programmes and coaches project managers', 'Dirige des programmes et accompagne des chefs de projet'],
    ],
  },
  {
    id: 'change-management',
    category: 'business',
    name: ['Change management', 'Conduite du changement'],
    description: [
      'Helping people adopt new tools and processes so changes last.',
      'Aider les personnes à adopter outils et processus nouveaux pour que le changement dure.',
    ],
    prerequisites: ['project-management', 'stakeholder-management'],
    aliases: ['change management', 'adoption', 'transformation', 'conduite du changement', 'ADKAR'],
    levels: [
      ['Knows people resist change for reasons', 'Sait que la résistance au changement a des raisons'],
      ['Plans communication and training for a change', 'Planifie communication et formation d’un changement'],
      ['Leads adoption across teams and measures it', 'Conduit l’adoption dans plusieurs équipes et la mesure'],
      ['Leads organisation-wide transformations', 'Mène des transformations à l’échelle de l’organisation'],
    ],
  },
  {
    id: 'product-management',
    category: 'business',
    name: ['Product management', 'Gestion de produit'],
    description: [
      'Deciding what to build for whom, why, and how success is measured; discovery to launch.',
      'Décider quoi construire, pour qui, pourquoi et comment mesurer le succès ; de la découverte au lancement.',
    ],
    prerequisites: ['requirements-analysis', 'business-acumen'],
    // Removed as too generic in postings (issue #16): roadmap.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['product management', 'product manager', 'product discovery', 'chef de produit', 'PM', 'product roadmap'],
    levels: [
      ['Knows what a product manager decides', 'Sait ce que décide un chef de produit'],
      ['Writes specs and prioritises a backlog with the team', 'Rédige des specs et priorise un backlog avec l’équipe'],
      ['Owns a product: discovery, roadmap, metrics, launch', 'Porte un produit : découverte, feuille de route, indicateurs, lancement'],
      ['Sets product strategy across several products', 'Définit la stratégie produit sur plusieurs produits'],
    ],
  },
  {
    id: 'stakeholder-management',
    category: 'business',
    name: ['Stakeholder management', 'Relations avec les parties prenantes'],
    description: [
      'Understanding what each party needs, keeping them informed and aligned on decisions.',
      'Comprendre les besoins de chacun, tenir informé et aligner sur les décisions.',
    ],
    prerequisites: ['verbal-communication'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['stakeholder management', 'client management', 'alignment', 'parties prenantes', 'executive communication', 'stakeholders', 'work with stakeholders', 'partner with hiring managers', 'animer les parties prenantes', 'fédérer', 'interlocuteurs variés', 'business stakeholders', 'senior stakeholders', 'key stakeholders', 'client-facing', 'customer-facing', 'senior leadership', 'directions métiers', 'interlocuteurs métiers', 'relation client', 'comité de direction', 'CODIR', 'COMEX'],
    levels: [
      ['Knows who is affected by their work', 'Sait qui est concerné par son travail'],
      ['Keeps stakeholders informed and handles requests', 'Tient les parties prenantes informées et gère leurs demandes'],
      ['Aligns conflicting interests and senior sponsors', 'Aligne intérêts divergents et sponsors de haut niveau'],
      ['Manages executive and board-level relationships', 'Gère les relations avec la direction et le conseil'],
    ],
  },
  {
    id: 'consulting-methods',
    category: 'business',
    name: ['Consulting methods', 'Méthodes de conseil'],
    description: [
      'Structuring client problems, running workshops and turning analysis into recommendations.',
      'Structurer les problèmes du client, animer des ateliers et tirer des recommandations de l’analyse.',
    ],
    prerequisites: ['problem-solving', 'stakeholder-management'],
    // Removed as too generic in postings (issue #16): workshops.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['consulting', 'management consulting', 'conseil en stratégie', 'MECE', 'hypothesis-driven', 'consultant', 'cabinet de conseil', 'expérience en conseil', 'en conseil'],
    levels: [
      ['Knows how a consulting engagement runs', 'Sait comment se déroule une mission de conseil'],
      ['Structures an issue tree and gathers evidence for it', 'Structure un arbre de problèmes et réunit les preuves'],
      ['Runs workshops and delivers recommendations clients act on', 'Anime des ateliers et livre des recommandations suivies d’effet'],
      ['Leads engagements and develops client relationships', 'Dirige des missions et développe la relation client'],
    ],
  },
  {
    id: 'regulatory-compliance',
    category: 'business',
    name: ['Regulation and compliance', 'Réglementation et conformité'],
    description: [
      'Knowing the laws and standards that apply (employment, data, AI Act) and proving you follow them.',
      'Connaître les lois et normes applicables (travail, données, AI Act) et prouver qu’on les respecte.',
    ],
    prerequisites: [],
    aliases: ['compliance', 'regulation', 'law and government', 'EU AI Act', 'conformité', 'audit', 'regulatory', 'regulations', 'legal requirements', 'réglementaire', 'réglementation', 'cadre réglementaire', 'exigences légales', 'exigences réglementaires'],
    levels: [
      ['Knows which rules apply to their work', 'Sait quelles règles s’appliquent à son travail'],
      ['Follows procedures and keeps required records', 'Suit les procédures et tient les registres requis'],
      ['Interprets rules for new cases and runs audits', 'Interprète les règles pour des cas nouveaux et mène des audits'],
      ['Designs compliance programmes and advises leadership', 'Conçoit des programmes de conformité et conseille la direction'],
    ],
  },
  {
    id: 'quality-control',
    category: 'business',
    name: ['Quality control', 'Contrôle qualité'],
    description: [
      'Checking work against a standard, measuring defects and feeding corrections back.',
      'Vérifier le travail selon un référentiel, mesurer les défauts et faire remonter les corrections.',
    ],
    prerequisites: [],
    aliases: ['quality control', 'quality assurance', 'QA', 'inspection', 'contrôle qualité'],
    levels: [
      ['Knows what the standard for their work is', 'Connaît le référentiel de son travail'],
      ['Inspects outputs with checklists and logs defects', 'Inspecte les productions avec des listes et note les défauts'],
      ['Analyses defect trends and fixes root causes', 'Analyse les tendances de défauts et corrige les causes'],
      ['Designs quality systems and standards', 'Conçoit des systèmes et référentiels qualité'],
    ],
  },
  {
    id: 'ai-strategy',
    category: 'business',
    name: ['AI strategy and use cases', 'Stratégie IA et cas d’usage'],
    description: [
      'Finding where AI creates value, prioritising use cases and planning their rollout.',
      'Trouver où l’IA crée de la valeur, prioriser les cas d’usage et planifier leur déploiement.',
    ],
    prerequisites: ['ai-literacy', 'business-acumen'],
    aliases: ['AI strategy', 'AI transformation', 'use cases', 'AI roadmap', 'stratégie IA', 'AI adoption', 'AI opportunities', 'identify use cases', 'AI initiatives', 'cas d’usage', 'feuille de route IA', 'opportunités IA', 'transformation IA'],
    levels: [
      ['Names typical AI use cases in their sector', 'Cite des cas d’usage d’IA typiques de son secteur'],
      ['Assesses a use case for value, data and risk', 'Évalue un cas d’usage : valeur, données, risques'],
      ['Builds a prioritised AI roadmap with a business case', 'Construit une feuille de route IA priorisée et chiffrée'],
      ['Sets the AI strategy of an organisation', 'Définit la stratégie IA d’une organisation'],
    ],
  },
  {
    id: 'ai-governance',
    category: 'business',
    name: ['AI governance and risk', 'Gouvernance et risques de l’IA'],
    description: [
      'Policies, inventories, risk assessments and controls for AI systems (NIST AI RMF, EU AI Act).',
      'Politiques, inventaires, analyses de risques et contrôles des systèmes d’IA (NIST AI RMF, AI Act).',
    ],
    prerequisites: ['responsible-ai', 'regulatory-compliance'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['AI governance', 'AI risk management', 'NIST AI RMF', 'EU AI Act', 'ISO 42001', 'gouvernance IA', 'AI Act', 'AI policies', 'AI risk', 'model risk management', 'risk assessments', 'politique IA', 'gestion des risques IA', 'cadre de gouvernance'],
    levels: [
      ['Knows AI systems carry legal and ethical risks', 'Sait que l’IA comporte des risques juridiques et éthiques'],
      ['Classifies an AI use case by risk and records it', 'Classe un cas d’usage par niveau de risque et le consigne'],
      ['Runs risk assessments and sets controls and monitoring', 'Mène des analyses de risques et fixe contrôles et suivi'],
      ['Designs an organisation’s AI governance framework', 'Conçoit le cadre de gouvernance de l’IA d’une organisation'],
    ],
  },
];
