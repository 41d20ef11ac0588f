import type { CourseSource } from './types';

/** Computing, cloud, operations and data-center courses. Hours are ours unless hoursStated. */
export const INFRA_COURSES: CourseSource[] = [
  {
    id: 'harvard-cs50x', title: 'CS50x: Introduction to Computer Science', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/x/', hours: 150, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the middle of the effort edX lists for CS50x, 10 weeks at 10-20 hours a week; two thirds of its students have never programmed',
    teaches: { 'computing-fundamentals': 3, 'computer-science-fundamentals': 3, 'python-programming': 2, sql: 2, 'html-css': 2, 'javascript-programming': 1 },
  },
  {
    id: 'harvard-cs50p', title: 'CS50’s Introduction to Programming with Python', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/python/', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 10 weeks of lectures and problem sets at about 7 h each',
    teaches: { 'python-programming': 3, 'software-engineering-practices': 2 },
  },
  {
    id: 'harvard-cs50-ai', title: 'CS50’s Introduction to Artificial Intelligence with Python', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/ai/', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 7 weeks of lectures and projects at about 10 h each',
    teaches: { 'ai-literacy': 3, 'ml-fundamentals': 2, nlp: 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'nand2tetris', title: 'Nand to Tetris: Build a Modern Computer from First Principles (Parts I and II)', provider: 'nand2tetris.org',
    url: 'https://www.nand2tetris.org', hours: 110, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 12 projects over Parts I and II, about 9 h each',
    teaches: { 'computing-fundamentals': 4, 'computer-science-fundamentals': 4 }, expects: { 'computing-fundamentals': 2, 'python-programming': 2 },
  },
  {
    id: 'runestone-pythonds', title: 'Problem Solving with Algorithms and Data Structures using Python', provider: 'Brad Miller and David Ranum (Runestone Academy)',
    url: 'https://runestone.academy/ns/books/published/pythonds3/index.html', hours: 50, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the chapters on analysis, linear structures, recursion, sorting and searching, trees and graphs, about 7 h each with their exercises',
    teaches: { 'computer-science-fundamentals': 3 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'mit-missing-semester', title: 'The Missing Semester of Your CS Education', provider: 'MIT',
    url: 'https://missing.csail.mit.edu', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 11 lectures of about 1 h plus exercises',
    teaches: { 'shell-scripting': 2, 'git-version-control': 2, 'linux-administration': 1 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'pro-git-book', title: 'Pro Git (book)', provider: 'Scott Chacon and Ben Straub (git-scm.com)',
    url: 'https://git-scm.com/book', hours: 15, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the first 7 chapters read and tried at the command line',
    teaches: { 'git-version-control': 3 },
  },
  {
    id: 'mit-software-construction', title: '6.031 Software Construction (readings and exercises)', provider: 'MIT',
    url: 'https://web.mit.edu/6.031/www/', hours: 60, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 25 readings with exercises and problem sets',
    teaches: { 'software-engineering-practices': 3, 'api-development': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'system-design-primer', title: 'The System Design Primer', provider: 'Donne Martin (GitHub)',
    url: 'https://github.com/donnemartin/system-design-primer', hours: 25, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: core topics plus a few worked design exercises',
    teaches: { 'system-design': 3 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'fastapi-tutorial', title: 'FastAPI Tutorial - User Guide', provider: 'FastAPI',
    url: 'https://fastapi.tiangolo.com/tutorial/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the user-guide chapters coded along, about 10 h',
    teaches: { 'api-development': 3 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-api-rest', title: 'Adoptez les API REST pour vos projets web', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/6573181-adoptez-les-api-rest-pour-vos-projets-web', hours: 6, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 3 parts of chapters with quizzes',
    teaches: { 'api-development': 2 },
  },
  {
    id: 'freecodecamp-responsive-web-design', title: 'Responsive Web Design Certification', provider: 'freeCodeCamp',
    url: 'https://www.freecodecamp.org/learn/2022/responsive-web-design/', hours: 300, hoursStated: true, cost: 'free', languages: ['en', 'es'],
    hoursNote: 'freeCodeCamp: 300 hours for the certification',
    teaches: { 'html-css': 3 },
  },
  {
    id: 'freecodecamp-javascript', title: 'JavaScript Algorithms and Data Structures Certification', provider: 'freeCodeCamp',
    url: 'https://www.freecodecamp.org/learn/javascript-algorithms-and-data-structures-v8/', hours: 300, hoursStated: true, cost: 'free', languages: ['en', 'es'],
    hoursNote: 'freeCodeCamp: 300 hours for the certification',
    teaches: { 'javascript-programming': 3 }, expects: { 'html-css': 2 },
  },
  {
    id: 'linux-foundation-lfs101', title: 'Introduction to Linux (LFS101)', provider: 'The Linux Foundation (edX)',
    url: 'https://www.edx.org/learn/linux/the-linux-foundation-introduction-to-linux', hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: about 18 chapters with labs and quizzes, about 3 h each',
    teaches: { 'linux-administration': 3, 'shell-scripting': 3 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    // Users, permissions, packages, processes and services at Working, without LFS101's 60 h.
    id: 'linux-journey', title: 'Linux Journey', provider: 'linuxjourney.com',
    url: 'https://linuxjourney.com', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the Grasshopper and Journeyman paths, about 20 short lessons with exercises; starts from the first command',
    teaches: { 'linux-administration': 2, 'shell-scripting': 1 },
  },
  {
    id: 'openclassrooms-linux', title: 'Reprenez le contrôle à l’aide de Linux !', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/43538-reprenez-le-controle-a-laide-de-linux', hours: 20, hoursStated: false, cost: 'free', languages: ['fr'],
    hoursNote: 'estimate: 4 parts of chapters practised in a terminal',
    teaches: { 'linux-administration': 2, 'shell-scripting': 2 },
  },
  {
    id: 'docker-get-started', title: 'Docker: Get started guide', provider: 'Docker',
    url: 'https://docs.docker.com/get-started/', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the get-started workshop parts run locally',
    teaches: { 'docker-containers': 2 }, expects: { 'linux-administration': 1 },
  },
  {
    id: 'docker-curriculum', title: 'Docker for Beginners', provider: 'Prakhar Srivastav (docker-curriculum.com)',
    url: 'https://docker-curriculum.com', hours: 8, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: one long tutorial with 3 hands-on deployments',
    teaches: { 'docker-containers': 3 }, expects: { 'docker-containers': 2, 'linux-administration': 2 },
  },
  {
    id: 'kubernetes-basics', title: 'Learn Kubernetes Basics', provider: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/', hours: 4, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 6 short interactive modules',
    teaches: { kubernetes: 2 }, expects: { 'docker-containers': 2 },
  },
  {
    id: 'kubernetes-the-hard-way', title: 'Kubernetes The Hard Way', provider: 'Kelsey Hightower (GitHub)',
    url: 'https://github.com/kelseyhightower/kubernetes-the-hard-way', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 13 labs on cloud or local machines',
    teaches: { kubernetes: 3 }, expects: { kubernetes: 2, 'linux-administration': 2, 'networking-fundamentals': 2 },
  },
  {
    id: 'aws-cloud-practitioner-essentials', title: 'AWS Cloud Practitioner Essentials', provider: 'AWS Skill Builder',
    url: 'https://aws.amazon.com/training/digital/aws-cloud-practitioner-essentials/', hours: 6, hoursStated: true, cost: 'free', languages: ['multi'],
    hoursNote: 'AWS Skill Builder: about 6 hours',
    teaches: { 'cloud-platforms': 2 },
  },
  {
    id: 'microsoft-learn-az-900', title: 'Azure Fundamentals (AZ-900) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-fundamentals/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 3 learning paths of about 3 h each',
    teaches: { 'cloud-platforms': 2 },
  },
  {
    id: 'microsoft-learn-az-104', title: 'Azure Administrator (AZ-104) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-administrator/', hours: 40, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: 5-6 learning paths with sandbox exercises',
    teaches: { 'cloud-platforms': 3, 'networking-fundamentals': 2 }, expects: { 'cloud-platforms': 2 },
  },
  {
    id: 'terraform-tutorials', title: 'Terraform tutorials', provider: 'HashiCorp Developer',
    url: 'https://developer.hashicorp.com/terraform/tutorials', hours: 20, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the get-started collection for one cloud plus a few follow-ups',
    teaches: { 'infrastructure-as-code': 3 }, expects: { 'cloud-platforms': 2 },
  },
  {
    id: 'github-actions-docs', title: 'GitHub Actions: quickstart and tutorials', provider: 'GitHub Docs',
    url: 'https://docs.github.com/en/actions', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: quickstart, workflow syntax and 2-3 tutorials tried on a repository',
    teaches: { 'ci-cd': 2 }, expects: { 'git-version-control': 2 },
  },
  {
    id: 'ibm-ci-cd', title: 'Continuous Integration and Continuous Delivery (CI/CD)', provider: 'IBM (Coursera)',
    url: 'https://www.coursera.org/learn/continuous-integration-and-continuous-delivery-ci-cd', hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 4 weekly modules of video, labs and quizzes',
    teaches: { 'ci-cd': 3 }, expects: { 'git-version-control': 2, 'docker-containers': 1 },
  },
  {
    id: 'google-it-support', title: 'Google IT Support Professional Certificate', provider: 'Google (Coursera)',
    url: 'https://www.coursera.org/professional-certificates/google-it-support', hours: 150, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'estimate: 5 courses; Google says under 6 months at under 10 h/week',
    teaches: {
      'technical-support': 3, 'computing-fundamentals': 3, troubleshooting: 3, 'networking-fundamentals': 2,
      'linux-administration': 2, 'customer-service': 2, 'it-service-management': 2, 'cybersecurity-fundamentals': 2,
    },
  },
  {
    id: 'professor-messer-a-plus', title: 'CompTIA A+ training course', provider: 'Professor Messer',
    url: 'https://www.professormesser.com', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 60-80 h of video for the two A+ exams (SOURCES.md)',
    teaches: { 'computing-fundamentals': 3, 'server-hardware': 3, troubleshooting: 3, 'technical-support': 2 },
  },
  {
    id: 'professor-messer-network-plus', title: 'CompTIA Network+ training course', provider: 'Professor Messer',
    url: 'https://www.professormesser.com', hours: 40, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 40 h of video and notes',
    teaches: { 'networking-fundamentals': 3, 'structured-cabling': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'cisco-networking-basics', title: 'Networking Basics', provider: 'Cisco Networking Academy',
    url: 'https://www.netacad.com/courses/networking-basics', hours: 22, hoursStated: true, cost: 'free', languages: ['multi'],
    hoursNote: 'Cisco Networking Academy: about 22 hours',
    teaches: { 'networking-fundamentals': 2 },
  },
  {
    id: 'cisco-intro-cybersecurity', title: 'Introduction to Cybersecurity', provider: 'Cisco Networking Academy',
    url: 'https://www.netacad.com/courses/introduction-to-cybersecurity', hours: 6, hoursStated: true, cost: 'free', languages: ['multi'],
    hoursNote: 'Cisco Networking Academy: about 6 hours',
    teaches: { 'cybersecurity-fundamentals': 2 },
  },
  {
    id: 'google-cybersecurity', title: 'Google Cybersecurity Professional Certificate', provider: 'Google (Coursera)',
    url: 'https://www.coursera.org/professional-certificates/google-cybersecurity', hours: 170, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    hoursNote: 'estimate: 8 courses; Google says under 6 months at under 10 h/week',
    teaches: { 'cybersecurity-fundamentals': 3, 'linux-administration': 2, sql: 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'fiber-optic-association-lessons', title: 'FOA Online Fiber Optic Training (Fiber U)', provider: 'The Fiber Optic Association',
    url: 'https://www.thefoa.org', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the Fiber U basics lessons and quizzes',
    teaches: { 'structured-cabling': 3 }, expects: { 'networking-fundamentals': 2 },
  },
  {
    id: 'schneider-data-center-university', title: 'Data center courses: power, cooling and physical infrastructure', provider: 'Schneider Electric Energy University',
    url: 'https://www.se.com', hours: 20, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: about 15-20 short online courses on power, cooling and racks, about 1 h each',
    teaches: { 'data-center-power': 2, 'data-center-cooling': 2, 'dcim-tools': 2, 'infrastructure-monitoring': 1 },
  },
  {
    id: 'nvidia-ai-infrastructure-fundamentals', title: 'AI Infrastructure and Operations Fundamentals', provider: 'NVIDIA (Coursera)',
    url: 'https://www.coursera.org/learn/ai-infrastructure-operations-fundamentals', hours: 8, hoursStated: false, cost: 'free-audit', languages: ['en'],
    hoursNote: 'estimate: 3-4 modules of video and quizzes',
    teaches: { 'gpu-computing': 2, 'infrastructure-monitoring': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    // A technician's text, from volts to three-phase power and fault finding, where MIT's 6.002
    // is an engineering course that expects calculus.
    id: 'lessons-in-electric-circuits', title: 'Lessons in Electric Circuits, volumes I (DC) and II (AC)', provider: 'Tony R. Kuphaldt (All About Circuits)',
    url: 'https://www.allaboutcircuits.com/textbook/', hours: 60, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the DC and AC volumes, about 30 chapters of 2 h with their review questions, polyphase power and troubleshooting included',
    teaches: { 'electrical-fundamentals': 3 },
  },
  {
    id: 'khan-academy-electrical-engineering', title: 'Electrical engineering', provider: 'Khan Academy',
    url: 'https://www.khanacademy.org/science/electrical-engineering', hours: 20, hoursStated: false, cost: 'free', languages: ['multi'],
    hoursNote: 'estimate: the circuit-analysis units with practice',
    teaches: { 'electrical-fundamentals': 2 },
  },
  {
    id: 'mit-circuits-and-electronics', title: '6.002 Circuits and Electronics', provider: 'MIT OpenCourseWare',
    url: 'https://ocw.mit.edu/courses/6-002-circuits-and-electronics-spring-2007/', hours: 80, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: about 25 lectures with problem sets',
    teaches: { 'electrical-fundamentals': 3 }, expects: { 'applied-mathematics': 2, 'electrical-fundamentals': 1 },
  },
  {
    id: 'oshacademy-electrical-safety', title: 'Electrical safety courses', provider: 'OSHAcademy',
    url: 'https://www.oshacademy.com', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: 2-3 electrical safety courses of about 5 h',
    teaches: { 'electrical-safety': 3 },
  },
  {
    id: 'google-sre-book', title: 'Site Reliability Engineering (book, free online)', provider: 'Google',
    url: 'https://sre.google/sre-book/table-of-contents/', hours: 40, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: the key chapters of a 500-page book',
    teaches: { 'infrastructure-monitoring': 3, 'system-design': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    // The chapters a monitoring and on-call job needs, without the whole book.
    id: 'google-sre-book-monitoring', title: 'Site Reliability Engineering: the monitoring, alerting and incident chapters', provider: 'Google',
    url: 'https://sre.google/sre-book/monitoring-distributed-systems/', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: chapters 6 and 10-15 (monitoring, practical alerting, on-call, troubleshooting, emergency response, incidents, postmortems), about 1.5 h each',
    teaches: { 'infrastructure-monitoring': 3 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'servicenow-welcome', title: 'Welcome to ServiceNow', provider: 'ServiceNow University',
    url: 'https://learning.servicenow.com', hours: 3, hoursStated: false, cost: 'free', languages: ['en'],
    hoursNote: 'estimate: a short on-demand course with a demo instance',
    teaches: { 'it-service-management': 2 },
  },
];
