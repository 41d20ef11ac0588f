import type { SkillSource } from './types';

export const COMMUNICATION_SKILLS: SkillSource[] = [
  {
    id: 'written-communication',
    category: 'communication',
    name: ['Written communication', 'Communication écrite'],
    description: [
      'Reading closely and writing clear, correct and well-organised text for its readers.',
      'Lire attentivement et écrire des textes clairs, corrects et bien construits pour leurs lecteurs.',
    ],
    prerequisites: [],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['writing', 'reading comprehension', 'English language', 'rédaction', 'copy editing', 'written communication', 'written and verbal', 'written English', 'writing skills', 'editing', 'à l’écrit', 'orthographe', 'aisance rédactionnelle', 'français écrit', 'write clearly', 'clear writing', 'write reports', 'written skills', 'rédiger des rapports', 'qualités rédactionnelles', 'capacités rédactionnelles', 'esprit de synthèse', 'synthèse écrite'],
    levels: [
      ['Writes understandable emails and notes', 'Écrit des courriels et notes compréhensibles'],
      ['Writes clear reports and summaries for colleagues', 'Rédige des rapports et synthèses clairs pour ses collègues'],
      ['Writes persuasive, well-structured documents for any audience', 'Écrit des documents structurés et convaincants pour tout public'],
      ['Writes and edits at a professional publishing standard', 'Écrit et édite au niveau d’une publication professionnelle'],
    ],
  },
  {
    id: 'verbal-communication',
    category: 'communication',
    name: ['Speaking and active listening', 'Expression orale et écoute active'],
    description: [
      'Listening to understand, asking good questions and explaining ideas aloud clearly.',
      'Écouter pour comprendre, poser les bonnes questions et expliquer clairement à l’oral.',
    ],
    prerequisites: [],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['speaking', 'active listening', 'communication', 'oral communication', 'expression orale', 'communication skills', 'verbal', 'à l’oral', 'aisance à l’oral', 'sens de l’écoute', 'qualités d’écoute', 'communicate clearly', 'interpersonal skills', 'explain technical concepts', 'excellent communicator', 'bon communicant', 'bonne communicante', 'qualités de communication'],
    levels: [
      ['Listens without interrupting and asks when unsure', 'Écoute sans couper et demande en cas de doute'],
      ['Explains their work clearly in meetings', 'Explique clairement son travail en réunion'],
      ['Adapts message and tone to any listener, handles pushback', 'Adapte message et ton à chacun, gère les objections'],
      ['Speaks with authority to large or senior audiences', 'S’exprime avec autorité devant de grands publics ou la direction'],
    ],
  },
  {
    id: 'presentation-skills',
    category: 'communication',
    name: ['Presentations', 'Présentations'],
    description: [
      'Building and delivering slides and talks that make a point and lead to a decision.',
      'Construire et présenter des supports qui font passer un message et mènent à une décision.',
    ],
    prerequisites: ['verbal-communication'],
    aliases: ['presentations', 'public speaking', 'slides', 'PowerPoint', 'pitch', 'prise de parole', 'present findings', 'present results', 'presentation skills', 'presenting to', 'demos', 'présenter les résultats', 'présentations', 'restitution', 'supports de présentation', 'animer des présentations'],
    levels: [
      ['Presents a few slides to their own team', 'Présente quelques diapositives à son équipe'],
      ['Builds a clear deck and answers questions', 'Construit un support clair et répond aux questions'],
      ['Persuades executives or clients with a story and evidence', 'Convainc direction ou clients avec un récit et des preuves'],
      ['Keynotes conferences and coaches others to present', 'Intervient en conférence et forme les autres à présenter'],
    ],
  },
  {
    id: 'technical-documentation',
    category: 'communication',
    name: ['Technical documentation', 'Documentation technique'],
    description: [
      'Writing procedures, guides and reference material that people can follow.',
      'Rédiger procédures, guides et références que l’on peut suivre.',
    ],
    prerequisites: ['written-communication'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    // French cues (issue #16, 2026-12-06), from how French postings word it; tuned on chef-de-produit-ia.fr and technicien-maintenance-datacenter.fr.
    aliases: ['technical writing', 'documentation', 'runbooks', 'standard operating procedures', 'rédaction technique', 'document changes', 'keep documentation', 'documenter', 'comptes rendus d’intervention', 'procédures d’exploitation'],
    levels: [
      ['Keeps notes others can read', 'Tient des notes lisibles par d’autres'],
      ['Writes step-by-step procedures that work', 'Écrit des procédures pas à pas qui fonctionnent'],
      ['Structures full documentation sets for a product', 'Structure la documentation complète d’un produit'],
      ['Sets documentation standards for an organisation', 'Fixe les standards de documentation d’une organisation'],
    ],
  },
  {
    id: 'customer-service',
    category: 'communication',
    name: ['Customer and user service', 'Service client et utilisateur'],
    description: [
      'Understanding what customers or users need and serving them well, even when it is hard.',
      'Comprendre ce dont clients ou utilisateurs ont besoin et bien les servir, même dans la difficulté.',
    ],
    prerequisites: ['verbal-communication'],
    aliases: ['customer service', 'service orientation', 'client service', 'service client', 'customer support'],
    levels: [
      ['Is courteous and passes requests on correctly', 'Est courtois et transmet correctement les demandes'],
      ['Resolves everyday requests and keeps users informed', 'Règle les demandes courantes et tient les usagers informés'],
      ['Handles difficult cases and improves the service', 'Traite les cas difficiles et améliore le service'],
      ['Designs service standards and customer experience', 'Conçoit les standards de service et l’expérience client'],
    ],
  },
  {
    id: 'persuasion-negotiation',
    category: 'communication',
    name: ['Persuasion and negotiation', 'Persuasion et négociation'],
    description: [
      'Bringing others round and reaching agreements that both sides keep.',
      'Rallier les autres et conclure des accords que les deux parties respectent.',
    ],
    prerequisites: ['verbal-communication'],
    aliases: ['negotiation', 'persuasion', 'influencing', 'négociation', 'selling ideas', 'negotiate', 'negotiating', 'convince', 'influence without authority', 'offer negotiation', 'négocier', 'convaincre', 'force de persuasion', 'sens de la négociation', 'capacité à convaincre'],
    levels: [
      ['States what they want and listens to the other side', 'Dit ce qu’il veut et écoute l’autre partie'],
      ['Prepares a negotiation and argues with evidence', 'Prépare une négociation et argumente avec des preuves'],
      ['Negotiates complex deals and wins over sceptics', 'Négocie des accords complexes et convainc les sceptiques'],
      ['Leads high-stakes negotiations for the organisation', 'Mène les négociations à fort enjeu de l’organisation'],
    ],
  },
  {
    id: 'data-storytelling',
    category: 'communication',
    name: ['Data storytelling', 'Raconter avec les données'],
    description: [
      'Turning analysis into a short, true story with the right chart and a clear recommendation.',
      'Transformer une analyse en récit court et juste, avec le bon graphique et une recommandation claire.',
    ],
    prerequisites: ['data-visualization', 'presentation-skills'],
    // Removed as too generic in postings (issue #16): insights, reporting.
    aliases: ['data storytelling', 'storytelling with data', 'data communication', 'communicate insights', 'non-technical audiences', 'actionable insights', 'translate data into', 'storytelling', 'vulgariser', 'vulgarisation', 'mise en récit', 'rendre les données compréhensibles'],
    levels: [
      ['Knows a chart needs a message', 'Sait qu’un graphique doit porter un message'],
      ['Writes a one-page summary of findings with a chart', 'Rédige une synthèse d’une page avec un graphique'],
      ['Presents findings that change a decision', 'Présente des résultats qui font changer une décision'],
      ['Shapes how an organisation reports and decides with data', 'Façonne la façon dont l’organisation décide avec les données'],
    ],
  },
];

export const MARKETING_SKILLS: SkillSource[] = [
  {
    id: 'digital-marketing',
    category: 'marketing',
    name: ['Digital marketing', 'Marketing numérique'],
    description: [
      'Reaching and converting audiences through search, social, email and advertising channels.',
      'Toucher et convertir des publics via recherche, réseaux sociaux, e-mail et publicité.',
    ],
    prerequisites: [],
    aliases: ['digital marketing', 'marketing', 'sales and marketing', 'growth', 'marketing numérique', 'inbound'],
    levels: [
      ['Names the main digital channels and what they do', 'Cite les grands canaux numériques et leur rôle'],
      ['Runs a simple campaign on one channel and reads results', 'Mène une campagne simple sur un canal et lit les résultats'],
      ['Plans multichannel campaigns with budgets and targets', 'Planifie des campagnes multicanales avec budgets et objectifs'],
      ['Sets marketing strategy and leads a marketing team', 'Définit la stratégie marketing et dirige une équipe'],
    ],
  },
  {
    id: 'seo',
    category: 'marketing',
    name: ['Search engine optimisation (SEO)', 'Référencement naturel (SEO)'],
    description: [
      'Making pages findable and useful in search: intent, keywords, structure, links and technical health.',
      'Rendre les pages trouvables et utiles : intention, mots-clés, structure, liens et santé technique.',
    ],
    prerequisites: ['digital-marketing'],
    aliases: ['SEO', 'search engine optimization', 'référencement', 'organic search', 'keyword research'],
    levels: [
      ['Knows how search engines rank pages in broad terms', 'Sait dans les grandes lignes comment les moteurs classent les pages'],
      ['Does keyword research and on-page optimisation', 'Fait la recherche de mots-clés et l’optimisation des pages'],
      ['Runs technical audits and an SEO plan for a site', 'Mène audits techniques et plan SEO d’un site'],
      ['Leads SEO strategy for large sites and AI search', 'Pilote le SEO de grands sites et de la recherche par IA'],
    ],
  },
  {
    id: 'seo-copywriting',
    category: 'marketing',
    name: ['SEO copywriting', 'Rédaction SEO'],
    description: [
      'Writing pages that answer search intent, read well and rank, without keyword stuffing.',
      'Écrire des pages qui répondent à l’intention de recherche, se lisent bien et se classent.',
    ],
    prerequisites: ['seo', 'written-communication'],
    aliases: ['SEO copywriting', 'SEO writing', 'web copywriting', 'rédaction web', 'copywriting'],
    levels: [
      ['Knows titles and headings matter to search', 'Sait que titres et intertitres comptent pour la recherche'],
      ['Writes a page from a keyword brief', 'Rédige une page à partir d’un brief de mots-clés'],
      ['Plans and writes topic clusters that rank and convert', 'Planifie et écrit des grappes de contenus qui se classent et convertissent'],
      ['Sets the editorial SEO line and trains writers', 'Fixe la ligne éditoriale SEO et forme les rédacteurs'],
    ],
  },
  {
    id: 'content-production',
    category: 'marketing',
    name: ['Content production', 'Production de contenu'],
    description: [
      'Producing articles, visuals, video or audio from brief to publication on schedule.',
      'Produire articles, visuels, vidéos ou sons du brief à la publication, dans les délais.',
    ],
    prerequisites: ['written-communication'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['content production', 'content creation', 'communications and media', 'Canva', 'Adobe', 'production de contenu', 'Camtasia', 'video editing', 'montage vidéo'],
    levels: [
      ['Knows the steps from brief to publication', 'Connaît les étapes du brief à la publication'],
      ['Produces pieces to a brief in common formats', 'Produit des contenus sur brief dans les formats courants'],
      ['Runs an editorial calendar across formats and channels', 'Pilote un calendrier éditorial multiformat et multicanal'],
      ['Leads a content studio and its quality', 'Dirige un studio de contenu et sa qualité'],
    ],
  },
  {
    id: 'content-strategy',
    category: 'marketing',
    name: ['Content strategy', 'Stratégie de contenu'],
    description: [
      'Deciding which content to make for which audience and goal, and measuring whether it works.',
      'Décider quels contenus faire, pour quel public et quel objectif, et mesurer s’ils marchent.',
    ],
    prerequisites: ['content-production', 'digital-marketing'],
    aliases: ['content strategy', 'content marketing', 'editorial strategy', 'stratégie éditoriale'],
    levels: [
      ['Knows content should serve an audience and a goal', 'Sait qu’un contenu sert un public et un objectif'],
      ['Plans content for a persona and a funnel stage', 'Planifie des contenus pour un persona et une étape du parcours'],
      ['Builds a content strategy with measurable goals', 'Construit une stratégie de contenu aux objectifs mesurables'],
      ['Owns content strategy across brands and markets', 'Porte la stratégie de contenu de plusieurs marques et marchés'],
    ],
  },
  {
    id: 'web-analytics',
    category: 'marketing',
    name: ['Web analytics', 'Web analytics'],
    description: [
      'Measuring traffic and behaviour with tools like Google Analytics and tag managers.',
      'Mesurer trafic et comportements avec Google Analytics et des gestionnaires de balises.',
    ],
    prerequisites: [],
    // Removed as too generic in postings (issue #16): tracking.
    aliases: ['Google Analytics', 'GA4', 'web analytics', 'Adobe Analytics', 'Tag Manager'],
    levels: [
      ['Reads visits and sources in a standard report', 'Lit visites et sources dans un rapport standard'],
      ['Builds reports and sets up goals and events', 'Construit des rapports et configure objectifs et événements'],
      ['Designs tracking plans and attributes results to channels', 'Conçoit plans de marquage et attribution par canal'],
      ['Runs the measurement strategy of a digital business', 'Pilote la stratégie de mesure d’une activité numérique'],
    ],
  },
  {
    id: 'audience-analytics',
    category: 'marketing',
    name: ['Audience analysis', 'Analyse d’audience'],
    description: [
      'Understanding who the audience is, what it wants and how it behaves, from data and research.',
      'Comprendre qui est l’audience, ce qu’elle veut et comment elle se comporte, par données et études.',
    ],
    prerequisites: ['web-analytics', 'statistics'],
    aliases: ['audience analysis', 'segmentation', 'personas', 'market research', 'customer insights', 'analyse d’audience'],
    levels: [
      ['Knows audiences differ and can be segmented', 'Sait que les publics diffèrent et se segmentent'],
      ['Describes segments from analytics and surveys', 'Décrit des segments à partir d’analytics et d’enquêtes'],
      ['Builds segmentations and insights that steer campaigns', 'Construit segmentations et insights qui orientent les campagnes'],
      ['Leads audience research programmes for a brand', 'Dirige les programmes d’études d’audience d’une marque'],
    ],
  },
  {
    id: 'social-media-marketing',
    category: 'marketing',
    name: ['Social media marketing', 'Marketing sur les réseaux sociaux'],
    description: [
      'Growing and engaging communities and running paid campaigns on social platforms.',
      'Développer et animer des communautés et mener des campagnes payantes sur les réseaux sociaux.',
    ],
    prerequisites: ['digital-marketing', 'content-production'],
    aliases: ['social media', 'community management', 'Facebook', 'TikTok', 'LinkedIn', 'Instagram', 'réseaux sociaux'],
    levels: [
      ['Knows each platform’s audience and formats', 'Connaît public et formats de chaque plateforme'],
      ['Publishes and moderates to a content calendar', 'Publie et modère selon un calendrier éditorial'],
      ['Runs organic and paid social campaigns with metrics', 'Mène des campagnes sociales organiques et payantes mesurées'],
      ['Sets social strategy across platforms and markets', 'Définit la stratégie sociale sur plateformes et marchés'],
    ],
  },
  {
    id: 'paid-search-ads',
    category: 'marketing',
    name: ['Paid search advertising', 'Publicité sur les moteurs de recherche'],
    description: [
      'Running search ad campaigns: keywords, bids, ads, landing pages and conversion tracking.',
      'Mener des campagnes de liens sponsorisés : mots-clés, enchères, annonces, pages et conversions.',
    ],
    prerequisites: ['digital-marketing', 'web-analytics'],
    aliases: ['Google Ads', 'SEA', 'PPC', 'paid search', 'Bing Ads', 'search ads', 'liens sponsorisés'],
    levels: [
      ['Knows how search ads are bought and shown', 'Sait comment s’achètent et s’affichent les annonces'],
      ['Sets up and adjusts a campaign in Google Ads', 'Crée et ajuste une campagne dans Google Ads'],
      ['Optimises bids, audiences and tests for ROI', 'Optimise enchères, audiences et tests pour le ROI'],
      ['Manages large multi-market paid-search budgets', 'Gère de gros budgets de recherche payante multi-marchés'],
    ],
  },
  {
    id: 'marketing-automation',
    category: 'marketing',
    name: ['Marketing automation and CRM', 'Automatisation marketing et CRM'],
    description: [
      'Email journeys, lead scoring and customer data in tools like HubSpot, Marketo or Salesforce.',
      'Parcours e-mail, scoring et données clients dans HubSpot, Marketo ou Salesforce.',
    ],
    prerequisites: ['digital-marketing'],
    aliases: ['marketing automation', 'HubSpot', 'Marketo', 'CRM', 'email marketing', 'lead nurturing'],
    levels: [
      ['Knows what a CRM and an email workflow are', 'Sait ce que sont un CRM et un workflow e-mail'],
      ['Builds email campaigns and simple workflows', 'Construit campagnes e-mail et workflows simples'],
      ['Designs lifecycle journeys with scoring and reporting', 'Conçoit des parcours clients avec scoring et reporting'],
      ['Architects the marketing technology stack', 'Architecture de la pile technologique marketing'],
    ],
  },
];
