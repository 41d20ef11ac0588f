import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../render';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { printPlan, printProfile, printProgress } from './printFixtures';

const ONET_START = 'This product includes information from the O*NET 29.3 Database';

function seeded(locale: 'en' | 'fr' = 'en', colorScheme: 'light' | 'dark' = 'light') {
  const plan = printPlan();
  return {
    plan,
    options: {
      data: {
        profile: printProfile,
        plans: [plan],
        activePlanId: plan.id,
        progress: printProgress(plan),
        settings: { locale, colorScheme },
      },
    },
  };
}

afterEach(() => {
  delete document.body.dataset.printReady;
});

describe('PrintScreen', () => {
  it('lays the plan out without the app shell and signals it is ready', async () => {
    const { plan, options } = seeded();
    await renderApp(`/print/${plan.id}?paper=letter`, options);
    expect(await screen.findByRole('heading', { level: 1, name: /Learning plan/ })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.getByTestId('print-person')).toHaveTextContent('Léa Fontaine');
    expect([...document.querySelectorAll('style')].some((style) => style.textContent?.includes('size: letter portrait'))).toBe(true);
    await waitFor(() => expect(document.body.dataset.printReady).toBe('true'));
    expect(document.body.dataset.printFooter).toBe('Page {page} of {total}');
  });

  it('prints every item with its box, dates, hours and link, and the target roles', async () => {
    const { plan, options } = seeded();
    await renderApp(`/print/${plan.id}`, options);
    const rows = await screen.findAllByTestId('print-item');
    expect(rows).toHaveLength(plan.items.length);
    for (const item of plan.items) {
      const course = smallCatalog.courses.find((candidate) => candidate.id === item.courseId)!;
      // A title alone: another item's "Prepares for" line may name the same course.
      const row = rows.find((candidate) => within(candidate).getByTestId('print-item-title').textContent === course.title)!;
      expect(row).toBeDefined();
      expect(within(row).getByRole('link', { name: course.url })).toHaveAttribute('href', course.url);
    }
    expect(within(rows[0]).getByRole('img', { name: 'Done' })).toHaveTextContent('☑');
    expect(within(rows[1]).getByRole('img', { name: 'Planned' })).toHaveTextContent('☐');
    expect(rows[0]).toHaveTextContent('3 h');
    for (const title of ['AI engineer', 'Data annotator']) expect(screen.getAllByText(title, { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByTestId('print-onet')).toHaveTextContent(ONET_START);
  });

  it('speaks French, keeps the English licence text and adds its translation', async () => {
    const { plan, options } = seeded('fr');
    await renderApp(`/print/${plan.id}?paper=a4`, options);
    expect(await screen.findByRole('heading', { level: 1, name: /Plan de formation/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Votre plan daté' })).toBeInTheDocument();
    const attribution = screen.getByTestId('print-onet');
    expect(attribution).toHaveTextContent(ONET_START);
    expect(attribution).toHaveTextContent('base de données O*NET 29.3');
    await waitFor(() => expect(document.body.dataset.printFooter).toBe('Page {page} sur {total}'));
  });

  it('names the date the end of the courses, not a ready date, when a gap has no course', async () => {
    const { plan, options } = seeded();
    // The fixture's data labelling has no course.
    expect(plan.uncovered.map((gap) => gap.skillId)).toEqual(['data-labeling']);
    await renderApp(`/print/${plan.id}`, options);
    await waitFor(() => expect(document.body.dataset.printReady).toBe('true'));
    expect(screen.getByText('Projected end of the courses')).toBeInTheDocument();
    expect(screen.queryByText('Projected ready date')).toBeNull();
  });

  it('gives the ready date when courses cover every gap', async () => {
    const { plan, options } = seeded();
    await renderApp(`/print/${plan.id}`, { data: { ...options.data, plans: [{ ...plan, uncovered: [] }] } });
    await waitFor(() => expect(document.body.dataset.printReady).toBe('true'));
    expect(screen.getByText('Projected ready date')).toBeInTheDocument();
  });

  it('is light even when the person chose the dark appearance', async () => {
    const { plan, options } = seeded('en', 'dark');
    await renderApp(`/print/${plan.id}`, options);
    await screen.findAllByTestId('print-item');
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('says when the plan does not exist, and signals it', async () => {
    const { options } = seeded();
    await renderApp('/print/plan-gone', options);
    expect(await screen.findByText('This plan does not exist any more.')).toBeInTheDocument();
    await waitFor(() => expect(document.body.dataset.printReady).toBe('missing'));
  });

  it('prints why each course is in the plan and marks estimated hours', async () => {
    const { plan, options } = seeded();
    await renderApp(`/print/${plan.id}`, options);
    const rows = await screen.findAllByTestId('print-item');
    const titled = (title: string) => rows.find((row) => within(row).getByTestId('print-item-title').textContent === title)!;
    const python = titled('Python for Everybody');
    const prompting = titled('Prompting Basics');
    expect(within(python).getByTestId('print-why')).toHaveTextContent('Why: Closes: Python programming (Proficient)');
    expect(python).not.toHaveTextContent('estimate');
    expect(prompting).toHaveTextContent('≈ 2 h, estimate');
  });

  it('prints what already counts with the person’s own note, which part of the role each gap is, and the notes logged on an item', async () => {
    const { plan, options } = seeded();
    const profile = { ...printProfile, skills: [{ skillId: 'python-programming', level: 1 as const, note: 'Automated the weekly ticket report' }] };
    const progress = [{ ...printProgress(plan)[0], note: 'Finished the loops chapter' }];
    await renderApp(`/print/${plan.id}`, { data: { ...options.data, profile, progress } });
    const strengths = await screen.findAllByTestId('print-strengths');
    // Python counts toward the AI engineer only; the annotator's card says nothing counts yet.
    expect(strengths).toHaveLength(1);
    expect(within(strengths[0]).getByRole('caption')).toHaveTextContent('What already counts for AI engineer');
    expect(within(strengths[0]).getByRole('row', { name: /Python programming/ })).toHaveTextContent('Automated the weekly ticket report');
    expect(screen.getByText('Nothing you rated counts toward this role yet.')).toBeInTheDocument();
    const gaps = screen.getByRole('table', { name: 'Skills to develop for AI engineer' });
    expect(within(gaps).getByRole('columnheader', { name: 'Part' })).toBeInTheDocument();
    expect(within(gaps).getByRole('row', { name: /Python programming/ })).toHaveTextContent('Core');
    const notes = screen.getByTestId('print-notes');
    expect(notes).toHaveTextContent('Your notes: 9 Sept 2026: Finished the loops chapter');
    expect(notes.closest('[data-testid="print-item"]')).toBe(screen.getAllByTestId('print-item')[0]);
  });
});
