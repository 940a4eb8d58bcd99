// Run by twoProcessMarking.test.ts as one of two writers: for each line `start end` read on
// stdin it marks that span of the article as a person and prints `created` or `refused`.
import { createInterface } from 'node:readline';
import { PasserelleError } from '../../../shared/errors';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { openStore } from '../store/openStore';

const [file, articleId] = process.argv.slice(2);
const ctx = coreContext(openStore(file!));
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [start, end] = line.split(' ').map(Number);
  try {
    await dispatch(ctx, 'annotations.create', {
      articleId: Number(articleId),
      start: start!,
      end: end!,
      kind: 'entity',
      label: 'person',
    });
    process.stdout.write('created\n');
  } catch (error) {
    if (!(error instanceof PasserelleError && error.code === 'invalid_span')) throw error;
    process.stdout.write('refused\n');
  }
}
ctx.store.close();
