import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderApp, renderWithProviders } from '../../render';
import { pickOptionByLabel } from '../../components/CatalogEntryForm/pickOption';
import { RoutedMatrix } from './routed';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
const INTERACTION_TIMEOUT_MS = 30_000;

const count = () => screen.getByTestId('matrix-count').textContent;

async function openMatrix(hash: string, options: Parameters<typeof renderWithProviders>[1] = {}) {
  window.location.hash = hash;
  const rendered = await renderWithProviders(<RoutedMatrix />, options);
  return { ...rendered, user: userEvent.setup() };
}


describe('MatrixScreen: roles', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('lists every role with its count and a link to its page', async () => {
    await openMatrix('#/matrix');
    expect(screen.getByRole('heading', { level: 2, name: 'Role-skill matrix' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Roles' })).toHaveAttribute('aria-selected', 'true');
    expect(count()).toBe('2 roles');
    expect(screen.getByRole('link', { name: 'AI engineer' })).toHaveAttribute('href', '#/matrix/roles/ai-engineer');
    expect(screen.getByRole('link', { name: 'Data annotator' })).toBeInTheDocument();
  });

  it('searches titles in both languages, ignoring accents', async () => {
    const { user } = await openMatrix('#/matrix/roles');
    await user.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'ingenieur');
    expect(count()).toBe('1 of 2 roles');
    expect(screen.getByRole('link', { name: 'AI engineer' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Data annotator' })).not.toBeInTheDocument();
  });

  it('filters by family and says when nothing matches, with a way back', async () => {
    const { user } = await openMatrix('#/matrix/roles');
    await pickOptionByLabel(user, 'Family', 'Data annotation');
    expect(count()).toBe('1 of 2 roles');
    expect(screen.getByRole('link', { name: 'Data annotator' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'engineer');
    expect(count()).toBe('0 of 2 roles');
    expect(screen.getByText('No role matches this search.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(count()).toBe('2 roles');
  });

  it('speaks French, with French plurals', async () => {
    await openMatrix('#/matrix', { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    expect(screen.getByRole('tab', { name: 'Compétences' })).toBeInTheDocument();
    expect(count()).toBe('2 métiers');
    expect(screen.getByRole('link', { name: 'Ingénieur IA' })).toBeInTheDocument();
  });
});

describe('MatrixScreen: skills and courses', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('finds skills by French name, by job-ad alias and by category', async () => {
    const { user } = await openMatrix('#/matrix/skills');
    expect(count()).toBe('5 skills');
    const search = screen.getByRole('searchbox', { name: 'Search skills' });
    await user.type(search, 'labelling');
    expect(count()).toBe('1 of 5 skills');
    expect(screen.getByRole('link', { name: 'Data labeling' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'programmation');
    expect(screen.getByRole('link', { name: 'Python programming' })).toBeInTheDocument();
    await user.clear(search);
    await pickOptionByLabel(user, 'Category', 'Generative AI');
    expect(count()).toBe('1 of 5 skills');
    expect(screen.getByRole('link', { name: 'Prompt design' })).toBeInTheDocument();
  });

  it('leaves portfolio projects out of the course list and out of its count', async () => {
    const course = smallCatalog.courses[0];
    const project = {
      ...course,
      id: 'project-demo',
      title: 'Demo project',
      project: {
        roleIds: [smallCatalog.roles[0].id],
        title: { en: 'A demo to show', fr: 'Une démo à montrer' },
        deliverable: { en: 'A demo', fr: 'Une démo' },
        idea: { title: 'Test', url: 'https://example.org/idea' },
      },
    };
    await openMatrix('#/matrix/courses', { catalog: { ...smallCatalog, courses: [...smallCatalog.courses, project] } });
    // Nothing is filtered: the count is the courses', not "3 of 4 courses".
    expect(count()).toBe('3 courses');
    expect(screen.queryByRole('link', { name: /Demo project|A demo to show/ })).toBeNull();
  });

  it('finds courses by provider and filters by cost, language and skill taught', async () => {
    const { user } = await openMatrix('#/matrix/courses');
    expect(count()).toBe('3 courses');
    await user.type(screen.getByRole('searchbox', { name: 'Search courses' }), 'test labs');
    expect(count()).toBe('2 of 3 courses');
    await pickOptionByLabel(user, 'Language', 'French');
    expect(count()).toBe('1 of 3 courses');
    expect(screen.getByRole('link', { name: 'Prompting Basics' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    await pickOptionByLabel(user, 'Cost', 'Free to audit');
    expect(count()).toBe('1 of 3 courses');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    await pickOptionByLabel(user, 'Teaches', 'Python programming');
    expect(count()).toBe('1 of 3 courses');
    expect(screen.getByRole('link', { name: 'Python for Everybody' })).toBeInTheDocument();
  });

  it('switches tabs through the address', async () => {
    const { user } = await openMatrix('#/matrix');
    await user.click(screen.getByRole('tab', { name: 'Courses' }));
    await waitFor(() => expect(window.location.hash).toBe('#/matrix/courses'));
    expect(await screen.findByRole('searchbox', { name: 'Search courses' })).toBeInTheDocument();
  });
});

describe('MatrixScreen: detail pages', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('shows a role with its requirements, facts, codes and sources', async () => {
    await openMatrix('#/matrix/roles/ai-engineer');
    expect(screen.getByRole('heading', { level: 3, name: 'AI engineer' })).toBeInTheDocument();
    expect(screen.getByText('AI engineering')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Most important first.
    expect(within(rows[1]).getByRole('link', { name: 'Python programming' })).toHaveAttribute(
      'href',
      '#/matrix/skills/python-programming',
    );
    expect(rows[1]).toHaveTextContent('3 · Proficient');
    expect(rows[1]).toHaveTextContent('5 of 5');
    expect(rows[3]).toHaveTextContent('2 · Working');
    expect(screen.getByText('26%')).toBeInTheDocument();
    expect(screen.getByText('27%')).toBeInTheDocument();
    expect(screen.getByText('About 3.7 years on average')).toBeInTheDocument();
    expect(screen.getByText('Software engineering, Data science')).toBeInTheDocument();
    expect(screen.getByText('San Francisco, New York')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /15-1221\.00/ })).toBeInTheDocument();
    expect(screen.getByText('24 Nov 2026')).toBeInTheDocument();
    expect(screen.getByText('Test source')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Customise' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('leaves out facts the role does not have', async () => {
    await openMatrix('#/matrix/roles/data-annotator');
    expect(screen.getByRole('heading', { level: 3, name: 'Data annotator' })).toBeInTheDocument();
    expect(screen.queryByText('Remote postings')).not.toBeInTheDocument();
    expect(screen.queryByText('O*NET occupations')).not.toBeInTheDocument();
    expect(screen.queryByText('Experience')).not.toBeInTheDocument();
  });

  it('shows a skill with its own level lines, aliases, roles and courses', async () => {
    await openMatrix('#/matrix/skills/python-programming');
    expect(screen.getByRole('heading', { level: 3, name: 'Python programming' })).toBeInTheDocument();
    expect(screen.getByText(/Reads a short script/)).toBeInTheDocument();
    expect(screen.getByText(/Designs large codebases/)).toBeInTheDocument();
    expect(screen.getByText('python')).toBeInTheDocument();
    expect(screen.getByText('Nothing in particular.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'AI engineer' })).toHaveAttribute('href', '#/matrix/roles/ai-engineer');
    expect(screen.getByText(/needed at 3 · Proficient/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Python for Everybody' })).toHaveAttribute(
      'href',
      '#/matrix/courses/python-course',
    );
  });

  it('falls back to the category’s level lines and links prerequisites', async () => {
    await openMatrix('#/matrix/skills/machine-learning-basics');
    expect(screen.getByText(/I can explain what training a model means\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Python programming' })).toHaveAttribute(
      'href',
      '#/matrix/skills/python-programming',
    );
    expect(screen.getByText('machine learning')).toBeInTheDocument();
    expect(screen.getByText('ML')).toBeInTheDocument();
  });

  it('shows a course with hours, cost, languages and what it teaches and expects', async () => {
    await openMatrix('#/matrix/courses/prompt-course');
    expect(screen.getByRole('heading', { level: 3, name: 'Prompting Basics' })).toBeInTheDocument();
    expect(screen.getByText('2 h · estimate')).toBeInTheDocument();
    expect(screen.getByText('Free to audit')).toBeInTheDocument();
    expect(screen.getByText('English, French')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Prompt design' })).toBeInTheDocument();
    expect(screen.getByText('Nothing in particular: a good place to start.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Open the course page/ })).toBeInTheDocument();
  });

  it('says the hours are the provider’s when they are stated', async () => {
    await openMatrix('#/matrix/courses/ml-course');
    expect(screen.getByText('15 h · stated by the provider')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Python programming' }).closest('li')).toHaveTextContent('2 · Working');
  });

  it('opens a page from the list and goes back to the list', async () => {
    const { user } = await openMatrix('#/matrix/roles');
    await user.click(screen.getByRole('link', { name: 'Data annotator' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Data annotator' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /All roles/ }));
    expect(await screen.findByTestId('matrix-count')).toHaveTextContent('2 roles');
  });

  it('says so when the address names an entry that does not exist', async () => {
    await openMatrix('#/matrix/courses/no-such-course');
    expect(screen.getByRole('heading', { name: 'Not in the matrix' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /All courses/ })).toHaveAttribute('href', '#/matrix/courses');
  });
});

describe('MatrixScreen in the app', () => {
  const profile: Profile = {
    name: 'Ana',
    background: 'marketing',
    skills: [],
    targetRoleIds: [],
    weeklyHours: 6,
    studyDays: [1, 2, 3, 4, 5],
    startDate: '2026-11-24',
  };

  it('is reached from the navigation at #/matrix', async () => {
    await renderApp('/matrix', { data: { profile } });
    expect(screen.getByRole('link', { name: 'Role-skill matrix' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 2, name: 'Role-skill matrix' })).toBeInTheDocument();
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('2 roles');
  });
});
