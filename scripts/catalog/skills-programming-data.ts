import type { SkillSource } from './types';

export const PROGRAMMING_SKILLS: SkillSource[] = [
  {
    id: 'python-programming',
    category: 'programming',
    name: ['Python programming', 'Programmation Python'],
    description: [
      'Writing, running and debugging Python programs, from scripts to small packages.',
      'Écrire, exécuter et déboguer des programmes Python, du script au petit paquet.',
    ],
    prerequisites: [],
    aliases: ['Python', 'python3', 'programming', 'programmation', 'coding'],
    levels: [
      ['Can read a short script and say what it does', 'Sait lire un court script et dire ce qu’il fait'],
      ['Writes scripts with functions, loops, files and libraries', 'Écrit des scripts avec fonctions, boucles, fichiers et bibliothèques'],
      ['Builds tested, packaged programs others can maintain', 'Construit des programmes testés et empaquetés que d’autres maintiennent'],
      ['Designs libraries, profiles and optimises, reviews others’ code', 'Conçoit des bibliothèques, profile et optimise, relit le code des autres'],
    ],
  },
  {
    id: 'javascript-programming',
    category: 'programming',
    name: ['JavaScript and TypeScript', 'JavaScript et TypeScript'],
    description: [
      'Programming the web and Node.js services in JavaScript or its typed variant TypeScript.',
      'Programmer le web et des services Node.js en JavaScript ou en TypeScript typé.',
    ],
    prerequisites: ['html-css'],
    aliases: ['JavaScript', 'TypeScript', 'JS', 'TS', 'Node.js', 'React', 'front-end'],
    levels: [
      ['Can follow what a small script does in the browser', 'Comprend ce que fait un petit script dans le navigateur'],
      ['Writes interactive pages and calls web APIs with fetch', 'Écrit des pages interactives et appelle des API web avec fetch'],
      ['Builds typed, tested apps with a framework or Node.js', 'Construit des applications typées et testées avec un framework ou Node.js'],
      ['Architects large front-end or Node codebases and their tooling', 'Architecture de grosses bases de code front ou Node et leur outillage'],
    ],
  },
  {
    id: 'html-css',
    category: 'programming',
    name: ['HTML and CSS', 'HTML et CSS'],
    description: [
      'Structuring web pages with HTML and styling them with CSS, with search and accessibility in mind.',
      'Structurer des pages web en HTML et les mettre en forme en CSS, en pensant référencement et accessibilité.',
    ],
    prerequisites: [],
    aliases: ['HTML', 'CSS', 'HTML5', 'web page', 'markup'],
    levels: [
      ['Knows what tags, attributes and style rules are', 'Sait ce que sont balises, attributs et règles de style'],
      ['Edits page structure, headings, links and meta tags', 'Modifie la structure, les titres, les liens et les balises meta'],
      ['Builds responsive, accessible pages from scratch', 'Construit des pages adaptatives et accessibles de zéro'],
      ['Sets front-end standards: semantics, performance, design systems', 'Fixe les standards front : sémantique, performance, design system'],
    ],
  },
  {
    id: 'computer-science-fundamentals',
    category: 'programming',
    name: ['Computer science fundamentals', 'Fondamentaux de l’informatique'],
    description: [
      'How programs run: data structures, algorithms and their cost, memory, and how code becomes machine work.',
      'Comment tournent les programmes : structures de données, algorithmes et leur coût, mémoire, du code à la machine.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): computer science.
    aliases: ['algorithms', 'data structures', 'algorithmique', 'CS fundamentals', 'complexity'],
    levels: [
      ['Knows what an algorithm, a list and a loop are', 'Sait ce que sont un algorithme, une liste et une boucle'],
      ['Picks fitting data structures and reads a program’s cost', 'Choisit des structures adaptées et lit le coût d’un programme'],
      ['Designs algorithms and reasons about memory and complexity', 'Conçoit des algorithmes et raisonne mémoire et complexité'],
      ['Explains the whole stack from logic gates to compilers', 'Explique toute la pile, des portes logiques aux compilateurs'],
    ],
  },
  {
    id: 'software-engineering-practices',
    category: 'programming',
    name: ['Software engineering practices', 'Pratiques du génie logiciel'],
    description: [
      'Testing, code review, clean design and documentation that keep software changeable.',
      'Tests, revue de code, conception propre et documentation qui gardent un logiciel évolutif.',
    ],
    prerequisites: ['python-programming', 'git-version-control'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['software engineering', 'unit testing', 'code review', 'clean code', 'génie logiciel', 'TDD', 'review code', 'write tests', 'réviser le code', 'revue de code', 'tests unitaires', 'relecture de code'],
    levels: [
      ['Knows why tests and reviews exist', 'Sait pourquoi tests et revues existent'],
      ['Writes unit tests and takes part in code review', 'Écrit des tests unitaires et participe aux revues de code'],
      ['Designs modules with clear interfaces and a test strategy', 'Conçoit des modules aux interfaces claires avec une stratégie de test'],
      ['Sets engineering standards and mentors a team on them', 'Fixe les standards d’ingénierie et forme l’équipe à les suivre'],
    ],
  },
  {
    id: 'api-development',
    category: 'programming',
    name: ['Web APIs', 'API web'],
    description: [
      'Designing, building and calling HTTP/REST APIs, with authentication, errors and versioning.',
      'Concevoir, construire et appeler des API HTTP/REST, avec authentification, erreurs et versions.',
    ],
    prerequisites: ['python-programming'],
    aliases: ['REST', 'RESTful API', 'API', 'FastAPI', 'HTTP', 'JSON', 'web services'],
    levels: [
      ['Knows what a request, a response and a status code are', 'Sait ce que sont requête, réponse et code de statut'],
      ['Calls third-party APIs with keys and handles their errors', 'Appelle des API tierces avec clés et gère leurs erreurs'],
      ['Builds and documents an authenticated API with tests', 'Construit et documente une API authentifiée et testée'],
      ['Designs API platforms: versioning, limits, security reviews', 'Conçoit des plateformes d’API : versions, quotas, revues de sécurité'],
    ],
  },
  {
    id: 'system-design',
    category: 'programming',
    name: ['System design', 'Conception de systèmes'],
    description: [
      'Choosing components, data flows and trade-offs so a system meets its load, cost and reliability needs.',
      'Choisir composants, flux de données et compromis pour qu’un système tienne charge, coût et fiabilité.',
    ],
    prerequisites: ['software-engineering-practices', 'cloud-platforms'],
    // Removed as too generic in postings (issue #16): scalability.
    aliases: ['system design', 'software architecture', 'solution architecture', 'technology design'],
    levels: [
      ['Can name the parts of a web system: client, server, database, cache', 'Sait nommer les parties d’un système web : client, serveur, base, cache'],
      ['Draws a system diagram and explains its data flow', 'Dessine un schéma de système et explique ses flux'],
      ['Designs a service for given load and cost, defending trade-offs', 'Conçoit un service pour une charge et un coût donnés et défend ses choix'],
      ['Designs large multi-team systems and reviews others’ designs', 'Conçoit de grands systèmes multi-équipes et relit ceux des autres'],
    ],
  },
  {
    id: 'shell-scripting',
    category: 'programming',
    name: ['Shell scripting', 'Scripts shell'],
    description: [
      'Automating command-line work with Bash or PowerShell scripts.',
      'Automatiser le travail en ligne de commande avec des scripts Bash ou PowerShell.',
    ],
    prerequisites: ['linux-administration'],
    // Removed as too generic in postings (issue #16): scripting.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['Bash', 'shell script', 'PowerShell', 'command line', 'CLI', 'shell scripting'],
    levels: [
      ['Runs commands someone else wrote down', 'Exécute des commandes écrites par quelqu’un d’autre'],
      ['Chains commands with pipes and writes short scripts', 'Enchaîne les commandes avec des pipes et écrit de courts scripts'],
      ['Writes robust scripts with arguments, checks and logging', 'Écrit des scripts robustes avec arguments, contrôles et journaux'],
      ['Automates fleet operations and reviews others’ scripts', 'Automatise l’exploitation d’un parc et relit les scripts des autres'],
    ],
  },
];

export const DATA_SKILLS: SkillSource[] = [
  {
    id: 'sql',
    category: 'data',
    name: ['SQL', 'SQL'],
    description: [
      'Querying and changing relational data with SQL: filters, joins, aggregates, window functions.',
      'Interroger et modifier des données relationnelles en SQL : filtres, jointures, agrégats, fenêtres.',
    ],
    prerequisites: [],
    aliases: ['SQL', 'structured query language', 'PostgreSQL', 'MySQL', 'queries', 'requêtes'],
    levels: [
      ['Can read a simple SELECT and say what it returns', 'Sait lire un SELECT simple et dire ce qu’il renvoie'],
      ['Writes queries with joins, GROUP BY and filters', 'Écrit des requêtes avec jointures, GROUP BY et filtres'],
      ['Uses subqueries, window functions and reads query plans', 'Utilise sous-requêtes, fonctions de fenêtre et lit les plans'],
      ['Tunes heavy queries and schemas for large databases', 'Optimise requêtes lourdes et schémas sur de grosses bases'],
    ],
  },
  {
    id: 'statistics',
    category: 'data',
    name: ['Statistics', 'Statistiques'],
    description: [
      'Describing data and drawing conclusions under uncertainty: distributions, sampling, tests, regression.',
      'Décrire des données et conclure malgré l’incertitude : lois, échantillons, tests, régression.',
    ],
    prerequisites: [],
    aliases: ['statistics', 'statistiques', 'probability', 'hypothesis testing', 'R', 'SPSS', 'SAS'],
    levels: [
      ['Knows mean, median and why samples vary', 'Connaît moyenne, médiane et pourquoi les échantillons varient'],
      ['Computes descriptive statistics and reads a confidence interval', 'Calcule des statistiques descriptives et lit un intervalle de confiance'],
      ['Chooses and runs the right test or regression and checks assumptions', 'Choisit et mène le bon test ou la bonne régression, vérifie les hypothèses'],
      ['Designs statistical analyses and judges others’ methods', 'Conçoit des analyses statistiques et juge les méthodes des autres'],
    ],
  },
  {
    id: 'applied-mathematics',
    category: 'data',
    name: ['Applied mathematics', 'Mathématiques appliquées'],
    description: [
      'Algebra, linear algebra, calculus and probability used to reason about data and models.',
      'Algèbre, algèbre linéaire, analyse et probabilités pour raisonner sur données et modèles.',
    ],
    prerequisites: [],
    aliases: ['mathematics', 'maths', 'linear algebra', 'calculus', 'algèbre linéaire', 'probability'],
    levels: [
      ['Handles percentages, ratios and simple formulas', 'Manie pourcentages, ratios et formules simples'],
      ['Works with functions, vectors and basic probability', 'Travaille avec fonctions, vecteurs et probabilités de base'],
      ['Uses matrices, derivatives and distributions in models', 'Utilise matrices, dérivées et lois de probabilité dans des modèles'],
      ['Derives and proves the maths behind new methods', 'Établit et démontre les mathématiques de nouvelles méthodes'],
    ],
  },
  {
    id: 'data-wrangling',
    category: 'data',
    name: ['Data cleaning and wrangling', 'Nettoyage et préparation des données'],
    description: [
      'Finding and fixing missing, duplicated or inconsistent data and reshaping it for analysis.',
      'Repérer et corriger données manquantes, doublons ou incohérences et les remettre en forme.',
    ],
    prerequisites: ['spreadsheets'],
    aliases: ['data cleaning', 'data wrangling', 'data preparation', 'ETL', 'nettoyage de données', 'data transformation', 'transform data', 'prepare data', 'clean data', 'data munging', 'préparation des données', 'transformation des données', 'nettoyer les données', 'préparer les données'],
    levels: [
      ['Spots obvious errors and duplicates in a table', 'Repère erreurs évidentes et doublons dans un tableau'],
      ['Cleans and joins tables with a repeatable recipe', 'Nettoie et joint des tables avec une recette reproductible'],
      ['Automates cleaning of messy sources and documents choices', 'Automatise le nettoyage de sources brouillonnes et documente ses choix'],
      ['Designs data-preparation standards for a team', 'Conçoit les standards de préparation des données d’une équipe'],
    ],
  },
  {
    id: 'data-visualization',
    category: 'data',
    name: ['Data visualisation', 'Visualisation de données'],
    description: [
      'Choosing and building charts and dashboards that show the data honestly and clearly.',
      'Choisir et construire graphiques et tableaux de bord qui montrent les données clairement et honnêtement.',
    ],
    prerequisites: ['statistics'],
    // Removed as too generic in postings (issue #16): reporting.
    aliases: ['data visualization', 'dashboards', 'charts', 'dataviz', 'tableaux de bord', 'visualizations', 'visualisations', 'data viz', 'matplotlib', 'graphiques', 'visualiser'],
    levels: [
      ['Reads common charts and spots a misleading axis', 'Lit les graphiques courants et repère un axe trompeur'],
      ['Builds the right chart for a question in a tool', 'Construit le bon graphique pour une question dans un outil'],
      ['Designs dashboards people use to make decisions', 'Conçoit des tableaux de bord qui servent à décider'],
      ['Sets visual standards and builds custom interactive views', 'Fixe les standards visuels et crée des vues interactives sur mesure'],
    ],
  },
  {
    id: 'data-modeling',
    category: 'data',
    name: ['Data modelling and architecture', 'Modélisation et architecture des données'],
    description: [
      'Designing tables, keys and relations, and how data moves between systems.',
      'Concevoir tables, clés et relations, et la circulation des données entre systèmes.',
    ],
    prerequisites: ['sql'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['data modeling', 'data architecture', 'database design', 'schema', 'entity relationship', 'modélisation', 'architecture de données', 'data models', 'dimensional modeling', 'modèle de données', 'modèles de données'],
    levels: [
      ['Knows what a table, a key and a relation are', 'Sait ce que sont une table, une clé et une relation'],
      ['Draws an entity-relationship model for a small domain', 'Dessine un modèle entité-relation pour un petit domaine'],
      ['Designs normalised and analytical schemas for real use', 'Conçoit des schémas normalisés et analytiques pour un usage réel'],
      ['Defines the data architecture across an organisation', 'Définit l’architecture des données d’une organisation'],
    ],
  },
  {
    id: 'data-pipelines',
    category: 'data',
    name: ['Data pipelines', 'Pipelines de données'],
    description: [
      'Moving and transforming data on a schedule or in streams, with orchestration and monitoring.',
      'Déplacer et transformer des données en lots ou en flux, avec orchestration et supervision.',
    ],
    prerequisites: ['sql', 'python-programming'],
    aliases: ['data pipelines', 'ETL', 'ELT', 'Airflow', 'Kafka', 'orchestration', 'dbt'],
    levels: [
      ['Knows what extract, transform and load mean', 'Sait ce que veulent dire extraire, transformer, charger'],
      ['Builds a scheduled pipeline from a source to a table', 'Construit un pipeline planifié d’une source vers une table'],
      ['Runs tested, monitored pipelines with retries and backfills', 'Exploite des pipelines testés et supervisés, avec reprises et rattrapages'],
      ['Designs a company’s batch and streaming data platform', 'Conçoit la plateforme de données en lots et en flux d’une entreprise'],
    ],
  },
  {
    id: 'data-warehousing',
    category: 'data',
    name: ['Data warehousing', 'Entrepôts de données'],
    description: [
      'Organising analytical data in warehouses or lakehouses for fast, trusted reporting.',
      'Organiser les données d’analyse en entrepôt ou lakehouse pour un reporting rapide et fiable.',
    ],
    prerequisites: ['data-modeling'],
    aliases: ['data warehouse', 'BigQuery', 'Redshift', 'Snowflake', 'lakehouse', 'star schema', 'entrepôt', 'data lake', 'datalake', 'entrepôt de données', 'data warehouses', 'Azure Synapse'],
    levels: [
      ['Knows why analytics uses a separate warehouse', 'Sait pourquoi l’analyse utilise un entrepôt séparé'],
      ['Loads and queries data in a cloud warehouse', 'Charge et interroge des données dans un entrepôt cloud'],
      ['Designs star schemas, partitions and access rules', 'Conçoit schémas en étoile, partitions et droits d’accès'],
      ['Runs a warehouse platform for cost, speed and governance', 'Pilote une plateforme d’entrepôt pour coût, vitesse et gouvernance'],
    ],
  },
  {
    id: 'data-quality',
    category: 'data',
    name: ['Data quality', 'Qualité des données'],
    description: [
      'Measuring and improving the accuracy, completeness and consistency of data used by models.',
      'Mesurer et améliorer l’exactitude, la complétude et la cohérence des données des modèles.',
    ],
    prerequisites: ['data-wrangling'],
    aliases: ['data quality', 'data validation', 'data-centric AI', 'qualité des données', 'data profiling', 'data integrity', 'data accuracy', 'quality checks', 'data observability', 'Great Expectations', 'fiabilité des données', 'fiabiliser les données', 'contrôles qualité', 'cohérence des données'],
    levels: [
      ['Knows how bad data leads to bad models', 'Sait comment de mauvaises données font de mauvais modèles'],
      ['Profiles a dataset and reports its defects', 'Profile un jeu de données et en signale les défauts'],
      ['Sets automated checks and fixes root causes', 'Met en place des contrôles automatiques et corrige les causes'],
      ['Owns a data-quality programme with metrics and targets', 'Porte un programme qualité des données avec indicateurs et cibles'],
    ],
  },
  {
    id: 'data-governance-privacy',
    category: 'data',
    name: ['Data governance and privacy', 'Gouvernance et protection des données'],
    description: [
      'Rules for who may use which data for what, including personal-data law such as the GDPR.',
      'Règles sur qui peut utiliser quelles données et pourquoi, dont le droit des données personnelles (RGPD).',
    ],
    prerequisites: [],
    aliases: ['data governance', 'GDPR', 'RGPD', 'privacy', 'data protection', 'vie privée', 'data privacy', 'personal data', 'PII', 'data security', 'CCPA', 'HIPAA', 'données personnelles', 'protection des données', 'DPO', 'confidentialité des données', 'data lineage', 'data catalog', 'gouvernance des données'],
    levels: [
      ['Knows what personal data is and that rules apply', 'Sait ce qu’est une donnée personnelle et que des règles s’appliquent'],
      ['Applies consent, minimisation and retention rules in daily work', 'Applique consentement, minimisation et durées de conservation au quotidien'],
      ['Runs impact assessments and data-access policies', 'Mène des analyses d’impact et définit les politiques d’accès'],
      ['Designs an organisation’s data governance framework', 'Conçoit le cadre de gouvernance des données d’une organisation'],
    ],
  },
  {
    id: 'experiment-design',
    category: 'data',
    name: ['Experiment design and A/B testing', 'Expérimentation et tests A/B'],
    description: [
      'Setting up controlled tests with hypotheses, metrics and sample sizes, and reading them fairly.',
      'Monter des tests contrôlés avec hypothèses, indicateurs et tailles d’échantillon, et les lire honnêtement.',
    ],
    prerequisites: ['statistics'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['A/B testing', 'experimentation', 'split testing', 'hypothesis', 'test A/B', 'scientific method', 'design experiments', 'run experiments', 'concevoir des expériences', 'plans d’expérience', 'A/B tests', 'controlled experiments', 'test and learn', 'expérimentations', 'AB testing', 'tests A/B'],
    levels: [
      ['Knows why a control group is needed', 'Sait pourquoi il faut un groupe témoin'],
      ['Runs a simple A/B test with a tool and reads the result', 'Mène un test A/B simple avec un outil et en lit le résultat'],
      ['Designs tests with power, guardrails and pitfalls in mind', 'Conçoit des tests en pensant puissance, garde-fous et pièges'],
      ['Builds an experimentation practice for a product', 'Construit une pratique d’expérimentation pour un produit'],
    ],
  },
  {
    id: 'data-labeling',
    category: 'data',
    name: ['Data labelling and annotation', 'Étiquetage et annotation de données'],
    description: [
      'Classifying, tagging and enriching text, images, audio or video so models can learn from them.',
      'Classer, étiqueter et enrichir textes, images, sons ou vidéos pour que les modèles en apprennent.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): labelling, tagging.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['data annotation', 'data labeling', 'annotation', 'bounding boxes', 'data annotator', 'label data', 'annotation de données', 'étiquetage'],
    levels: [
      ['Knows what a label is and why models need them', 'Sait ce qu’est un label et pourquoi les modèles en ont besoin'],
      ['Labels items accurately following a guideline', 'Étiquette des éléments avec justesse en suivant une consigne'],
      ['Handles ambiguous and specialist items and flags guideline gaps', 'Traite les cas ambigus ou experts et signale les trous des consignes'],
      ['Designs labeling schemes for new tasks and domains', 'Conçoit des schémas d’étiquetage pour de nouvelles tâches'],
    ],
  },
  {
    id: 'annotation-guidelines',
    category: 'data',
    name: ['Annotation guidelines', 'Consignes d’annotation'],
    description: [
      'Writing and applying the rules, examples and edge cases that make labels consistent.',
      'Rédiger et appliquer les règles, exemples et cas limites qui rendent les labels cohérents.',
    ],
    prerequisites: ['data-labeling', 'written-communication'],
    aliases: ['annotation guidelines', 'labeling guidelines', 'rubric', 'taxonomy', 'grille d’évaluation'],
    levels: [
      ['Reads a guideline and finds the rule for a case', 'Lit une consigne et trouve la règle d’un cas'],
      ['Applies complex rubrics consistently and cites them', 'Applique des grilles complexes avec constance et les cite'],
      ['Writes guidelines with examples and edge cases', 'Rédige des consignes avec exemples et cas limites'],
      ['Designs taxonomies and rubrics for new AI tasks', 'Conçoit taxonomies et grilles pour de nouvelles tâches d’IA'],
    ],
  },
  {
    id: 'label-quality-assurance',
    category: 'data',
    name: ['Label quality assurance', 'Contrôle qualité des labels'],
    description: [
      'Auditing labels with samples, gold sets and agreement scores, and feeding fixes back.',
      'Auditer les labels par échantillons, jeux de référence et accords inter-annotateurs, puis corriger.',
    ],
    prerequisites: ['data-labeling', 'statistics'],
    aliases: ['label quality', 'inter-annotator agreement', 'gold set', 'QA', 'Cohen’s kappa', 'audit'],
    levels: [
      ['Knows that two annotators can disagree and why it matters', 'Sait que deux annotateurs divergent et pourquoi cela compte'],
      ['Reviews samples against a gold set and logs errors', 'Relit des échantillons face à un jeu de référence et note les erreurs'],
      ['Measures agreement and runs audit and feedback loops', 'Mesure l’accord et anime les boucles d’audit et de retour'],
      ['Designs the quality system for a large labeling operation', 'Conçoit le système qualité d’une grosse opération d’annotation'],
    ],
  },
];
