import type { SkillSource } from './types';

export const INFRASTRUCTURE_SKILLS: SkillSource[] = [
  {
    id: 'computing-fundamentals',
    category: 'infrastructure',
    name: ['Computing fundamentals', 'Bases de l’informatique'],
    description: [
      'How computers, operating systems, storage, networks and software fit together.',
      'Comment s’articulent ordinateurs, systèmes d’exploitation, stockage, réseaux et logiciels.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): computer science.
    aliases: ['computers and electronics', 'IT fundamentals', 'operating systems', 'informatique'],
    levels: [
      ['Names the parts of a computer and what an OS does', 'Nomme les parties d’un ordinateur et le rôle d’un OS'],
      ['Installs and configures systems and explains processes and files', 'Installe et configure des systèmes, explique processus et fichiers'],
      ['Explains memory, CPU, storage and OS internals when diagnosing', 'Mobilise mémoire, CPU, stockage et OS pour diagnostiquer'],
      ['Reasons from hardware up to applications on hard problems', 'Raisonne du matériel jusqu’aux applications sur les cas difficiles'],
    ],
  },
  {
    id: 'linux-administration',
    category: 'infrastructure',
    name: ['Linux administration', 'Administration Linux'],
    description: [
      'Running Linux servers: users, permissions, packages, services, logs and storage.',
      'Exploiter des serveurs Linux : utilisateurs, droits, paquets, services, journaux et stockage.',
    ],
    prerequisites: ['computing-fundamentals'],
    aliases: ['Linux', 'UNIX', 'Red Hat', 'Ubuntu', 'sysadmin', 'systemd'],
    levels: [
      ['Navigates files and runs basic commands in a terminal', 'Navigue dans les fichiers et lance des commandes de base'],
      ['Manages users, packages, services and permissions', 'Gère utilisateurs, paquets, services et droits'],
      ['Hardens, troubleshoots and automates production servers', 'Sécurise, dépanne et automatise des serveurs de production'],
      ['Runs large Linux fleets and tunes kernels and storage', 'Exploite de grands parcs Linux, règle noyau et stockage'],
    ],
  },
  {
    id: 'networking-fundamentals',
    category: 'infrastructure',
    name: ['Networking', 'Réseaux'],
    description: [
      'IP addressing, routing, switching, DNS and the protocols that connect machines.',
      'Adressage IP, routage, commutation, DNS et protocoles qui relient les machines.',
    ],
    prerequisites: ['computing-fundamentals'],
    aliases: ['networking', 'TCP/IP', 'DNS', 'routing', 'switching', 'BGP', 'réseau', 'telecommunications'],
    levels: [
      ['Knows what an IP address, a router and DNS are', 'Sait ce que sont une adresse IP, un routeur et le DNS'],
      ['Configures addressing, VLANs and checks connectivity', 'Configure l’adressage, les VLAN et vérifie la connectivité'],
      ['Designs and troubleshoots routed, redundant networks', 'Conçoit et dépanne des réseaux routés et redondants'],
      ['Architects data-center fabrics and high-speed interconnects', 'Architecture des fabrics de centre de données et interconnexions rapides'],
    ],
  },
  {
    id: 'cloud-platforms',
    category: 'infrastructure',
    name: ['Cloud platforms', 'Plateformes cloud'],
    description: [
      'Using AWS, Azure or Google Cloud: compute, storage, identity, networking and cost.',
      'Utiliser AWS, Azure ou Google Cloud : calcul, stockage, identités, réseau et coûts.',
    ],
    prerequisites: ['computing-fundamentals', 'networking-fundamentals'],
    // Removed as too generic in postings (issue #16): cloud.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['AWS', 'Azure', 'Google Cloud', 'GCP', 'cloud computing', 'EC2', 'S3', 'cloud platform'],
    levels: [
      ['Explains what renting compute and storage in the cloud means', 'Explique ce que veut dire louer calcul et stockage dans le cloud'],
      ['Deploys and secures simple workloads on one cloud', 'Déploie et sécurise des charges simples sur un cloud'],
      ['Designs cost-aware, resilient cloud architectures', 'Conçoit des architectures cloud résilientes et maîtrisées en coût'],
      ['Sets multi-account cloud strategy and governance', 'Définit stratégie et gouvernance cloud multi-comptes'],
    ],
  },
  {
    id: 'infrastructure-as-code',
    category: 'infrastructure',
    name: ['Infrastructure as code', 'Infrastructure as code'],
    description: [
      'Describing servers and cloud resources in versioned code with tools like Terraform or Ansible.',
      'Décrire serveurs et ressources cloud dans du code versionné avec Terraform ou Ansible.',
    ],
    prerequisites: ['cloud-platforms'],
    aliases: ['Terraform', 'Ansible', 'IaC', 'CloudFormation', 'Puppet', 'Chef'],
    levels: [
      ['Knows why infrastructure is written as code', 'Sait pourquoi l’infrastructure s’écrit en code'],
      ['Changes existing Terraform or Ansible code safely', 'Modifie sans risque du code Terraform ou Ansible existant'],
      ['Writes reusable modules with reviews and state handling', 'Écrit des modules réutilisables avec revues et gestion d’état'],
      ['Designs the IaC standards for an organisation', 'Conçoit les standards IaC d’une organisation'],
    ],
  },
  {
    id: 'ci-cd',
    category: 'infrastructure',
    name: ['Continuous integration and delivery', 'Intégration et livraison continues'],
    description: [
      'Automated pipelines that build, test and deploy every change.',
      'Chaînes automatiques qui construisent, testent et déploient chaque changement.',
    ],
    prerequisites: ['git-version-control', 'shell-scripting'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['CI/CD', 'continuous integration', 'GitHub Actions', 'Jenkins', 'GitLab CI', 'DevOps', 'CI'],
    levels: [
      ['Knows what a pipeline run and a failed check mean', 'Sait ce que signifient un pipeline et un contrôle en échec'],
      ['Writes a pipeline that tests and builds a project', 'Écrit un pipeline qui teste et construit un projet'],
      ['Builds deployment pipelines with stages and rollbacks', 'Construit des pipelines de déploiement avec étapes et retours arrière'],
      ['Designs delivery platforms for many teams', 'Conçoit des plateformes de livraison pour de nombreuses équipes'],
    ],
  },
  {
    id: 'infrastructure-monitoring',
    category: 'infrastructure',
    name: ['Monitoring and incident response', 'Supervision et gestion d’incidents'],
    description: [
      'Watching systems and equipment through metrics, logs and alarms, and acting on incidents.',
      'Surveiller systèmes et équipements par métriques, journaux et alarmes, et réagir aux incidents.',
    ],
    prerequisites: ['computing-fundamentals'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['infrastructure monitoring', 'system monitoring', 'observability', 'alerting', 'incident response', 'Grafana', 'Prometheus', 'Splunk', 'NOC', 'monitor alarms', 'monitor systems', 'surveiller les alarmes', 'supervision', 'on-call', 'astreinte', 'astreintes', 'incident management', 'gestion des incidents', 'Datadog', 'Zabbix', 'Nagios'],
    levels: [
      ['Reads a dashboard and knows when to escalate an alarm', 'Lit un tableau de bord et sait quand escalader une alarme'],
      ['Handles alerts with runbooks and logs incidents', 'Traite les alertes avec des procédures et consigne les incidents'],
      ['Sets up metrics, alerts and post-incident reviews', 'Met en place métriques, alertes et retours d’incident'],
      ['Designs observability and incident practice for a site', 'Conçoit supervision et gestion d’incidents pour un site'],
    ],
  },
  {
    id: 'troubleshooting',
    category: 'infrastructure',
    name: ['Troubleshooting', 'Dépannage'],
    description: [
      'Finding the cause of hardware, software or network faults methodically and fixing them.',
      'Trouver méthodiquement la cause de pannes matérielles, logicielles ou réseau et les corriger.',
    ],
    prerequisites: ['computing-fundamentals'],
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['troubleshooting', 'diagnostics', 'root cause analysis', 'dépannage', 'fault finding', 'origine d’une panne', 'diagnostiquer les pannes', 'recherche de panne'],
    levels: [
      ['Describes a fault precisely and tries the obvious fixes', 'Décrit une panne précisément et tente les corrections évidentes'],
      ['Follows a method to isolate common faults', 'Suit une méthode pour isoler les pannes courantes'],
      ['Solves intermittent, multi-layer faults and documents causes', 'Résout pannes intermittentes et multicouches, documente les causes'],
      ['Is the last escalation for the hardest faults', 'Est le dernier recours sur les pannes les plus dures'],
    ],
  },
  {
    id: 'server-hardware',
    category: 'infrastructure',
    name: ['Server hardware', 'Matériel serveur'],
    description: [
      'Installing, replacing and repairing servers, drives, memory and components in racks.',
      'Installer, remplacer et réparer serveurs, disques, mémoire et composants en baie.',
    ],
    prerequisites: ['computing-fundamentals'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['server hardware', 'rack and stack', 'hardware repair', 'installation', 'equipment maintenance', 'matériel', 'server racks', 'install servers', 'maintain servers', 'installer des serveurs', 'maintenance des serveurs', 'servers', 'serveurs', 'hard drives', 'replace components', 'remplacement de composants', 'racking'],
    levels: [
      ['Names server parts and handles them safely', 'Nomme les pièces d’un serveur et les manipule sans risque'],
      ['Racks servers and swaps drives, memory and power supplies', 'Monte des serveurs en baie et remplace disques, mémoire, alimentations'],
      ['Diagnoses hardware faults and plans deployments', 'Diagnostique les pannes matérielles et planifie les déploiements'],
      ['Specifies hardware and leads large installations', 'Spécifie le matériel et dirige de grandes installations'],
    ],
  },
  {
    id: 'structured-cabling',
    category: 'infrastructure',
    name: ['Structured cabling', 'Câblage structuré'],
    description: [
      'Running, terminating, labelling and testing copper and fibre cabling in racks and rooms.',
      'Tirer, raccorder, étiqueter et tester le câblage cuivre et fibre en baies et en salles.',
    ],
    prerequisites: ['networking-fundamentals'],
    aliases: ['cabling', 'fiber optics', 'fibre', 'patching', 'câblage', 'cable management'],
    levels: [
      ['Knows copper and fibre types and their connectors', 'Connaît les types de cuivre et de fibre et leurs connecteurs'],
      ['Patches, labels and tests links to a standard', 'Brasse, étiquette et teste des liens selon une norme'],
      ['Plans cable runs and certifies fibre installations', 'Planifie les chemins de câbles et recette les installations fibre'],
      ['Designs the cabling plant for new data halls', 'Conçoit le câblage de nouvelles salles informatiques'],
    ],
  },
  {
    id: 'electrical-fundamentals',
    category: 'infrastructure',
    name: ['Electrical fundamentals', 'Bases de l’électricité'],
    description: [
      'Voltage, current, power, circuits and measuring them with the right instruments.',
      'Tension, courant, puissance, circuits et leur mesure avec les bons instruments.',
    ],
    prerequisites: [],
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['electrical', 'electronics', 'electricity', 'circuits', 'multimeter', 'électricité', 'physics', 'électrotechnique', 'mesures électriques'],
    levels: [
      ['Explains volts, amps and watts', 'Explique volts, ampères et watts'],
      ['Reads simple diagrams and takes measurements safely', 'Lit des schémas simples et prend des mesures sans risque'],
      ['Works on three-phase circuits and finds electrical faults', 'Intervient sur du triphasé et trouve les défauts électriques'],
      ['Designs and certifies electrical installations', 'Conçoit et certifie des installations électriques'],
    ],
  },
  {
    id: 'electrical-safety',
    category: 'infrastructure',
    name: ['Electrical and site safety', 'Sécurité électrique et sur site'],
    description: [
      'Working safely around live equipment: lockout/tagout, arc flash, protective gear, site rules.',
      'Travailler en sécurité près d’équipements sous tension : consignation, arc électrique, EPI, règles de site.',
    ],
    prerequisites: [],
    aliases: ['electrical safety', 'lockout tagout', 'LOTO', 'arc flash', 'NFPA 70E', 'habilitation électrique', 'OSHA'],
    levels: [
      ['Knows the hazards and never works on live gear untrained', 'Connaît les dangers et ne touche jamais au sous-tension sans formation'],
      ['Follows lockout/tagout and wears the right protection', 'Applique la consignation et porte les bonnes protections'],
      ['Plans safe work and supervises others on site', 'Prépare des interventions sûres et encadre les autres sur site'],
      ['Writes the site safety programme and investigates incidents', 'Rédige le programme de sécurité et enquête sur les accidents'],
    ],
  },
  {
    id: 'data-center-power',
    category: 'infrastructure',
    name: ['Data-center power systems', 'Énergie en centre de données'],
    description: [
      'UPS, generators, switchgear, PDUs and redundancy that keep racks powered.',
      'Onduleurs, groupes électrogènes, TGBT, PDU et redondances qui alimentent les baies.',
    ],
    prerequisites: ['electrical-fundamentals', 'electrical-safety'],
    aliases: ['UPS', 'PDU', 'generators', 'switchgear', 'power distribution', 'onduleur', 'critical power'],
    levels: [
      ['Knows the power chain from utility to rack', 'Connaît la chaîne électrique du réseau à la baie'],
      ['Reads power readings and performs routine checks', 'Lit les mesures électriques et fait les contrôles de routine'],
      ['Maintains UPS and switchgear and plans capacity', 'Entretient onduleurs et TGBT et planifie la capacité'],
      ['Designs redundant power for high-density AI halls', 'Conçoit l’énergie redondante des salles IA haute densité'],
    ],
  },
  {
    id: 'data-center-cooling',
    category: 'infrastructure',
    name: ['Data-center cooling', 'Refroidissement en centre de données'],
    description: [
      'Air and liquid cooling, airflow and mechanical plant that remove heat from racks.',
      'Refroidissement par air et liquide, flux d’air et équipements mécaniques qui évacuent la chaleur.',
    ],
    prerequisites: ['electrical-safety'],
    // Removed as too generic in postings (issue #16): airflow.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['cooling', 'HVAC', 'CRAC', 'liquid cooling', 'chillers', 'refroidissement', 'mechanical', 'airflow management', 'climatisation', 'groupes froids', 'traitement d’air'],
    levels: [
      ['Knows hot and cold aisles and why heat limits racks', 'Connaît allées chaudes et froides et pourquoi la chaleur limite les baies'],
      ['Reads temperatures and performs routine cooling checks', 'Lit les températures et fait les contrôles de routine'],
      ['Maintains cooling units and fixes airflow problems', 'Entretient les unités de froid et corrige les flux d’air'],
      ['Designs liquid and air cooling for dense AI racks', 'Conçoit le refroidissement liquide et air des baies IA denses'],
    ],
  },
  {
    id: 'it-service-management',
    category: 'infrastructure',
    name: ['IT service management', 'Gestion des services informatiques'],
    description: [
      'Tickets, changes, incidents and service levels run through ITIL-style processes and tools.',
      'Tickets, changements, incidents et niveaux de service gérés selon ITIL et ses outils.',
    ],
    prerequisites: ['technical-support'],
    aliases: ['ITSM', 'ITIL', 'ServiceNow', 'ticketing', 'change requests', 'SLA', 'incident management'],
    levels: [
      ['Knows the life of a ticket', 'Connaît la vie d’un ticket'],
      ['Works tickets and change requests within SLAs', 'Traite tickets et demandes de changement dans les délais'],
      ['Improves processes and reports on service levels', 'Améliore les processus et rend compte des niveaux de service'],
      ['Designs the service-management model of an IT unit', 'Conçoit le modèle de gestion des services d’une DSI'],
    ],
  },
  {
    id: 'cybersecurity-fundamentals',
    category: 'infrastructure',
    name: ['Cybersecurity fundamentals', 'Bases de la cybersécurité'],
    description: [
      'Threats, access control, firewalls, patching and safe practice that protect systems.',
      'Menaces, contrôle d’accès, pare-feu, correctifs et bonnes pratiques qui protègent les systèmes.',
    ],
    prerequisites: ['networking-fundamentals'],
    aliases: ['cybersecurity', 'security', 'firewall', 'cybersécurité', 'access control', 'phishing'],
    levels: [
      ['Recognises phishing and follows security rules', 'Reconnaît l’hameçonnage et suit les règles de sécurité'],
      ['Applies patches, access rights and firewall rules', 'Applique correctifs, droits d’accès et règles de pare-feu'],
      ['Assesses risks and hardens systems and networks', 'Évalue les risques et durcit systèmes et réseaux'],
      ['Designs security architecture and leads incident response', 'Conçoit l’architecture de sécurité et mène la réponse aux incidents'],
    ],
  },
  {
    id: 'gpu-computing',
    category: 'infrastructure',
    name: ['GPU computing and AI clusters', 'Calcul GPU et clusters d’IA'],
    description: [
      'GPU servers, accelerators, drivers and cluster schedulers that train and serve AI models.',
      'Serveurs GPU, accélérateurs, pilotes et ordonnanceurs de clusters qui entraînent et servent l’IA.',
    ],
    prerequisites: ['computing-fundamentals', 'linux-administration'],
    aliases: ['GPU', 'CUDA', 'NVIDIA', 'AI infrastructure', 'HPC', 'Slurm', 'accelerators', 'GPUs', 'H100', 'A100', 'distributed training', 'clusters GPU', 'calcul haute performance'],
    levels: [
      ['Knows why AI needs GPUs and what a cluster is', 'Sait pourquoi l’IA a besoin de GPU et ce qu’est un cluster'],
      ['Installs drivers and runs jobs on GPU servers', 'Installe les pilotes et lance des travaux sur serveurs GPU'],
      ['Operates GPU clusters: scheduling, health, utilisation', 'Exploite des clusters GPU : ordonnancement, santé, taux d’usage'],
      ['Designs large AI clusters with their network and storage', 'Conçoit de grands clusters IA avec réseau et stockage'],
    ],
  },
  {
    id: 'technical-support',
    category: 'infrastructure',
    name: ['Technical support', 'Support technique'],
    description: [
      'Helping users with hardware and software problems by phone, chat or on site.',
      'Aider les utilisateurs sur leurs problèmes matériels et logiciels, à distance ou sur place.',
    ],
    prerequisites: ['computing-fundamentals', 'customer-service'],
    aliases: ['technical support', 'help desk', 'IT support', 'service desk', 'support technique', 'desktop support'],
    levels: [
      ['Logs a user problem clearly and follows scripts', 'Consigne clairement un problème et suit les procédures'],
      ['Solves common user issues and writes knowledge articles', 'Résout les demandes courantes et rédige des fiches'],
      ['Handles escalations and complex environments', 'Prend les escalades et les environnements complexes'],
      ['Leads a support team and its service quality', 'Dirige une équipe de support et sa qualité de service'],
    ],
  },
];
