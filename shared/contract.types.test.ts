import { describe, expectTypeOf, it } from 'vitest';
import type { inputSchemas, OperationResults, PasserelleApi, PreloadBridge } from './contract';
import type { KeyedByOperation, OperationName } from './operationNames';

// These assertions are types: `tsc -b` fails when one does not hold, and at run time they pass.
type Complete = Record<OperationName, string>;
type Lacking = Omit<Complete, 'history.redo'>;
type Stray = Complete & { readonly 'history.clear': string };
type StrayNever = Complete & { readonly 'history.clear': never };

describe('tables keyed by operation', () => {
  it('key the results, the input schemas, the client and the preload bridge by exactly the operation names', () => {
    expectTypeOf<keyof OperationResults>().toEqualTypeOf<OperationName>();
    expectTypeOf<keyof typeof inputSchemas>().toEqualTypeOf<OperationName>();
    expectTypeOf<keyof PasserelleApi>().toEqualTypeOf<OperationName>();
    expectTypeOf<keyof PreloadBridge>().toEqualTypeOf<OperationName>();
  });

  it('accept a table with one entry per operation', () => {
    expectTypeOf<Complete>().toExtend<KeyedByOperation<Complete>>();
  });

  it('reject a table that lacks an operation', () => {
    expectTypeOf<Lacking>().not.toExtend<KeyedByOperation<Lacking>>();
  });

  it('reject a table with a key that names no operation, whatever its type', () => {
    expectTypeOf<Stray>().not.toExtend<KeyedByOperation<Stray>>();
    expectTypeOf<StrayNever>().not.toExtend<KeyedByOperation<StrayNever>>();
  });
});
