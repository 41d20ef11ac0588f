import { proposeRoleFromAd } from '../../../../core/analysis/jobAd';
import type { Catalog } from '../../../../core/model/catalog';
import {
  createJobAdHandler,
  type JobAdReply,
  type JobAdRequest,
} from '../../../../renderer/src/components/JobAdImport/jobAdProtocol';
import {
  defaultJobAdRunner,
  inProcessRunner,
  workerRunner,
  type WorkerLike,
} from '../../../../renderer/src/components/JobAdImport/jobAdRunner';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const OPTIONS = { id: 'my-job-ad', title: 'Ad', today: '2026-11-24' };
const AD = 'Requirements\n- Expert Python.\n- Working knowledge of machine learning.';

/**
 * A Worker stand-in that answers like jobAd.worker.ts, on a later task as a real worker does,
 * and records what it was sent.
 */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<JobAdReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: JobAdRequest[] = [];
  terminated = false;
  private readonly handle = createJobAdHandler();

  constructor(
    readonly url?: unknown,
    readonly options?: unknown,
  ) {
    FakeWorker.made.push(this);
  }

  postMessage(message: JobAdRequest): void {
    this.sent.push(structuredClone(message));
    const reply = this.handle(structuredClone(message));
    setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<JobAdReply>), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
});

describe('workerRunner', () => {
  it('answers as proposeRoleFromAd does, sending the catalog only when it changed', async () => {
    const runner = workerRunner(() => new FakeWorker());
    const expected = proposeRoleFromAd(AD, smallCatalog, OPTIONS);
    await expect(runner.propose(AD, smallCatalog, OPTIONS)).resolves.toEqual(expected);
    await expect(runner.propose('We use Python.', smallCatalog, OPTIONS)).resolves.toEqual(
      proposeRoleFromAd('We use Python.', smallCatalog, OPTIONS),
    );
    const other: Catalog = { ...smallCatalog, skills: smallCatalog.skills.slice(0, 1) };
    await runner.propose(AD, other, OPTIONS);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].sent.map((request) => request.catalog !== undefined)).toEqual([true, false, true]);
  });

  it('gives each caller its own answer when several are pending', async () => {
    const runner = workerRunner(() => new FakeWorker());
    const [first, second] = await Promise.all([
      runner.propose('We use Python.', smallCatalog, OPTIONS),
      runner.propose(AD, smallCatalog, OPTIONS),
    ]);
    expect(first.evidence).toHaveLength(1);
    expect(second).toEqual(proposeRoleFromAd(AD, smallCatalog, OPTIONS));
  });

  it('rejects what is pending when the worker fails, and starts a new one for the next ad', async () => {
    const runner = workerRunner(() => new FakeWorker());
    const failing = runner.propose(AD, smallCatalog, OPTIONS);
    FakeWorker.made[0].fail('Script failed to load');
    await expect(failing).rejects.toThrow('Script failed to load');
    expect(FakeWorker.made[0].terminated).toBe(true);
    await expect(runner.propose(AD, smallCatalog, OPTIONS)).resolves.toMatchObject({ input: { truncated: false } });
    expect(FakeWorker.made).toHaveLength(2);
    // The new worker has no catalog yet, so it gets one.
    expect(FakeWorker.made[1].sent[0].catalog).toBeDefined();
  });

  it('passes on an error the worker reports', async () => {
    const handle = createJobAdHandler();
    expect(handle({ id: 7, text: AD, options: OPTIONS })).toEqual({
      id: 7,
      ok: false,
      message: 'The job-ad reader got no catalog.',
    });
  });

  it('stops the worker on dispose', async () => {
    const runner = workerRunner(() => new FakeWorker());
    await runner.propose(AD, smallCatalog, OPTIONS);
    runner.dispose();
    expect(FakeWorker.made[0].terminated).toBe(true);
  });
});

describe('defaultJobAdRunner', () => {
  it('reads in a module Web Worker built from jobAd.worker.ts where Worker exists', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = defaultJobAdRunner();
    await expect(runner.propose(AD, smallCatalog, OPTIONS)).resolves.toEqual(proposeRoleFromAd(AD, smallCatalog, OPTIONS));
    expect(FakeWorker.made).toHaveLength(1);
    expect(String(FakeWorker.made[0].url)).toMatch(/\/JobAdImport\/jobAd\.worker\.ts(\?|$)/);
    expect(FakeWorker.made[0].options).toMatchObject({ type: 'module' });
  });

  it('reads in process where there is no Worker (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(defaultJobAdRunner().propose(AD, smallCatalog, OPTIONS)).resolves.toEqual(
      await inProcessRunner().propose(AD, smallCatalog, OPTIONS),
    );
  });
});

describe('jobAd.worker', () => {
  it('answers each message with the reader’s reply', async () => {
    const scope = { onmessage: null as ((event: { data: JobAdRequest }) => void) | null, postMessage: vi.fn() };
    vi.stubGlobal('self', scope);
    await import('../../../../renderer/src/components/JobAdImport/jobAd.worker');
    scope.onmessage?.({ data: { id: 3, text: AD, options: OPTIONS, catalog: smallCatalog } });
    expect(scope.postMessage).toHaveBeenCalledWith({ id: 3, ok: true, proposal: proposeRoleFromAd(AD, smallCatalog, OPTIONS) });
  });
});
