import type { CourseSource } from './types';

const KAGGLE = 'Kaggle Learn';
const DLAI = 'DeepLearning.AI';
const DLAI_SHORT = 'https://www.deeplearning.ai/short-courses';

/** Machine learning, generative AI, programming and data courses. Hours are ours unless hoursStated. */
export const AI_COURSES: CourseSource[] = [
  {
    id: 'google-ml-crash-course', title: 'Machine Learning Crash Course', provider: 'Google for Developers',
    url: 'https://developers.google.com/machine-learning/crash-course', hours: 15, hoursStated: true, cost: 'free', languages: ['en'],
    hoursNote: 'Google: about 15 hours',
    teaches: { 'ml-fundamentals': 2, 'model-evaluation': 2, 'feature-engineering': 2 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'fastai-practical-deep-learning', title: 'Practical Deep Learning for Coders', provider: 'fast.ai',
    url: 'https://course.fast.ai', hours: 75, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 9 lessons of about 90 min video (provider figure) plus notebooks and the book, about 8 h each',
    teaches: { 'deep-learning': 3, pytorch: 3, 'computer-vision': 3, nlp: 2, 'ml-fundamentals': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'hugging-face-llm-course', title: 'LLM Course', provider: 'Hugging Face',
    url: 'https://huggingface.co/learn/llm-course', hours: 50, hoursStated: false, cost: 'free', languages: ['en', 'fr'],
    hoursNote: 'estimate: 12 chapters of text, short videos and notebooks, about 4 h each',
    teaches: { 'hugging-face-transformers': 3, nlp: 3, 'llm-fundamentals': 3, 'llm-fine-tuning': 3 },
    expects: { 'python-programming': 2, 'deep-learning': 1 },
  },
  {
    id: 'hugging-face-agents-course', title: 'AI Agents Course', provider: 'Hugging Face',
    url: 'https://huggingface.co/learn/agents-course', hours: 20, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 4 core units plus bonus units and a final assignment',
    teaches: { 'ai-agents': 3, 'llm-application-development': 2 }, expects: { 'python-programming': 2, 'llm-fundamentals': 2 },
  },
  {
    id: 'coursera-machine-learning-specialization', title: 'Machine Learning Specialization', provider: 'DeepLearning.AI and Stanford (Coursera)',
    url: 'https://www.coursera.org/specializations/machine-learning-introduction', hours: 95, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: about 95 hours over 3 courses',
    teaches: { 'ml-fundamentals': 3, 'model-evaluation': 2, 'scikit-learn': 2 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'coursera-deep-learning-specialization', title: 'Deep Learning Specialization', provider: 'DeepLearning.AI (Coursera)',
    url: 'https://www.coursera.org/specializations/deep-learning', hours: 120, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: 3 months at about 10 h/week over 5 courses',
    teaches: { 'deep-learning': 3, 'computer-vision': 2, nlp: 2, 'model-evaluation': 3 },
    expects: { 'ml-fundamentals': 2, 'python-programming': 2 },
  },
  {
    id: 'dlai-prompt-engineering-for-developers', title: 'ChatGPT Prompt Engineering for Developers', provider: DLAI,
    url: `${DLAI_SHORT}/chatgpt-prompt-engineering-for-developers/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1.5 h of video with notebook exercises',
    teaches: { 'prompt-engineering': 2, 'llm-application-development': 1 }, expects: { 'python-programming': 1 },
  },
  {
    id: 'dlai-langchain-llm-apps', title: 'LangChain for LLM Application Development', provider: DLAI,
    url: `${DLAI_SHORT}/langchain-for-llm-application-development/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1 h of video plus notebooks',
    teaches: { langchain: 2, 'llm-application-development': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'dlai-advanced-rag', title: 'Building and Evaluating Advanced RAG', provider: DLAI,
    url: `${DLAI_SHORT}/building-evaluating-advanced-rag/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1 h of video plus notebooks',
    teaches: { 'rag-systems': 2, 'llm-evaluation': 2 }, expects: { 'python-programming': 2, 'llm-fundamentals': 2 },
  },
  {
    id: 'dlai-vector-databases', title: 'Vector Databases: from Embeddings to Applications', provider: DLAI,
    url: `${DLAI_SHORT}/vector-databases-embeddings-applications/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1 h of video plus notebooks',
    teaches: { 'vector-databases': 2, 'rag-systems': 1 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'dlai-red-teaming-llm-apps', title: 'Red Teaming LLM Applications', provider: DLAI,
    url: `${DLAI_SHORT}/red-teaming-llm-applications/`, hours: 1.5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: short course of about 1 h of video plus notebooks',
    teaches: { 'ai-response-rating': 3, 'llm-evaluation': 2, 'responsible-ai': 2 }, expects: { 'prompt-engineering': 2 },
  },
  {
    id: 'coursera-generative-ai-with-llms', title: 'Generative AI with Large Language Models', provider: 'DeepLearning.AI and AWS (Coursera)',
    url: 'https://www.coursera.org/learn/generative-ai-with-llms', hours: 16, hoursStated: true, cost: 'free-audit', languages: ['en'],
    hoursNote: 'Coursera: about 16 hours over 3 weeks',
    teaches: { 'llm-fundamentals': 3, 'llm-fine-tuning': 2, 'ai-response-rating': 1 }, expects: { 'python-programming': 2, 'ml-fundamentals': 2 },
  },
  {
    id: 'rag-from-scratch-langchain', title: 'LangChain tutorials: build a RAG app, agents and LangGraph', provider: 'LangChain',
    url: 'https://python.langchain.com/docs/tutorials/', hours: 20, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 8 tutorials of 2-3 h each, built and run locally',
    teaches: { langchain: 3, 'rag-systems': 3, 'vector-databases': 3, 'llm-application-development': 3 },
    expects: { 'python-programming': 2, 'llm-fundamentals': 2 },
  },
  {
    id: 'openai-evals-cookbook', title: 'OpenAI Cookbook: evaluation and structured outputs', provider: 'OpenAI',
    url: 'https://cookbook.openai.com', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 6-8 notebooks on evals and structured outputs, about 2 h each',
    teaches: { 'llm-evaluation': 3, 'llm-application-development': 3, 'prompt-engineering': 3 },
    expects: { 'python-programming': 2, 'llm-fundamentals': 2 },
  },
  {
    id: 'pytorch-learn-the-basics', title: 'Learn the Basics (PyTorch tutorials)', provider: 'PyTorch',
    url: 'https://pytorch.org/tutorials/beginner/basics/intro.html', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 8 short tutorial pages with runnable code',
    teaches: { pytorch: 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'stanford-cs231n', title: 'CS231n: Deep Learning for Computer Vision (course notes)', provider: 'Stanford University',
    url: 'https://cs231n.github.io', hours: 40, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: notes for about 15 lectures plus the first assignment',
    teaches: { 'computer-vision': 3, 'deep-learning': 3 }, expects: { 'python-programming': 2, 'applied-mathematics': 2, 'ml-fundamentals': 2 },
  },
  {
    id: 'stanford-cs229', title: 'CS229: Machine Learning (lecture notes and videos)', provider: 'Stanford University',
    url: 'https://cs229.stanford.edu', hours: 100, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 20 lectures of 80 min plus notes and problem sets',
    teaches: { 'ml-fundamentals': 4, 'model-evaluation': 3 }, expects: { 'applied-mathematics': 3, 'ml-fundamentals': 2 },
  },
  {
    id: 'made-with-ml', title: 'Made With ML', provider: 'Made With ML (Goku Mohandas)',
    url: 'https://madewithml.com', hours: 30, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 30 lessons of reading and code, about 1 h each',
    teaches: { mlops: 3, 'software-engineering-practices': 2, 'ci-cd': 2 }, expects: { 'python-programming': 2, 'ml-fundamentals': 2 },
  },
  {
    id: 'mlops-zoomcamp', title: 'MLOps Zoomcamp', provider: 'DataTalksClub',
    url: 'https://github.com/DataTalksClub/mlops-zoomcamp', hours: 60, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 6 modules of videos and homework plus a project',
    teaches: { mlops: 3, 'docker-containers': 2, 'infrastructure-monitoring': 2 }, expects: { 'python-programming': 2, 'ml-fundamentals': 2 },
  },
  {
    id: 'coursera-ml-in-production', title: 'Machine Learning in Production', provider: 'DeepLearning.AI (Coursera)',
    url: 'https://www.coursera.org/learn/introduction-to-machine-learning-in-production', hours: 12, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 3 weekly modules of video, quizzes and labs',
    teaches: { mlops: 2, 'data-quality': 2, 'annotation-guidelines': 2 }, expects: { 'ml-fundamentals': 2 },
  },
  {
    // Kaggle's own first course for people who have never written code; its Python course
    // assumes some coding and sends newcomers here first.
    id: 'kaggle-intro-to-programming', title: 'Intro to Programming', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intro-to-programming',
    hours: 5, hoursStated: false, cost: 'free', languages: ['en'], teaches: { 'python-programming': 1 },
    hoursNote: 'estimate: 5 short lessons with exercises (arithmetic, functions, data types, conditions, lists), like the other Kaggle courses',
  },
  {
    id: 'kaggle-python', title: 'Python', provider: KAGGLE, url: 'https://www.kaggle.com/learn/python',
    hours: 5, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'python-programming': 2 }, expects: { 'python-programming': 1 },
    hoursNote: 'Kaggle Learn: about 5 hours',
  },
  {
    id: 'kaggle-intro-to-machine-learning', title: 'Intro to Machine Learning', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intro-to-machine-learning',
    hours: 3, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'ml-fundamentals': 2, 'scikit-learn': 2 }, expects: { 'python-programming': 2 },
    hoursNote: 'Kaggle Learn: about 3 hours',
  },
  {
    id: 'kaggle-intermediate-machine-learning', title: 'Intermediate Machine Learning', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intermediate-machine-learning',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'scikit-learn': 3, 'feature-engineering': 2 }, expects: { 'ml-fundamentals': 2, 'scikit-learn': 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-intro-to-deep-learning', title: 'Intro to Deep Learning', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intro-to-deep-learning',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'deep-learning': 2 }, expects: { 'ml-fundamentals': 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-computer-vision', title: 'Computer Vision', provider: KAGGLE, url: 'https://www.kaggle.com/learn/computer-vision',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'computer-vision': 2 }, expects: { 'deep-learning': 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-feature-engineering', title: 'Feature Engineering', provider: KAGGLE, url: 'https://www.kaggle.com/learn/feature-engineering',
    hours: 5, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'feature-engineering': 3 }, expects: { 'ml-fundamentals': 2, pandas: 2 },
    hoursNote: 'Kaggle Learn: about 5 hours',
  },
  {
    id: 'kaggle-intro-to-ai-ethics', title: 'Intro to AI Ethics', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intro-to-ai-ethics',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'responsible-ai': 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-intro-to-sql', title: 'Intro to SQL', provider: KAGGLE, url: 'https://www.kaggle.com/learn/intro-to-sql',
    hours: 3, hoursStated: true, cost: 'free', languages: ['en'], teaches: { sql: 2 },
    hoursNote: 'Kaggle Learn: about 3 hours',
  },
  {
    id: 'kaggle-advanced-sql', title: 'Advanced SQL', provider: KAGGLE, url: 'https://www.kaggle.com/learn/advanced-sql',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { sql: 3 }, expects: { sql: 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-pandas', title: 'Pandas', provider: KAGGLE, url: 'https://www.kaggle.com/learn/pandas',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { pandas: 2 }, expects: { 'python-programming': 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-data-cleaning', title: 'Data Cleaning', provider: KAGGLE, url: 'https://www.kaggle.com/learn/data-cleaning',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'data-wrangling': 2, 'data-quality': 2 }, expects: { pandas: 2 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'kaggle-data-visualization', title: 'Data Visualization', provider: KAGGLE, url: 'https://www.kaggle.com/learn/data-visualization',
    hours: 4, hoursStated: true, cost: 'free', languages: ['en'], teaches: { 'data-visualization': 2 }, expects: { 'python-programming': 1 },
    hoursNote: 'Kaggle Learn: about 4 hours',
  },
  {
    id: 'mit-data-centric-ai', title: 'Introduction to Data-Centric AI', provider: 'MIT CSAIL',
    url: 'https://dcai.csail.mit.edu', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 10 lectures of 1 h plus their labs',
    teaches: { 'data-quality': 3, 'label-quality-assurance': 3, 'data-labeling': 2 }, expects: { 'python-programming': 2, 'ml-fundamentals': 2 },
  },
  {
    id: 'label-studio-guide', title: 'Label Studio documentation and tutorials', provider: 'HumanSignal',
    url: 'https://labelstud.io/guide', hours: 4, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: installation, labeling configs and review features, tried on a sample project',
    teaches: { 'annotation-tools': 3, 'data-labeling': 2, 'label-quality-assurance': 2 },
  },
  {
    id: 'cvat-documentation', title: 'CVAT documentation', provider: 'CVAT.ai',
    url: 'https://docs.cvat.ai', hours: 3, hoursStated: false, cost: 'free', languages: ['en'], teaches: { 'annotation-tools': 2 },
    hoursNote: 'estimate: getting-started and annotation-mode pages, tried on a few images',
  },
  {
    id: 'google-search-quality-rater-guidelines', title: 'Search Quality Rater Guidelines (study of a rating rubric)', provider: 'Google',
    url: 'https://guidelines.raterhub.com/searchqualityevaluatorguidelines.pdf', hours: 10, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a guideline of about 180 pages read with its worked examples',
    teaches: { 'annotation-guidelines': 3, 'ai-response-rating': 2, 'data-labeling': 3 }, expects: { 'written-communication': 2 },
  },
  {
    id: 'python-for-data-analysis-book', title: 'Python for Data Analysis, 3rd edition (open access)', provider: 'Wes McKinney',
    url: 'https://wesmckinney.com/book/', hours: 30, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 13 chapters read with the code, about 2-3 h each',
    teaches: { pandas: 3, 'data-wrangling': 3 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-python', title: 'Apprenez les bases du langage Python', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/7168871-apprenez-les-bases-du-langage-python', hours: 10, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with quizzes and exercises',
    teaches: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-machine-learning', title: 'Initiez-vous au Machine Learning', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/4011851-initiez-vous-au-machine-learning', hours: 15, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3-4 parts of chapters with quizzes and exercises',
    teaches: { 'ml-fundamentals': 2, 'ai-literacy': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-data-science-libraries', title: 'Découvrez les librairies Python pour la Data Science', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/4452741-decouvrez-les-librairies-python-pour-la-data-science', hours: 10, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with notebooks and quizzes',
    teaches: { pandas: 2, 'data-visualization': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-clean-analyze-dataset', title: 'Nettoyez et analysez votre jeu de données', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/7410486-nettoyez-et-analysez-votre-jeu-de-donnees', hours: 10, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with notebooks and quizzes',
    teaches: { 'data-wrangling': 2, statistics: 2 }, expects: { 'python-programming': 2 },
  },
];
