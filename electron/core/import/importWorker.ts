import { parentPort } from 'node:worker_threads';
import { toErrorBody } from '../../../shared/errors';
import { clientError } from '../clientError';
import { parseArticle, type ParseRequest } from './parseArticle';
import { parsedArticleToJson } from './parsedArticleJson';
import type { WorkerAnswer } from './parseInWorker';

// The worker's whole job: parse what the main thread sends, answer plain data or an error body.
parentPort?.on('message', (message: { readonly id: number; readonly request: ParseRequest }) => {
  void (async (): Promise<WorkerAnswer> => {
    try {
      return { id: message.id, ok: true, article: parsedArticleToJson(await parseArticle(message.request)) };
    } catch (error) {
      return { id: message.id, ok: false, error: toErrorBody(clientError(error)) };
    }
  })().then((answer) => parentPort?.postMessage(answer));
});
