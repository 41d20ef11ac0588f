import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_JOB_AD_LENGTH, RoleSchema } from '../../../../core';
import { proposeRoleFromAd } from '../../../../core/analysis/jobAd';
import { JobAdImport } from '../../../../renderer/src/components/JobAdImport/JobAdImport';
import { inProcessRunner, type JobAdRunner } from '../../../../renderer/src/components/JobAdImport/jobAdRunner';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

const evenIfHidden = { hidden: true } as const;

const POSTING = `Junior AI engineer (remote)

Requirements
- Expert Python.
- Working knowledge of machine learning.

Nice to have
- Prompt engineering is a plus.
`;

function renderImport() {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  return renderWithProviders(<JobAdImport opened onClose={onClose} onSaved={onSaved} />).then((result) => ({ ...result, onSaved, onClose }));
}

const reviewRows = () => within(screen.getByTestId('job-ad-review')).getAllByRole('row').slice(1);

describe('JobAdImport', () => {
  it('proposes the skills a posting names, with the cue behind each level', async () => {
    await renderImport();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste(POSTING);
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    await screen.findByTestId('job-ad-review');

    const expected = proposeRoleFromAd(POSTING, smallCatalog, { id: 'x', title: 'x', today: '2026-11-24' }).evidence;
    expect(reviewRows().map((row) => row.dataset.skillId)).toEqual(expected.map((item) => item.skillId));
    const python = reviewRows().find((row) => row.dataset.skillId === 'python-programming')!;
    expect(within(python).getByRole('combobox', { name: 'Level needed in Python programming' })).toHaveValue('4 · Expert');
    expect(python).toHaveTextContent(/said “expert”/i);
    expect(python).toHaveTextContent('required');
    // The title defaults to the first line of the ad.
    expect(screen.getByRole('textbox', { name: /Name of the role/ })).toHaveValue('Junior AI engineer (remote)');
  });

  it('saves the reviewed role as the person’s own, with their corrections', async () => {
    const { fake, onSaved } = await renderImport();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste(POSTING);
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the role/ }), 'Junior AI engineer');
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Prompt design' }));
    const importance = screen.getByRole('combobox', { name: 'Importance of Machine learning basics' });
    await userEvent.click(importance);
    const listbox = document.getElementById(importance.getAttribute('aria-controls') ?? '')!;
    await userEvent.click(within(listbox).getByRole('option', { name: '5 of 5', ...evenIfHidden }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a skill the ad asks for' }), 'annotation');
    await userEvent.click(screen.getByRole('option', { name: 'Data labeling', ...evenIfHidden }));
    expect(reviewRows().at(-1)).toHaveTextContent('added by you');

    await userEvent.click(screen.getByRole('button', { name: 'Save as my role' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles).toHaveLength(1));
    const saved = fake.stored().userCatalog.roles[0];
    expect(RoleSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      id: 'my-junior-ai-engineer',
      title: { en: 'Junior AI engineer', fr: 'Junior AI engineer' },
      family: 'adjacent',
      custom: true,
    });
    const requirements = Object.fromEntries(saved.requirements.map((item) => [item.skillId, item]));
    expect(Object.keys(requirements).sort()).toEqual(['data-labeling', 'machine-learning-basics', 'python-programming']);
    expect(requirements['python-programming']).toMatchObject({ level: 4 });
    expect(requirements['machine-learning-basics']).toMatchObject({ importance: 5 });
    expect(requirements['data-labeling']).toMatchObject({ level: 2, importance: 3 });
    expect(onSaved).toHaveBeenCalledWith(saved);
    expect(await screen.findByText('“Junior AI engineer” is now among your roles.')).toBeInTheDocument();
  });

  it('highlights the phrase each skill came from, and leaves weak evidence unticked and unsaved', async () => {
    const { fake } = await renderImport();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    // Python is named only in the title: weak evidence, since the posting has a requirements part.
    await userEvent.paste('Senior Python developer\n\nRequirements\n- Working knowledge of machine learning for ranking.\n');
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    await screen.findByTestId('job-ad-review');

    const ml = reviewRows().find((row) => row.dataset.skillId === 'machine-learning-basics')!;
    expect(ml.querySelector('mark')).toHaveTextContent('machine learning');
    expect(within(ml).getByRole('checkbox', { name: 'Use Machine learning basics in the role' })).toBeChecked();
    const python = reviewRows().find((row) => row.dataset.skillId === 'python-programming')!;
    expect(within(python).getByRole('checkbox', { name: 'Use Python programming in the role' })).not.toBeChecked();
    expect(python).toHaveTextContent(/left unticked/);
    expect(python).toHaveTextContent('the title says “Senior”');

    await userEvent.click(screen.getByRole('button', { name: 'Save as my role' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles).toHaveLength(1));
    expect(fake.stored().userCatalog.roles[0].requirements.map((item) => item.skillId)).toEqual(['machine-learning-basics']);
  });

  it('gives a new id when the title is taken', async () => {
    const { fake } = await renderImport();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste('We need Python.');
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the role/ }), 'AI engineer');
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save as my role' }));
    // "ai-engineer" is a built-in id; the person's own ids start with "my-".
    await waitFor(() => expect(fake.stored().userCatalog.roles[0]?.id).toBe('my-ai-engineer'));
  });

  it('says clearly when the text names no skill of the matrix', async () => {
    await renderImport();
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(screen.getByText('Paste the text of a job ad first.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste('Barista wanted. Latte art and a friendly smile.');
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No skill of the matrix found');
    expect(screen.queryByTestId('job-ad-review')).toBeNull();
  });

  it('shows field errors instead of saving an invalid role', async () => {
    const { fake } = await renderImport();
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste('Strong Python.');
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    await screen.findByTestId('job-ad-review');
    await userEvent.clear(screen.getByRole('textbox', { name: /Name of the role/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Python programming' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save as my role' }));
    expect(screen.getByText('This is required.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No skill left. Add at least one to save the role.');
    expect(fake.bridge['userCatalog:saveRole']).not.toHaveBeenCalled();
  });
});

describe('JobAdImport reading the ad', () => {
  /** A runner whose answer the test gives when it wants, to see the page while it reads. */
  function heldRunner(): JobAdRunner & { release: () => void; fail: (message: string) => void } {
    let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
    const inProcess = inProcessRunner();
    return {
      propose: (text, catalog, options) =>
        new Promise<void>((resolve, reject) => {
          settle = { resolve, reject };
        }).then(() => inProcess.propose(text, catalog, options)),
      dispose: () => undefined,
      release: () => settle?.resolve(),
      fail: (message) => settle?.reject(new Error(message)),
    };
  }

  async function pasteAndFind(text: string, runner?: JobAdRunner) {
    const rendered = await renderWithProviders(<JobAdImport opened onClose={vi.fn()} onSaved={vi.fn()} runner={runner} />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Text of the job ad' }));
    await userEvent.paste(text);
    await userEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    return rendered;
  }

  it('shows a calm busy state while the ad is read, then the proposal', async () => {
    const runner = heldRunner();
    await pasteAndFind(POSTING, runner);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the ad…');
    expect(screen.getByRole('button', { name: 'Find skills' })).toHaveAttribute('data-loading');
    runner.release();
    expect(await screen.findByTestId('job-ad-review')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when the ad could not be read, and keeps the text', async () => {
    const runner = heldRunner();
    await pasteAndFind(POSTING, runner);
    runner.fail('The job-ad reader stopped.');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The ad could not be read, and your text is still here: try again. Reason: The job-ad reader stopped.',
    );
    expect(screen.getByRole('textbox', { name: 'Text of the job ad' })).toHaveValue(POSTING);
    expect(screen.getByRole('button', { name: 'Find skills' })).not.toHaveAttribute('data-loading');
  });

  it('says when a paste is longer than the cap, and how much of it was read', async () => {
    // Python is named past the cap only: it must not be found.
    const text = `${'Strong machine learning. '.repeat(2100)}Expert Python.`;
    expect(text.length).toBeGreaterThan(MAX_JOB_AD_LENGTH);
    await pasteAndFind(text, inProcessRunner());
    expect(await screen.findByTestId('job-ad-truncated')).toHaveTextContent(
      `Only the first 49,999 of the ${text.length.toLocaleString('en-GB')} characters pasted were read.`,
    );
    expect(reviewRows().map((row) => row.dataset.skillId)).toEqual(['machine-learning-basics']);
    await userEvent.click(screen.getByRole('button', { name: 'Back to the text' }));
    expect(screen.getByTestId('job-ad-too-long')).toHaveTextContent(
      `It is ${text.length.toLocaleString('en-GB')} characters long; Skillgap reads the first 50,000 only.`,
    );
  });
});
