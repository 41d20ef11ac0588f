/**
 * The job-ad reader's Web Worker (see jobAdRunner.ts): reads each pasted ad off the UI thread.
 * Only the parser is imported, so the worker script stays small.
 */
import { createJobAdHandler, type JobAdReply, type JobAdRequest } from './jobAdProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobAdRequest>) => void) | null;
  postMessage(message: JobAdReply): void;
};
const handle = createJobAdHandler();
scope.onmessage = (event) => scope.postMessage(handle(event.data));
