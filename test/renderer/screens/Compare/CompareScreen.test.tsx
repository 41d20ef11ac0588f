import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderApp } from '../../render';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

/** Python 2 only: prompt design is then a gap of both roles of the small catalog. */
const pythonOnly: Profile = {
  name: 'Ana',
  background: 'marketing',
  skills: [{ skillId: 'python-programming', level: 2 }],
  targetRoleIds: ['ai-engineer', 'data-annotator'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

const evenIfHidden = { hidden: true } as const;

describe('Compare roles', () => {
  it('puts the roles side by side with readiness and largest gaps', async () => {
    await renderApp('/compare?roles=ai-engineer,data-annotator', { data: { profile: pythonOnly } });
    expect(screen.getByRole('heading', { level: 2, name: 'Compare roles' })).toBeInTheDocument();
    const columns = screen.getAllByRole('article');
    expect(columns.map((column) => column.getAttribute('aria-label'))).toEqual(['AI engineer', 'Data annotator']);
    // Engineer: 5 × 2 = 10 of 33 points; annotator: 0 of 12.
    expect(within(columns[0]).getByTestId('readiness-percent')).toHaveTextContent('30%');
    expect(within(columns[1]).getByTestId('readiness-percent')).toHaveTextContent('0%');
    expect(columns[0]).toHaveTextContent('Machine learning basics');
    expect(columns[1]).toHaveTextContent('1 gap no course covers');
  });

  it('marks the shared gaps with an icon and words, heaviest first', async () => {
    await renderApp('/compare?roles=ai-engineer,data-annotator', { data: { profile: pythonOnly } });
    const shared = screen.getByRole('region', { name: 'Learn these first to keep several doors open' });
    const rows = within(within(shared).getByTestId('shared-gaps')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Prompt design');
    expect(rows[0]).toHaveTextContent('Shared by 2 roles');
    expect(rows[0]).toHaveTextContent('AI engineer: Working');
    expect(rows[0]).toHaveTextContent('Data annotator: Awareness');
    // 3 × 2 for the engineer + 2 × 1 for the annotator.
    expect(rows[0]).toHaveTextContent(/8$/);
  });

  it('gives the hours to be ready for all the roles at once', async () => {
    await renderApp('/compare?roles=ai-engineer,data-annotator', { data: { profile: pythonOnly } });
    const combined = screen.getByRole('region', { name: 'Ready for all of them' });
    // Data labeling is taught by no course: the courses alone do not make the person ready.
    expect(combined).toHaveTextContent(
      '37 h of courses (3 courses) teach what courses can teach for all 2 roles at once; they are not enough on their own.',
    );
    expect(combined).not.toHaveTextContent('would make you ready');
    expect(combined).toHaveTextContent('Added up role by role it would be 39 h');
    expect(combined).toHaveTextContent('No course covers: Data labeling.');
    expect(within(combined).getByRole('link', { name: 'Plan for these roles' })).toHaveAttribute(
      'href',
      '#/plan?roles=ai-engineer,data-annotator',
    );
  });

  it('says the courses make the person ready once every gap has a course', async () => {
    const profile = { ...pythonOnly, skills: [...pythonOnly.skills, { skillId: 'data-labeling' as const, level: 2 as const }] };
    await renderApp('/compare?roles=ai-engineer,data-annotator', { data: { profile } });
    const combined = screen.getByRole('region', { name: 'Ready for all of them' });
    expect(combined).toHaveTextContent(/of courses \(\d courses?\) would make you ready for all 2 roles at once\./);
    expect(combined).not.toHaveTextContent('No course covers');
  });

  it('says when nothing is shared', async () => {
    const profile = { ...pythonOnly, skills: [...pythonOnly.skills, { skillId: 'prompt-design' as const, level: 2 as const }] };
    await renderApp('/compare?roles=ai-engineer,data-annotator', { data: { profile } });
    expect(screen.getByText(/These roles share no gap/)).toBeInTheDocument();
  });

  it('asks for two roles, offers the target roles, and keeps the choice in the address', async () => {
    await renderApp('/compare', { data: { profile: pythonOnly } });
    expect(screen.getByText('Choose at least two roles to compare them.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Compare your target roles' }));
    await waitFor(() => expect(window.location.hash).toBe('#/compare?roles=ai-engineer,data-annotator'));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('picks roles with the multi-select', async () => {
    await renderApp('/compare?roles=ai-engineer', { data: { profile: pythonOnly } });
    await userEvent.click(screen.getByRole('combobox', { name: 'Roles to compare' }));
    await userEvent.click(screen.getByRole('option', { name: 'Data annotator', ...evenIfHidden }));
    await waitFor(() => expect(window.location.hash).toBe('#/compare?roles=ai-engineer,data-annotator'));
  });

  it('leaves out roles the matrix does not have, and says so', async () => {
    await renderApp('/compare?roles=ai-engineer,ghost-role,data-annotator', { data: { profile: pythonOnly } });
    expect(screen.getByText(/Some roles in the address are not in the matrix/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('marks a gap every compared role shares when three are compared', async () => {
    const third = { ...smallCatalog.roles[1], id: 'my-prompt-writer', title: { en: 'Prompt writer', fr: 'Rédacteur de prompts' }, custom: true };
    await renderApp('/compare?roles=ai-engineer,data-annotator,my-prompt-writer', {
      data: { profile: pythonOnly, userCatalog: { skills: [], courses: [], roles: [third] } },
    });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    const row = within(screen.getByTestId('shared-gaps'))
      .getAllByRole('row')
      .find((candidate) => candidate.dataset.skillId === 'prompt-design')!;
    expect(row).toHaveTextContent('Shared by all 3 roles');
    expect(row).toHaveAttribute('data-shared-by-all', 'true');
    const labeling = within(screen.getByTestId('shared-gaps'))
      .getAllByRole('row')
      .find((candidate) => candidate.dataset.skillId === 'data-labeling')!;
    expect(labeling).toHaveTextContent('Shared by 2 roles');
  });
});
