/// One API answer as it went out: its HTTP status and its JSON text.
export interface ApiAnswer {
  readonly status: number;
  readonly json: string;
}

/// How much the memory holds: how many answers, how many bytes of answers in all, and how long.
export interface AnswerMemoryLimits {
  readonly maxAnswers: number;
  readonly maxBytes: number;
  readonly keepMs: number;
}

/// Web mode's limits: a browser resends within milliseconds, so two minutes is ample, and the
/// byte budget keeps a session of large article reads from holding memory.
export const answerMemoryLimits: AnswerMemoryLimits = {
  maxAnswers: 1_000,
  maxBytes: 32 * 1024 * 1024,
  keepMs: 120_000,
};

interface Remembered {
  readonly fingerprint: string;
  readonly answer: Promise<ApiAnswer>;
  bytes: number;
  expiresAt: number;
}

/// What `answerMemory.answer` gives back: the answer (run now, or the one given to the first
/// request with this key), or `'key_reused'` when the key came with a different request.
export type RememberedAnswer = ApiAnswer | 'key_reused';

/// Remembers the answers given to requests that carry an `Idempotency-Key`, so a request sent
/// again with the same key (a browser resends a POST on a new connection when the kept-alive one
/// it chose was closed under it, after the server may already have read it) is answered with the
/// first answer instead of running a second time, also while the first is still running.
/// `fingerprint` identifies the request itself (operation and body): a key that comes back with
/// another request is refused rather than answered with the wrong result.
export function answerMemory(limits: AnswerMemoryLimits = answerMemoryLimits, now: () => number = Date.now) {
  // Insertion order is arrival order, so the oldest answers are the first ones dropped.
  const answers = new Map<string, Remembered>();
  let bytes = 0;

  function forget(key: string): void {
    const remembered = answers.get(key);
    if (remembered === undefined) return;
    bytes -= remembered.bytes;
    answers.delete(key);
  }

  function dropOld(): void {
    const time = now();
    for (const [key, remembered] of answers) {
      const over = answers.size > limits.maxAnswers || bytes > limits.maxBytes;
      if (!over && remembered.expiresAt > time) break;
      forget(key);
    }
  }

  return {
    answer(key: string, fingerprint: string, run: () => Promise<ApiAnswer>): Promise<RememberedAnswer> {
      dropOld();
      const known = answers.get(key);
      if (known !== undefined)
        return known.fingerprint === fingerprint ? known.answer : Promise.resolve('key_reused');
      const answer = run();
      // Kept from the start, so a copy arriving while this one runs waits for its answer.
      const remembered: Remembered = { fingerprint, answer, bytes: 0, expiresAt: Number.POSITIVE_INFINITY };
      answers.set(key, remembered);
      answer.then(
        (settled) => {
          if (answers.get(key) !== remembered) return;
          remembered.bytes = settled.json.length;
          remembered.expiresAt = now() + limits.keepMs;
          bytes += remembered.bytes;
          dropOld();
        },
        () => forget(key),
      );
      return answer;
    },
    /// How many answers are held (tests).
    get size(): number {
      return answers.size;
    },
  };
}

/// Reads an `Idempotency-Key` header: an opaque token (a UUID from the renderer), bare or as a
/// quoted structured-field string; `null` when absent, `'invalid'` when it is not one.
export function readIdempotencyKey(header: string | string[] | undefined): string | null | 'invalid' {
  if (header === undefined) return null;
  if (Array.isArray(header)) return 'invalid';
  const key = /^"(.*)"$/.exec(header.trim())?.[1] ?? header.trim();
  return /^[A-Za-z0-9_.:-]{8,128}$/.test(key) ? key : 'invalid';
}
