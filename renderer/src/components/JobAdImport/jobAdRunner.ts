import type { Catalog } from '../../../../core/model/catalog';
import {
  proposeRoleFromAd,
  type ProposedRole,
  type ProposeRoleOptions,
} from '../../../../core/analysis/jobAd/proposeRole';
import type { JobAdReply, JobAdRequest } from './jobAdProtocol';

/**
 * Reads a pasted job ad off the UI thread. The parse is linear (issue #12) but a 50,000-character
 * paste still takes tens of milliseconds, which would freeze typing and the busy indicator; in a
 * Web Worker the window stays responsive. jsdom has no Worker, so tests pass inProcessRunner().
 */
export interface JobAdRunner {
  propose(text: string, catalog: Catalog, options: ProposeRoleOptions): Promise<ProposedRole>;
  /** Stops the worker, if any; answers still pending are dropped. */
  dispose(): void;
}

/** Runs on this thread: for tests, and where no Worker exists. */
export function inProcessRunner(): JobAdRunner {
  return {
    propose: async (text, catalog, options) => proposeRoleFromAd(text, catalog, options),
    dispose: () => undefined,
  };
}

/** The part of Worker the runner uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: JobAdRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<JobAdReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve: (proposal: ProposedRole) => void;
  reject: (error: Error) => void;
}

/**
 * Sends each request to one worker, made on first use. A worker that fails (its script did not
 * load, or it crashed) rejects what is pending and is replaced on the next request.
 */
export function workerRunner(createWorker: () => WorkerLike): JobAdRunner {
  let worker: WorkerLike | null = null;
  let catalogSent: Catalog | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    catalogSent = null;
  };
  const start = (): WorkerLike => {
    const made = createWorker();
    made.onmessage = ({ data }) => {
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      if (data.ok) request.resolve(data.proposal);
      else request.reject(new Error(data.message));
    };
    made.onerror = (event) => {
      event.preventDefault?.();
      stop();
      failAll(new Error(event.message || 'The job-ad reader stopped.'));
    };
    return made;
  };

  return {
    propose(text, catalog, options) {
      worker ??= start();
      const id = nextId;
      nextId += 1;
      const request: JobAdRequest = { id, text, options };
      if (catalog !== catalogSent) {
        request.catalog = catalog;
        catalogSent = catalog;
      }
      const answer = new Promise<ProposedRole>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage(request);
      return answer;
    },
    dispose() {
      stop();
      pending.clear();
    },
  };
}

/** The worker next to this file; Vite bundles it as its own script, allowed by worker-src 'self'. */
function createJobAdWorker(): WorkerLike {
  const worker = new Worker(new URL('./jobAd.worker.ts', import.meta.url), { type: 'module', name: 'job-ad-reader' });
  return worker as unknown as WorkerLike;
}

/** A worker runner where the page has Worker (the app); in process otherwise (jsdom). */
export function defaultJobAdRunner(): JobAdRunner {
  return typeof Worker === 'function' ? workerRunner(createJobAdWorker) : inProcessRunner();
}
