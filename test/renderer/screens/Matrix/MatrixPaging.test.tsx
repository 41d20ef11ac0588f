import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Catalog, Course } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { pickOptionByLabel } from '../../components/CatalogEntryForm/pickOption';
import { renderWithProviders } from '../../render';
import { RoutedMatrix } from './routed';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
vi.setConfig({ testTimeout: 30_000 });

/** 143 courses, as many as the built-in matrix, titled so they sort "Course 001" … "Course 143". */
function manyCourses(): Catalog {
  const template = smallCatalog.courses[0];
  const courses: Course[] = Array.from({ length: 143 }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    return {
      ...template,
      id: `course-${number}`,
      title: `Course ${number}`,
      // Every tenth course is paid, to narrow the list with a filter.
      cost: index % 10 === 9 ? 'paid' : 'free',
    };
  });
  return { ...smallCatalog, courses };
}

const courseLinks = () => screen.getAllByRole('link').map((link) => link.textContent);
const pages = () => screen.getByRole('navigation', { name: 'Pages of the list' });

async function openCourses(options: Parameters<typeof renderWithProviders>[1] = {}) {
  window.location.hash = '#/matrix/courses';
  await renderWithProviders(<RoutedMatrix />, { catalog: manyCourses(), ...options });
  return userEvent.setup();
}

describe('MatrixScreen: a long list in pages', () => {
  it('shows 25 courses a page and says which ones', async () => {
    const user = await openCourses();
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('143 courses');
    expect(courseLinks()).toHaveLength(25);
    expect(courseLinks()[0]).toBe('Course 001');
    expect(within(pages()).getByText('Showing 1–25 of 143')).toBeInTheDocument();
    expect(within(pages()).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(pages()).getByRole('button', { name: 'Page 2' }));
    expect(within(pages()).getByText('Showing 26–50 of 143')).toBeInTheDocument();
    expect(courseLinks()[0]).toBe('Course 026');
    expect(courseLinks().at(-1)).toBe('Course 050');

    await user.click(within(pages()).getByRole('button', { name: 'Last page' }));
    expect(within(pages()).getByText('Showing 126–143 of 143')).toBeInTheDocument();
    expect(courseLinks()).toHaveLength(18);
    expect(within(pages()).getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('goes back to page 1 when the search or a filter changes', async () => {
    const user = await openCourses();
    await user.click(within(pages()).getByRole('button', { name: 'Page 3' }));
    expect(within(pages()).getByText('Showing 51–75 of 143')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search courses' }), '4');
    // 19 numbers up to 99 hold a 4 (x4 and 40-49), and 8 from 100 to 143.
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('27 of 143 courses');
    expect(within(pages()).getByText('Showing 1–25 of 27')).toBeInTheDocument();
    expect(courseLinks()[0]).toBe('Course 004');

    await user.click(within(pages()).getByRole('button', { name: 'Page 2' }));
    expect(within(pages()).getByText('Showing 26–27 of 27')).toBeInTheDocument();
    await pickOptionByLabel(user, 'Cost', 'Paid');
    // The paid ones end in 0: 040 and 140. One page, so no page buttons.
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('2 of 143 courses');
    expect(courseLinks()).toEqual(['Course 040', 'Course 140']);
    expect(screen.queryByRole('navigation', { name: 'Pages of the list' })).not.toBeInTheDocument();
  });

  it('keeps the page when an entry is opened and the list shown again', async () => {
    const user = await openCourses();
    await user.click(within(pages()).getByRole('button', { name: 'Page 2' }));
    await user.click(screen.getByRole('link', { name: 'Course 030' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Course 030' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /All courses/ }));
    expect(within(pages()).getByText('Showing 26–50 of 143')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await openCourses({ data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    const nav = screen.getByRole('navigation', { name: 'Pages de la liste' });
    expect(within(nav).getByText('Affichage de 1 à 25 sur 143')).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Page suivante' })).toBeEnabled();
  });
});
