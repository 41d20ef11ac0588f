import type { CourseSource } from './types';

/** Computing, cloud, operations and data-center courses. Hours are ours unless hoursStated. */
export const INFRA_COURSES: CourseSource[] = [
  {
    id: 'harvard-cs50x', title: 'CS50x: Introduction to Computer Science', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/x/', hours: 100, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'computing-fundamentals': 3, 'python-programming': 2, sql: 2, 'html-css': 2, 'javascript-programming': 1 },
  },
  {
    id: 'harvard-cs50p', title: 'CS50’s Introduction to Programming with Python', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/python/', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'python-programming': 3, 'software-engineering-practices': 2 },
  },
  {
    id: 'harvard-cs50-ai', title: 'CS50’s Introduction to Artificial Intelligence with Python', provider: 'Harvard University',
    url: 'https://cs50.harvard.edu/ai/', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'ai-literacy': 3, 'ml-fundamentals': 2, nlp: 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'nand2tetris', title: 'Nand to Tetris: Build a Modern Computer from First Principles (Parts I and II)', provider: 'nand2tetris.org',
    url: 'https://www.nand2tetris.org', hours: 110, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'computing-fundamentals': 4 }, expects: { 'computing-fundamentals': 2, 'python-programming': 2 },
  },
  {
    id: 'mit-missing-semester', title: 'The Missing Semester of Your CS Education', provider: 'MIT',
    url: 'https://missing.csail.mit.edu', hours: 12, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'shell-scripting': 2, 'git-version-control': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'pro-git-book', title: 'Pro Git (book)', provider: 'Scott Chacon and Ben Straub (git-scm.com)',
    url: 'https://git-scm.com/book', hours: 15, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'git-version-control': 3 },
  },
  {
    id: 'mit-software-construction', title: '6.031 Software Construction (readings and exercises)', provider: 'MIT',
    url: 'https://web.mit.edu/6.031/www/', hours: 60, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'software-engineering-practices': 3, 'api-development': 2 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'system-design-primer', title: 'The System Design Primer', provider: 'Donne Martin (GitHub)',
    url: 'https://github.com/donnemartin/system-design-primer', hours: 25, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'system-design': 3 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'fastapi-tutorial', title: 'FastAPI Tutorial - User Guide', provider: 'FastAPI',
    url: 'https://fastapi.tiangolo.com/tutorial/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'api-development': 3 }, expects: { 'python-programming': 2 },
  },
  {
    id: 'openclassrooms-api-rest', title: 'Adoptez les API REST pour vos projets web', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/6573181-adoptez-les-api-rest-pour-vos-projets-web', hours: 6, hoursStated: false, cost: 'free', languages: ['fr'],
    teaches: { 'api-development': 2 },
  },
  {
    id: 'freecodecamp-responsive-web-design', title: 'Responsive Web Design Certification', provider: 'freeCodeCamp',
    url: 'https://www.freecodecamp.org/learn/2022/responsive-web-design/', hours: 300, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'html-css': 3 },
  },
  {
    id: 'freecodecamp-javascript', title: 'JavaScript Algorithms and Data Structures Certification', provider: 'freeCodeCamp',
    url: 'https://www.freecodecamp.org/learn/javascript-algorithms-and-data-structures-v8/', hours: 300, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'javascript-programming': 3 }, expects: { 'html-css': 2 },
  },
  {
    id: 'linux-foundation-lfs101', title: 'Introduction to Linux (LFS101)', provider: 'The Linux Foundation (edX)',
    url: 'https://www.edx.org/learn/linux/the-linux-foundation-introduction-to-linux', hours: 60, hoursStated: false, cost: 'free-audit', languages: ['en'],
    teaches: { 'linux-administration': 3, 'shell-scripting': 3 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'openclassrooms-linux', title: 'Reprenez le contrôle à l’aide de Linux !', provider: 'OpenClassrooms',
    url: 'https://openclassrooms.com/fr/courses/43538-reprenez-le-controle-a-laide-de-linux', hours: 20, hoursStated: false, cost: 'free', languages: ['fr'],
    teaches: { 'linux-administration': 2, 'shell-scripting': 2 },
  },
  {
    id: 'docker-get-started', title: 'Docker: Get started guide', provider: 'Docker',
    url: 'https://docs.docker.com/get-started/', hours: 5, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'docker-containers': 2 }, expects: { 'linux-administration': 1 },
  },
  {
    id: 'docker-curriculum', title: 'Docker for Beginners', provider: 'Prakhar Srivastav (docker-curriculum.com)',
    url: 'https://docker-curriculum.com', hours: 8, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'docker-containers': 3 }, expects: { 'docker-containers': 2, 'linux-administration': 2 },
  },
  {
    id: 'kubernetes-basics', title: 'Learn Kubernetes Basics', provider: 'Kubernetes documentation',
    url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/', hours: 4, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { kubernetes: 2 }, expects: { 'docker-containers': 2 },
  },
  {
    id: 'kubernetes-the-hard-way', title: 'Kubernetes The Hard Way', provider: 'Kelsey Hightower (GitHub)',
    url: 'https://github.com/kelseyhightower/kubernetes-the-hard-way', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { kubernetes: 3 }, expects: { kubernetes: 2, 'linux-administration': 2, 'networking-fundamentals': 2 },
  },
  {
    id: 'aws-cloud-practitioner-essentials', title: 'AWS Cloud Practitioner Essentials', provider: 'AWS Skill Builder',
    url: 'https://aws.amazon.com/training/digital/aws-cloud-practitioner-essentials/', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'cloud-platforms': 2 },
  },
  {
    id: 'microsoft-learn-az-900', title: 'Azure Fundamentals (AZ-900) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-fundamentals/', hours: 10, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'cloud-platforms': 2 },
  },
  {
    id: 'microsoft-learn-az-104', title: 'Azure Administrator (AZ-104) learning paths', provider: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-administrator/', hours: 40, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'cloud-platforms': 3, 'networking-fundamentals': 2 }, expects: { 'cloud-platforms': 2 },
  },
  {
    id: 'terraform-tutorials', title: 'Terraform tutorials', provider: 'HashiCorp Developer',
    url: 'https://developer.hashicorp.com/terraform/tutorials', hours: 20, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'infrastructure-as-code': 3 }, expects: { 'cloud-platforms': 2 },
  },
  {
    id: 'github-actions-docs', title: 'GitHub Actions: quickstart and tutorials', provider: 'GitHub Docs',
    url: 'https://docs.github.com/en/actions', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'ci-cd': 2 }, expects: { 'git-version-control': 2 },
  },
  {
    id: 'ibm-ci-cd', title: 'Continuous Integration and Continuous Delivery (CI/CD)', provider: 'IBM (Coursera)',
    url: 'https://www.coursera.org/learn/continuous-integration-and-continuous-delivery-ci-cd', hours: 15, hoursStated: false, cost: 'free-audit', languages: ['en'],
    teaches: { 'ci-cd': 3 }, expects: { 'git-version-control': 2, 'docker-containers': 1 },
  },
  {
    id: 'google-it-support', title: 'Google IT Support Professional Certificate', provider: 'Google (Coursera)',
    url: 'https://www.coursera.org/professional-certificates/google-it-support', hours: 150, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    teaches: {
      'technical-support': 3, 'computing-fundamentals': 3, troubleshooting: 3, 'networking-fundamentals': 2,
      'linux-administration': 2, 'customer-service': 2, 'it-service-management': 2, 'cybersecurity-fundamentals': 2,
    },
  },
  {
    id: 'professor-messer-a-plus', title: 'CompTIA A+ training course', provider: 'Professor Messer',
    url: 'https://www.professormesser.com', hours: 70, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'computing-fundamentals': 3, 'server-hardware': 3, troubleshooting: 3, 'technical-support': 2 },
  },
  {
    id: 'professor-messer-network-plus', title: 'CompTIA Network+ training course', provider: 'Professor Messer',
    url: 'https://www.professormesser.com', hours: 40, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'networking-fundamentals': 3, 'structured-cabling': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'cisco-networking-basics', title: 'Networking Basics', provider: 'Cisco Networking Academy',
    url: 'https://www.netacad.com/courses/networking-basics', hours: 22, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'networking-fundamentals': 2 },
  },
  {
    id: 'cisco-intro-cybersecurity', title: 'Introduction to Cybersecurity', provider: 'Cisco Networking Academy',
    url: 'https://www.netacad.com/courses/introduction-to-cybersecurity', hours: 6, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'cybersecurity-fundamentals': 2 },
  },
  {
    id: 'google-cybersecurity', title: 'Google Cybersecurity Professional Certificate', provider: 'Google (Coursera)',
    url: 'https://www.coursera.org/professional-certificates/google-cybersecurity', hours: 170, hoursStated: false, cost: 'free-audit', languages: ['multi'],
    teaches: { 'cybersecurity-fundamentals': 3, 'linux-administration': 2, sql: 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'fiber-optic-association-lessons', title: 'FOA Online Fiber Optic Training (Fiber U)', provider: 'The Fiber Optic Association',
    url: 'https://www.thefoa.org', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'structured-cabling': 3 }, expects: { 'networking-fundamentals': 2 },
  },
  {
    id: 'schneider-data-center-university', title: 'Data center courses: power, cooling and physical infrastructure', provider: 'Schneider Electric Energy University',
    url: 'https://www.se.com', hours: 20, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'data-center-power': 2, 'data-center-cooling': 2, 'dcim-tools': 2, 'infrastructure-monitoring': 1 },
  },
  {
    id: 'nvidia-ai-infrastructure-fundamentals', title: 'AI Infrastructure and Operations Fundamentals', provider: 'NVIDIA (Coursera)',
    url: 'https://www.coursera.org/learn/ai-infrastructure-operations-fundamentals', hours: 8, hoursStated: false, cost: 'free-audit', languages: ['en'],
    teaches: { 'gpu-computing': 2, 'infrastructure-monitoring': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'khan-academy-electrical-engineering', title: 'Electrical engineering', provider: 'Khan Academy',
    url: 'https://www.khanacademy.org/science/electrical-engineering', hours: 20, hoursStated: false, cost: 'free', languages: ['multi'],
    teaches: { 'electrical-fundamentals': 2 },
  },
  {
    id: 'mit-circuits-and-electronics', title: '6.002 Circuits and Electronics', provider: 'MIT OpenCourseWare',
    url: 'https://ocw.mit.edu/courses/6-002-circuits-and-electronics-spring-2007/', hours: 80, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'electrical-fundamentals': 3 }, expects: { 'applied-mathematics': 2, 'electrical-fundamentals': 1 },
  },
  {
    id: 'oshacademy-electrical-safety', title: 'Electrical safety courses', provider: 'OSHAcademy',
    url: 'https://www.oshacademy.com', hours: 15, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'electrical-safety': 3 },
  },
  {
    id: 'google-sre-book', title: 'Site Reliability Engineering (book, free online)', provider: 'Google',
    url: 'https://sre.google/sre-book/table-of-contents/', hours: 40, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'infrastructure-monitoring': 3, 'system-design': 2 }, expects: { 'computing-fundamentals': 2 },
  },
  {
    id: 'servicenow-welcome', title: 'Welcome to ServiceNow', provider: 'ServiceNow University',
    url: 'https://learning.servicenow.com', hours: 3, hoursStated: false, cost: 'free', languages: ['en'],
    teaches: { 'it-service-management': 2 },
  },
];
