import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeFit, localized } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderApp } from '../../render';
import { supportProfile, unratedProfile } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

// jsdom has no layout, so Mantine hides dropdowns with display: none; the options still work.
const evenIfHidden = { hidden: true } as const;

const cards = () => screen.getAllByRole('article');
const cardTitles = () => cards().map((card) => within(card).getByRole('heading').textContent);
const percentOf = (card: HTMLElement) => within(card).getByTestId('readiness-percent').textContent;

describe('Roles overview', () => {
  it('lists every role by readiness with the percentages analyzeFit gives', async () => {
    await renderApp('/roles', { data: { profile: supportProfile } });
    expect(screen.getByRole('heading', { level: 2, name: 'Roles' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['AI engineer', 'Data annotator']);
    for (const role of smallCatalog.roles) {
      const expected = analyzeFit(supportProfile, role, smallCatalog).explanation.percent;
      const card = screen.getByRole('article', { name: localized(role.title, 'en') });
      expect(percentOf(card)).toBe(`${expected}%`);
    }
    expect(percentOf(cards()[0])).toBe('39%');
    expect(percentOf(cards()[1])).toBe('16%');
  });

  it('explains a percentage as importance-weighted points on focus', async () => {
    await renderApp('/roles', { data: { profile: supportProfile } });
    const percent = within(cards()[0]).getByTestId('readiness-percent');
    percent.parentElement?.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('13 of 33 importance-weighted points');
  });

  it('shows hours to ready, the top gaps with levels, hubs and remote share', async () => {
    await renderApp('/roles', { data: { profile: supportProfile } });
    const engineer = screen.getByRole('article', { name: 'AI engineer' });
    // Python 2→3 (python-course 20 h), ML 0→3 (ml-course 15 h), prompt 1→2 (prompt-course 2 h).
    expect(engineer).toHaveTextContent('37 h of courses to be ready');
    const gaps = within(engineer).getAllByRole('listitem').map((item) => item.textContent);
    expect(gaps[0]).toMatch(/Machine learning basics\s*None\s*→\s*to\s*Proficient/);
    expect(engineer).toHaveTextContent('San Francisco, New York');
    expect(engineer).toHaveTextContent('26% remote · 27% hybrid');
    expect(engineer).toHaveTextContent('Software engineering, Data science');
    const annotator = screen.getByRole('article', { name: 'Data annotator' });
    // No course teaches data labeling in the small catalog.
    expect(annotator).toHaveTextContent('1 gap no course covers');
    expect(annotator).toHaveTextContent('Fits your background');
  });

  it('filters by family and sorts by title or hours', async () => {
    await renderApp('/roles', { data: { profile: supportProfile } });
    await userEvent.click(screen.getByRole('combobox', { name: 'Family' }));
    await userEvent.click(screen.getByRole('option', { name: 'Data annotation', ...evenIfHidden }));
    expect(cardTitles()).toEqual(['Data annotator']);

    // Only families the matrix has roles in are offered, so a filter never shows an empty list.
    await userEvent.click(screen.getByRole('combobox', { name: 'Family' }));
    expect(screen.queryByRole('option', { name: 'AI consulting and strategy', ...evenIfHidden })).toBeNull();

    await userEvent.click(screen.getByRole('combobox', { name: 'Family' }));
    await userEvent.click(screen.getByRole('option', { name: 'All families', ...evenIfHidden }));
    await userEvent.click(screen.getByRole('radio', { name: 'Hours to ready' }));
    // The annotator's only coverable gap is a 2-hour course, but no course teaches its data
    // labelling: it comes after the engineer's 37 h, which courses cover whole, and says why.
    expect(cardTitles()).toEqual(['AI engineer', 'Data annotator']);
    expect(within(screen.getByRole('article', { name: 'Data annotator' })).getByText(/1 gap no course covers/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Title' }));
    expect(cardTitles()).toEqual(['AI engineer', 'Data annotator']);
  });

  it('pins the person’s target roles first', async () => {
    await renderApp('/roles', { data: { profile: { ...supportProfile, targetRoleIds: ['data-annotator'] } } });
    const pinned = screen.getByRole('region', { name: 'Your target roles' });
    expect(within(pinned).getAllByRole('article').map((card) => card.getAttribute('aria-label'))).toEqual(['Data annotator']);
    expect(within(pinned).getByText('Your target')).toBeInTheDocument();
    const others = screen.getByRole('region', { name: 'Other roles' });
    expect(within(others).getAllByRole('article').map((card) => card.getAttribute('aria-label'))).toEqual(['AI engineer']);
  });

  it('explains a readiness of 0 until skills are rated, with a link to the profile', async () => {
    await renderApp('/roles', { data: { profile: unratedProfile } });
    const prompt = screen.getByTestId('rating-prompt');
    expect(prompt).toHaveTextContent('Readiness stays at 0% until you rate your skills');
    expect(within(prompt).getByRole('link', { name: 'Rate your skills in your profile' })).toHaveAttribute('href', '#/profile');
    expect(cards().map(percentOf)).toEqual(['0%', '0%']);
  });

  it('opens the comparison of the roles ticked', async () => {
    const errors = vi.spyOn(console, 'error');
    await renderApp('/roles', { data: { profile: supportProfile } });
    const compare = screen.getByRole('button', { name: 'Compare the roles you ticked' });
    expect(compare).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare AI engineer' }));
    expect(screen.getByText('1 of 3 chosen')).toBeInTheDocument();
    expect(compare).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare Data annotator' }));
    expect(compare).toBeEnabled();
    await userEvent.click(compare);
    await waitFor(() => expect(window.location.hash).toBe('#/compare?roles=ai-engineer,data-annotator'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Compare roles' })).toBeInTheDocument();
    // The comparison's chunk arrives while its screen suspends: React warns if the screen's
    // next draw stops calling `use` (renderer/src/lazyComponent.ts).
    expect(errors.mock.calls.flat().map(String).join('\n')).not.toContain('use()');
    errors.mockRestore();
  });

  it('links each role to its page', async () => {
    await renderApp('/roles', { data: { profile: supportProfile } });
    expect(screen.getByRole('link', { name: 'AI engineer' })).toHaveAttribute('href', '#/roles/ai-engineer');
  });

  it('creates a role from a job ad and opens it', async () => {
    const { fake } = await renderApp('/roles', { data: { profile: supportProfile } });
    await userEvent.click(screen.getByRole('button', { name: 'Create a role from a job ad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a role from a job ad' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste('Prompt writer\n\nRequirements\n- Strong prompt engineering.\n- Some Python.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Find skills' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as my role' }));

    await waitFor(() => expect(window.location.hash).toBe('#/roles/my-prompt-writer'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Prompt writer' })).toBeInTheDocument();
    expect(fake.stored().userCatalog.roles.map((role) => role.id)).toEqual(['my-prompt-writer']);
  });
});
