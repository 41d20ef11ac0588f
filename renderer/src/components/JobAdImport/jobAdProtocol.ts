/**
 * The messages between the page and the job-ad reader's worker (jobAd.worker.ts), and the
 * worker's side of them, kept apart from the worker so tests can run it in process.
 */
import type { Catalog } from '../../../../core/model/catalog';
import { proposeRoleFromAd, type ProposedRole, type ProposeRoleOptions } from '../../../../core/analysis/jobAd/proposeRole';

/** What the page sends: the catalog only when it changed since the last request. */
export interface JobAdRequest {
  id: number;
  text: string;
  options: ProposeRoleOptions;
  catalog?: Catalog;
}

export type JobAdReply = { id: number; ok: true; proposal: ProposedRole } | { id: number; ok: false; message: string };

/** The worker's side, apart from the worker so tests run it: keeps the last catalog it got. */
export function createJobAdHandler(): (request: JobAdRequest) => JobAdReply {
  let catalog: Catalog | null = null;
  return (request) => {
    if (request.catalog) catalog = request.catalog;
    if (!catalog) return { id: request.id, ok: false, message: 'The job-ad reader got no catalog.' };
    try {
      return { id: request.id, ok: true, proposal: proposeRoleFromAd(request.text, catalog, request.options) };
    } catch (error) {
      return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
