import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RatingEvent, StoreData } from '../../../../core';
import { loadReadinessHistoryChart, ReadinessHistorySection } from '../../../../renderer/src/screens/Roles/ReadinessHistorySection';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderApp, renderWithProviders } from '../../render';
import { supportProfile } from './fixtures';

// A level set on the role page is dated with the app's today (renderer/src/data/today.ts).
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

vi.setConfig({ testTimeout: 30_000 });
// The chart is a chunk of its own (recharts). On a busy machine it may still be on its way when a
// test draws, and jsdom's React 19 only draws a suspended part again inside an awaited act: wait
// for it first, as the role page's first render does in the app.
beforeAll(async () => {
  await loadReadinessHistoryChart();
});
// Mantine keeps notifications in a module-level store (the role page's saves show some).
afterEach(() => act(() => notifications.clean()));

const aiEngineer = smallCatalog.roles.find((role) => role.id === 'ai-engineer')!;
const fitProfile = { skills: supportProfile.skills, background: supportProfile.background, languages: ['en'] };

/*
 * AI engineer asks python 3 (importance 5), machine learning 3 (4) and prompting 2 (3), all core:
 * 33 points. Python 1 and prompting 1 are 8 points (24%); python 2 and prompting 1, 13 (39%).
 */
const twoDays: RatingEvent[] = [
  { skillId: 'python-programming', level: 1, date: '2026-10-01' },
  { skillId: 'prompt-design', level: 1, date: '2026-10-01' },
  { skillId: 'python-programming', level: 2, date: '2026-11-15' },
];

function renderSection(data: Partial<StoreData>) {
  return renderWithProviders(<ReadinessHistorySection role={aiEngineer} fitProfile={fitProfile} />, {
    data: { profile: supportProfile, ...data },
  });
}

const tableRows = () =>
  within(screen.getByTestId('readiness-history-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')));

async function chartLoaded() {
  await waitFor(() => expect(screen.queryByLabelText(/Loading the chart|Chargement du graphique/)).not.toBeInTheDocument());
}

describe('Readiness over time', () => {
  it('says how to see progress while no level has changed yet', async () => {
    await renderSection({ ratingHistory: [] });
    const section = screen.getByRole('region', { name: 'Your readiness over time' });
    expect(within(section).getByText('Re-rate a skill after a course to see your progress here.')).toBeInTheDocument();
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the empty state for first ratings only: rating yourself once is not progress', async () => {
    const onboarding: RatingEvent[] = [
      { skillId: 'python-programming', level: 2, date: '2026-10-01' },
      { skillId: 'prompt-design', level: 1, date: '2026-10-01' },
    ];
    await renderSection({ ratingHistory: onboarding });
    expect(screen.getByTestId('readiness-history-empty')).toBeInTheDocument();
  });

  it('draws one point per day a level changed, names the chart by a summary and gives the table on demand', async () => {
    const user = userEvent.setup();
    await renderSection({ ratingHistory: twoDays });
    const summary = 'Entry-level core: 24% (1 Oct 2026), 39% (15 Nov 2026). Full role: 24%, then 39%.';
    expect(screen.getByRole('img', { name: summary })).toBeInTheDocument();
    expect(screen.getByTestId('readiness-history-summary')).toHaveTextContent(summary);

    const toggle = screen.getByRole('button', { name: 'Show the figures as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('readiness-history-table').closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Readiness at the end of each day a level changed' })).toBeVisible();
    expect(tableRows()).toEqual([
      ['1 Oct 2026', '24%', '24%'],
      ['15 Nov 2026', '39%', '39%'],
    ]);
    await chartLoaded();
  });

  it('starts from the levels rated before ratings were dated, in French too', async () => {
    // Prompting 1 was rated before the app kept dates: it is the baseline, 3 of 33 points.
    const history: RatingEvent[] = [{ skillId: 'python-programming', level: 2, date: '2026-11-15' }];
    await renderSection({ ratingHistory: history, settings: { locale: 'fr', colorScheme: 'light' } });
    expect(screen.getByRole('region', { name: 'Votre préparation au fil du temps' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher les chiffres sous forme de tableau' }));
    expect(screen.getByRole('columnheader', { name: 'Socle premier poste' })).toBeInTheDocument();
    expect(tableRows()).toEqual([
      ['Avant le 15 nov. 2026', '9 %', '9 %'],
      ['15 nov. 2026', '39 %', '39 %'],
    ]);
    await chartLoaded();
  });

  it('adds today’s point when a level is raised on the role page', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile, ratingHistory: twoDays } });
    const section = screen.getByRole('region', { name: 'Your readiness over time' });
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Level for Machine learning basics' })).getByText('Proficient'));
    // 13 + 4 × 3 = 25 of 33 points, dated today by the level control; the point joins once the
    // change is saved (the provider's autosave pause), so the wait is for that, however long.
    await waitFor(() => expect(within(section).getByTestId('readiness-history-summary')).toHaveTextContent('75% (10 Dec 2026)'), {
      timeout: 15_000,
    });
    await userEvent.click(within(section).getByRole('button', { name: 'Show the figures as a table' }));
    expect(tableRows().at(-1)).toEqual(['10 Dec 2026', '75%', '75%']);
    await chartLoaded();
  });
});
