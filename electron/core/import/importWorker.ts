import { parentPort } from 'node:worker_threads';
import { PasserelleError, toErrorBody } from '../../../shared/errors';
import { parseArticle, type ParseRequest } from './parseArticle';
import { parsedArticleToJson } from './parsedArticleJson';
import type { WorkerAnswer } from './parseInWorker';

// The worker's whole job: parse what the main thread sends, answer plain data or an error body.
parentPort?.on('message', (message: { readonly id: number; readonly request: ParseRequest }) => {
  void (async (): Promise<WorkerAnswer> => {
    try {
      return { id: message.id, ok: true, article: parsedArticleToJson(await parseArticle(message.request)) };
    } catch (error) {
      // The main thread only learns that parsing failed; what went wrong stays in this log.
      if (!(error instanceof PasserelleError)) console.error('Passerelle: the import worker failed', error);
      return { id: message.id, ok: false, error: toErrorBody(error) };
    }
  })().then((answer) => parentPort?.postMessage(answer));
});
