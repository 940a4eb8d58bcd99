/// The renderer's edge (HTTP or IPC) in jsdom tests: every call is recorded in `apiMock.calls` and
/// answered by `apiMock.answers[name]` (an unanswered one rejects). A test file installs it with
/// `vi.mock('../app/api', () => import('../ui/testing/mockApi').then((mock) => mock.mockedApiModule))`.
export const apiMock: {
  readonly calls: { name: string; input: unknown }[];
  answers: Record<string, (input: never) => unknown>;
} = { calls: [], answers: {} };

/// What `renderer/app/api.ts` exports, for `vi.mock`.
export const mockedApiModule = {
  api: new Proxy(
    {},
    {
      get: (_target, name: string) => (input: never) => {
        apiMock.calls.push({ name, input });
        const answer = apiMock.answers[name];
        return answer
          ? Promise.resolve().then(() => answer(input))
          : Promise.reject(new Error(`unexpected ${name}`));
      },
    },
  ),
};
