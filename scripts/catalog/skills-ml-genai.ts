import type { SkillSource } from './types';

export const ML_SKILLS: SkillSource[] = [
  {
    id: 'ai-literacy',
    category: 'machine-learning',
    name: ['AI literacy', 'Culture de l’IA'],
    description: [
      'Understanding what AI and machine learning can and cannot do, and where they fail.',
      'Comprendre ce que l’IA et l’apprentissage automatique savent faire ou non, et où ils échouent.',
    ],
    prerequisites: [],
    aliases: ['AI literacy', 'artificial intelligence', 'intelligence artificielle', 'AI fundamentals', 'understanding of AI', 'AI concepts', 'AI capabilities and limitations', 'acculturation', 'acculturation à l’IA', 'culture IA', 'compréhension de l’IA', 'sensibiliser à l’IA', 'enjeux de l’IA'],
    levels: [
      ['Can tell AI, machine learning and automation apart', 'Distingue IA, apprentissage automatique et automatisation'],
      ['Explains how a model learns from data and why it errs', 'Explique comment un modèle apprend des données et pourquoi il se trompe'],
      ['Judges where AI fits a task and what data it needs', 'Juge où l’IA convient à une tâche et de quelles données elle a besoin'],
      ['Teaches AI concepts and challenges claims with evidence', 'Enseigne l’IA et conteste les promesses preuves à l’appui'],
    ],
  },
  {
    id: 'ml-fundamentals',
    category: 'machine-learning',
    name: ['Machine learning fundamentals', 'Bases de l’apprentissage automatique'],
    description: [
      'Supervised and unsupervised learning, training and test sets, overfitting and common algorithms.',
      'Apprentissage supervisé et non supervisé, jeux d’entraînement et de test, surapprentissage, algorithmes.',
    ],
    prerequisites: ['python-programming', 'statistics'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['machine learning', 'ML', 'apprentissage automatique', 'supervised learning', 'regression', 'classification', 'train models', 'entraîner des modèles'],
    levels: [
      ['Explains training versus prediction with an example', 'Explique entraînement et prédiction avec un exemple'],
      ['Trains and compares baseline models on a clean dataset', 'Entraîne et compare des modèles de base sur un jeu propre'],
      ['Chooses, tunes and diagnoses models for a real problem', 'Choisit, règle et diagnostique des modèles pour un vrai problème'],
      ['Adapts algorithms to new problems and explains the theory', 'Adapte les algorithmes à de nouveaux problèmes et explique la théorie'],
    ],
  },
  {
    id: 'feature-engineering',
    category: 'machine-learning',
    name: ['Feature engineering', 'Ingénierie des variables'],
    description: [
      'Turning raw data into informative model inputs: encoding, scaling, aggregating, avoiding leakage.',
      'Transformer les données brutes en entrées utiles : encodage, mise à l’échelle, agrégats, sans fuite.',
    ],
    prerequisites: ['ml-fundamentals', 'data-wrangling'],
    // Removed as too generic in postings (issue #16): features, variables.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['feature engineering', 'encoding', 'data leakage', 'feature pipelines', 'feature store'],
    levels: [
      ['Knows that models learn from features, not raw records', 'Sait que les modèles apprennent de variables, pas de données brutes'],
      ['Encodes categories and scales numbers correctly', 'Encode les catégories et met les nombres à l’échelle correctement'],
      ['Builds features from domain knowledge and detects leakage', 'Crée des variables métier et détecte les fuites'],
      ['Designs feature stores and reusable feature pipelines', 'Conçoit des feature stores et des chaînes de variables réutilisables'],
    ],
  },
  {
    id: 'model-evaluation',
    category: 'machine-learning',
    name: ['Model evaluation', 'Évaluation de modèles'],
    description: [
      'Measuring model quality with the right metrics, validation schemes and error analysis.',
      'Mesurer la qualité d’un modèle avec les bons indicateurs, schémas de validation et analyses d’erreurs.',
    ],
    prerequisites: ['ml-fundamentals'],
    // Removed as too generic in postings (issue #16): metrics, évaluation.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['model evaluation', 'precision', 'recall', 'cross-validation', 'model performance', 'evaluate models', 'assess model performance', 'évaluer les modèles', 'performance des modèles', 'evaluation metrics', 'model validation', 'validate models', 'F1', 'AUC', 'validation des modèles', 'métriques d’évaluation', 'model testing'],
    levels: [
      ['Knows accuracy can mislead on unbalanced data', 'Sait que l’exactitude trompe sur des données déséquilibrées'],
      ['Computes precision, recall and a confusion matrix', 'Calcule précision, rappel et matrice de confusion'],
      ['Designs validation and error analysis tied to business cost', 'Conçoit validation et analyse d’erreurs liées au coût métier'],
      ['Defines evaluation standards and audits others’ results', 'Définit les standards d’évaluation et audite les résultats des autres'],
    ],
  },
  {
    id: 'deep-learning',
    category: 'machine-learning',
    name: ['Deep learning', 'Apprentissage profond'],
    description: [
      'Neural networks, their training by gradient descent, and the main architectures (CNN, transformer).',
      'Réseaux de neurones, leur entraînement par descente de gradient et les grandes architectures (CNN, transformer).',
    ],
    prerequisites: ['ml-fundamentals', 'applied-mathematics'],
    aliases: ['deep learning', 'neural networks', 'réseaux de neurones', 'CNN', 'transformers', 'apprentissage profond'],
    levels: [
      ['Explains what layers, weights and training are', 'Explique ce que sont couches, poids et entraînement'],
      ['Trains a standard network with a framework and reads curves', 'Entraîne un réseau standard avec un framework et lit les courbes'],
      ['Fine-tunes and debugs architectures on real data', 'Affine et débogue des architectures sur des données réelles'],
      ['Designs new architectures and training regimes', 'Conçoit de nouvelles architectures et méthodes d’entraînement'],
    ],
  },
  {
    id: 'computer-vision',
    category: 'machine-learning',
    name: ['Computer vision', 'Vision par ordinateur'],
    description: [
      'Models that classify, detect and segment objects in images and video.',
      'Modèles qui classent, détectent et segmentent des objets dans les images et vidéos.',
    ],
    prerequisites: ['deep-learning'],
    aliases: ['computer vision', 'vision par ordinateur', 'image classification', 'object detection', 'CNN', 'OpenCV'],
    levels: [
      ['Knows the tasks: classification, detection, segmentation', 'Connaît les tâches : classification, détection, segmentation'],
      ['Fine-tunes a pretrained image model on a new dataset', 'Affine un modèle d’image pré-entraîné sur un nouveau jeu'],
      ['Builds and evaluates a vision system for production', 'Construit et évalue un système de vision pour la production'],
      ['Advances vision methods or leads complex vision products', 'Fait avancer les méthodes ou mène des produits de vision complexes'],
    ],
  },
  {
    id: 'nlp',
    category: 'machine-learning',
    name: ['Natural language processing', 'Traitement automatique des langues'],
    description: [
      'Models and methods for text: tokenisation, embeddings, classification, extraction and generation.',
      'Modèles et méthodes pour le texte : tokenisation, plongements, classification, extraction, génération.',
    ],
    prerequisites: ['deep-learning'],
    // Removed as too generic in postings (issue #16): embeddings.
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['NLP', 'natural language processing', 'TAL', 'text classification', 'BERT', 'traitement du langage naturel', 'text analysis', 'text mining', 'sentiment analysis', 'analyse de texte', 'analyse de sentiment', 'named entity recognition'],
    levels: [
      ['Knows what tokens and embeddings are', 'Sait ce que sont tokens et plongements'],
      ['Fine-tunes a pretrained model for text classification', 'Affine un modèle pré-entraîné pour classer des textes'],
      ['Builds multilingual NLP pipelines and evaluates them', 'Construit et évalue des chaînes de TAL multilingues'],
      ['Designs new NLP methods or leads language products', 'Conçoit de nouvelles méthodes de TAL ou mène des produits de langue'],
    ],
  },
  {
    id: 'mlops',
    category: 'machine-learning',
    name: ['MLOps', 'MLOps'],
    description: [
      'Versioning, deploying, monitoring and retraining models as reliable services.',
      'Versionner, déployer, surveiller et réentraîner les modèles comme des services fiables.',
    ],
    prerequisites: ['ml-fundamentals', 'docker-containers', 'git-version-control'],
    aliases: ['MLOps', 'model deployment', 'MLflow', 'model monitoring', 'ML pipelines', 'déploiement de modèles', 'deploy models', 'model serving', 'productionize', 'model registry', 'industrialisation', 'industrialiser', 'mise en production des modèles', 'mettre en production'],
    levels: [
      ['Knows a model must be deployed, watched and retrained', 'Sait qu’un modèle doit être déployé, surveillé et réentraîné'],
      ['Tracks experiments and serves a model behind an API', 'Suit les expériences et sert un modèle derrière une API'],
      ['Runs automated training, deployment and drift monitoring', 'Automatise entraînement, déploiement et suivi de dérive'],
      ['Designs an ML platform used by several teams', 'Conçoit une plateforme ML utilisée par plusieurs équipes'],
    ],
  },
  {
    id: 'responsible-ai',
    category: 'machine-learning',
    name: ['Responsible AI', 'IA responsable'],
    description: [
      'Finding and reducing bias, opacity and harm in AI systems; explaining their decisions.',
      'Repérer et réduire biais, opacité et préjudices des systèmes d’IA ; expliquer leurs décisions.',
    ],
    prerequisites: ['ai-literacy'],
    aliases: ['responsible AI', 'AI ethics', 'fairness', 'bias', 'explainability', 'éthique de l’IA', 'ethical AI', 'trustworthy AI', 'IA de confiance', 'IA éthique', 'biais', 'explicabilité', 'transparence des modèles'],
    levels: [
      ['Knows how AI can be biased or harmful', 'Sait comment une IA peut être biaisée ou nuisible'],
      ['Spots bias and harm risks in a concrete use case', 'Repère les risques de biais et de préjudice d’un cas concret'],
      ['Runs fairness and impact reviews and proposes fixes', 'Mène des revues d’équité et d’impact et propose des corrections'],
      ['Sets an organisation’s responsible-AI practice', 'Définit la pratique d’IA responsable d’une organisation'],
    ],
  },
];

export const GENAI_SKILLS: SkillSource[] = [
  {
    id: 'generative-ai-at-work',
    category: 'generative-ai',
    name: ['Generative AI at work', 'IA générative au travail'],
    description: [
      'Using chat assistants and generative tools safely and productively in everyday tasks.',
      'Utiliser assistants conversationnels et outils génératifs de façon sûre et productive au quotidien.',
    ],
    prerequisites: [],
    aliases: ['generative AI', 'GenAI', 'ChatGPT', 'Copilot', 'Gemini', 'Claude', 'IA générative', 'AI tools'],
    levels: [
      ['Has tried a chat assistant and knows it can be wrong', 'A essayé un assistant et sait qu’il peut se tromper'],
      ['Uses assistants daily for drafts, summaries and checks', 'Utilise les assistants chaque jour pour brouillons, résumés, vérifications'],
      ['Redesigns team workflows around generative tools safely', 'Refond les méthodes d’équipe autour des outils génératifs, sans risque'],
      ['Leads generative-AI adoption and its rules across a unit', 'Mène l’adoption de l’IA générative et ses règles dans un service'],
    ],
  },
  {
    id: 'prompt-engineering',
    category: 'generative-ai',
    name: ['Prompt engineering', 'Ingénierie de prompts'],
    description: [
      'Writing instructions, examples and context that make language models produce reliable output.',
      'Rédiger consignes, exemples et contexte qui font produire aux modèles de langage des réponses fiables.',
    ],
    prerequisites: ['generative-ai-at-work'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['prompt engineering', 'prompting', 'prompts', 'few-shot', 'chain of thought', 'prompt design', 'write prompts', 'prompt writing', 'rédiger des prompts', 'rédaction de prompts'],
    levels: [
      ['Knows that wording and context change the answer', 'Sait que la formulation et le contexte changent la réponse'],
      ['Writes structured prompts with role, examples and format', 'Écrit des prompts structurés avec rôle, exemples et format'],
      ['Builds prompt templates and tests them on many cases', 'Construit des gabarits de prompts et les teste sur de nombreux cas'],
      ['Designs prompt systems with evaluation and versioning', 'Conçoit des systèmes de prompts évalués et versionnés'],
    ],
  },
  {
    id: 'llm-fundamentals',
    category: 'generative-ai',
    name: ['Large language models', 'Grands modèles de langage'],
    description: [
      'How LLMs work: tokens, context windows, pre-training, fine-tuning, sampling and their failure modes.',
      'Fonctionnement des LLM : tokens, fenêtre de contexte, pré-entraînement, affinage, échantillonnage, limites.',
    ],
    prerequisites: ['ai-literacy'],
    aliases: ['LLM', 'LLMs', 'large language models', 'grands modèles de langage', 'GPT', 'transformer', 'foundation models'],
    levels: [
      ['Knows an LLM predicts the next token from text', 'Sait qu’un LLM prédit le token suivant à partir d’un texte'],
      ['Explains context windows, temperature and hallucination', 'Explique fenêtre de contexte, température et hallucination'],
      ['Chooses models and techniques for a use case on evidence', 'Choisit modèles et techniques pour un cas d’usage sur preuves'],
      ['Explains LLM internals and training trade-offs in depth', 'Explique en profondeur l’intérieur des LLM et leurs compromis'],
    ],
  },
  {
    id: 'llm-application-development',
    category: 'generative-ai',
    name: ['LLM application development', 'Développement d’applications LLM'],
    description: [
      'Building products on LLM APIs: structured output, tool calls, chat memory, cost and latency control.',
      'Construire des produits sur des API de LLM : sorties structurées, outils, mémoire, coût et latence.',
    ],
    prerequisites: ['python-programming', 'llm-fundamentals', 'api-development'],
    aliases: ['LLM apps', 'chatbot', 'OpenAI API', 'function calling', 'LLM integration', 'chatbot software', 'LLM-powered', 'generative AI applications', 'GenAI applications', 'applications d’IA générative', 'agents conversationnels', 'integrate LLMs', 'intégrer des LLM'],
    levels: [
      ['Knows apps call a model through an API with a key', 'Sait qu’une appli appelle un modèle via une API et une clé'],
      ['Builds a working chatbot or extractor on a model API', 'Construit un chatbot ou un extracteur sur l’API d’un modèle'],
      ['Ships robust LLM features with guards, caching and tests', 'Livre des fonctions LLM robustes avec garde-fous, cache et tests'],
      ['Architects LLM platforms serving many products', 'Architecture des plateformes LLM au service de nombreux produits'],
    ],
  },
  {
    id: 'rag-systems',
    category: 'generative-ai',
    name: ['Retrieval-augmented generation (RAG)', 'Génération augmentée par récupération (RAG)'],
    description: [
      'Grounding model answers in your own documents by retrieving relevant passages first.',
      'Ancrer les réponses d’un modèle dans vos documents en récupérant d’abord les passages utiles.',
    ],
    prerequisites: ['llm-fundamentals', 'python-programming'],
    aliases: ['RAG', 'retrieval-augmented generation', 'retrieval augmented generation', 'semantic search', 'grounding', 'vector search', 'knowledge base', 'document search', 'recherche sémantique', 'génération augmentée', 'retrieval pipelines', 'chunking', 'reranking'],
    levels: [
      ['Explains why retrieval reduces hallucinations', 'Explique pourquoi la récupération réduit les hallucinations'],
      ['Builds a basic RAG pipeline over a document set', 'Construit une chaîne RAG simple sur un corpus'],
      ['Tunes chunking, retrieval and reranking and measures them', 'Règle découpage, récupération et reclassement et les mesure'],
      ['Designs RAG at scale with access control and evaluation', 'Conçoit du RAG à grande échelle avec droits d’accès et évaluation'],
    ],
  },
  {
    id: 'vector-databases',
    category: 'generative-ai',
    name: ['Embeddings and vector databases', 'Plongements et bases vectorielles'],
    description: [
      'Turning content into embeddings and storing them for similarity search.',
      'Transformer des contenus en plongements et les stocker pour la recherche par similarité.',
    ],
    prerequisites: ['llm-fundamentals', 'python-programming'],
    aliases: ['vector database', 'embeddings', 'pgvector', 'Pinecone', 'Weaviate', 'FAISS', 'Chroma'],
    levels: [
      ['Can explain what a vector database stores', 'Sait expliquer ce que stocke une base vectorielle'],
      ['Indexes documents and runs similarity queries', 'Indexe des documents et lance des requêtes de similarité'],
      ['Chooses models, indexes and filters for quality and cost', 'Choisit modèles, index et filtres pour la qualité et le coût'],
      ['Runs vector search at scale with monitoring', 'Exploite la recherche vectorielle à grande échelle, supervisée'],
    ],
  },
  {
    id: 'llm-fine-tuning',
    category: 'generative-ai',
    name: ['LLM fine-tuning', 'Affinage de LLM'],
    description: [
      'Adapting pretrained language models with supervised fine-tuning, LoRA or preference methods.',
      'Adapter des modèles de langage pré-entraînés par affinage supervisé, LoRA ou méthodes de préférence.',
    ],
    prerequisites: ['llm-fundamentals', 'deep-learning'],
    aliases: ['fine-tuning', 'finetuning', 'LoRA', 'PEFT', 'instruction tuning', 'RLHF', 'affinage'],
    levels: [
      ['Knows when fine-tuning beats prompting and when not', 'Sait quand l’affinage vaut mieux que le prompt, et l’inverse'],
      ['Fine-tunes a small model with a ready-made recipe', 'Affine un petit modèle avec une recette toute faite'],
      ['Prepares data, tunes with LoRA and evaluates the gain', 'Prépare les données, affine avec LoRA et évalue le gain'],
      ['Designs large fine-tuning and preference-training runs', 'Conçoit de grands entraînements d’affinage et de préférence'],
    ],
  },
  {
    id: 'ai-agents',
    category: 'generative-ai',
    name: ['AI agents', 'Agents IA'],
    description: [
      'LLM systems that plan, call tools and act over several steps, with guardrails.',
      'Systèmes LLM qui planifient, appellent des outils et agissent en plusieurs étapes, avec garde-fous.',
    ],
    prerequisites: ['llm-application-development'],
    aliases: ['AI agents', 'agents', 'agentic', 'tool use', 'LangGraph', 'smolagents', 'multi-agent'],
    levels: [
      ['Explains how an agent differs from a chatbot', 'Explique la différence entre un agent et un chatbot'],
      ['Builds an agent that calls a few tools', 'Construit un agent qui appelle quelques outils'],
      ['Ships agents with planning, limits and monitoring', 'Livre des agents avec planification, limites et supervision'],
      ['Designs multi-agent systems and their safety controls', 'Conçoit des systèmes multi-agents et leurs contrôles de sûreté'],
    ],
  },
  {
    id: 'llm-evaluation',
    category: 'generative-ai',
    name: ['LLM evaluation', 'Évaluation des LLM'],
    description: [
      'Testing LLM outputs with test sets, automatic metrics, model-graded checks and human review.',
      'Tester les sorties de LLM avec jeux de test, métriques, notation par modèle et relecture humaine.',
    ],
    prerequisites: ['llm-fundamentals', 'python-programming'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['LLM evaluation', 'evals', 'LLM-as-a-judge', 'red teaming', 'hallucination testing', 'benchmarks', 'evaluate LLMs', 'expose weaknesses', 'adversarial prompts', 'évaluation des LLM', 'tests adverses', 'evaluation frameworks', 'evaluation datasets', 'golden datasets', 'output quality', 'hallucinations', 'guardrails', 'prompt testing', 'évaluer les LLM', 'qualité des réponses', 'jeux d’évaluation'],
    levels: [
      ['Knows outputs must be tested, not eyeballed', 'Sait que les sorties se testent au lieu d’être survolées'],
      ['Builds a small test set and scores outputs against it', 'Construit un petit jeu de test et note les sorties'],
      ['Runs automated evals in CI with model-graded checks', 'Lance des évaluations automatiques en CI avec notation par modèle'],
      ['Designs evaluation strategy and benchmarks for products', 'Conçoit la stratégie d’évaluation et les bancs d’essai des produits'],
    ],
  },
  {
    id: 'ai-response-rating',
    category: 'generative-ai',
    name: ['AI response writing and rating', 'Rédaction et notation de réponses d’IA'],
    description: [
      'Writing ideal answers, comparing and scoring model outputs, and probing for unsafe behaviour.',
      'Rédiger des réponses idéales, comparer et noter les sorties de modèles et débusquer les dérives.',
    ],
    prerequisites: ['generative-ai-at-work', 'annotation-guidelines'],
    // Cues (issue #16): verb forms and recruiter descriptions, EN and FR, written by us from how postings of this kind say it (test/fixtures/job-ads).
    aliases: ['AI trainer', 'RLHF', 'preference data', 'response rating', 'red teaming', 'AI tutor', 'human feedback', 'rate responses', 'rate each response', 'compare responses', 'évaluer les réponses', 'comparer les réponses', 'entraîneur IA', 'annotateur IA'],
    levels: [
      ['Knows that human ratings are used to train chat models', 'Sait que des notes humaines servent à entraîner les chatbots'],
      ['Rates and ranks responses following a rubric', 'Note et classe des réponses selon une grille'],
      ['Writes expert reference answers and adversarial prompts', 'Rédige des réponses de référence et des prompts piégeux'],
      ['Designs rating programmes and reviews raters’ work', 'Conçoit des programmes de notation et relit les évaluateurs'],
    ],
  },
  {
    id: 'genai-content-creation',
    category: 'generative-ai',
    name: ['Content creation with generative AI', 'Création de contenu avec l’IA générative'],
    description: [
      'Producing text, images, audio or video with generative tools, then checking, editing and crediting it.',
      'Produire textes, images, sons ou vidéos avec des outils génératifs, puis vérifier, retoucher et créditer.',
    ],
    prerequisites: ['prompt-engineering', 'content-production'],
    aliases: ['AI content', 'AI writing', 'Midjourney', 'DALL-E', 'AI video', 'contenu IA', 'generative content', 'AI-generated content', 'content generation', 'create content with AI', 'image generation', 'génération de contenus', 'génération d’images', 'contenus générés', 'Synthesia', 'Runway'],
    levels: [
      ['Knows what generative tools can make and their legal limits', 'Sait ce que produisent les outils génératifs et leurs limites légales'],
      ['Drafts and edits content with a generative tool', 'Rédige et retouche du contenu avec un outil génératif'],
      ['Runs a content workflow mixing AI drafts and human editing', 'Pilote une production mêlant brouillons IA et édition humaine'],
      ['Sets a brand’s generative-content standards and tooling', 'Fixe les standards et outils de contenu génératif d’une marque'],
    ],
  },
];
