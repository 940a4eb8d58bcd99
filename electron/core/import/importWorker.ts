import { parentPort } from 'node:worker_threads';
import { PasserelleError, toErrorBody } from '../../../shared/errors';
import { parseArticle, type ParseRequest } from './parseArticle';
import { parsedArticleToJson } from './parsedArticleJson';
import type { WorkerAnswer } from './parseInWorker';

async function answer(message: {
  readonly id: number;
  readonly request: ParseRequest;
}): Promise<WorkerAnswer> {
  try {
    return { id: message.id, ok: true, article: parsedArticleToJson(await parseArticle(message.request)) };
  } catch (error) {
    // The main thread only learns that parsing failed; what went wrong stays in this log.
    if (!(error instanceof PasserelleError)) console.error('Passerelle: the import worker failed', error);
    return { id: message.id, ok: false, error: toErrorBody(error) };
  }
}

// The worker's whole job: parse what the main thread sends, answer plain data or an error body.
// The pool hands it several files ahead; they are parsed one after the other (an asynchronous
// reader must not let the next file start), so the pool knows which file a crash or a timeout is.
let previous: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (message: { readonly id: number; readonly request: ParseRequest }) => {
  previous = previous.then(() => answer(message)).then((reply) => parentPort?.postMessage(reply));
});
