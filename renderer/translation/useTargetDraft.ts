import { useCallback, useEffect, useRef, useState } from 'react';

/// How long typing may pause before a segment's English text is saved.
export const targetSaveDelayMs = 400;

/// A segment's English text as typed: saved after a pause in typing, when the field is left
/// (`flush`) and when the view goes. While the user is not typing it shows the stored text, so an
/// undo, a redo or a propagation shows up in it. `take` hands over the typed text instead of saving
/// it (a confirmation sends text and status in one write).
export function useTargetDraft(
  stored: string,
  save: (target: string) => void,
): {
  readonly value: string;
  readonly change: (value: string) => void;
  readonly flush: () => void;
  readonly take: () => { readonly value: string; readonly changed: boolean };
} {
  const [value, setValue] = useState(stored);
  const saved = useRef(stored);
  const typed = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });

  useEffect(() => {
    if (timer.current === null && stored !== saved.current) {
      saved.current = stored;
      typed.current = stored;
      setValue(stored);
    }
  }, [stored]);

  const take = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const changed = typed.current !== saved.current;
    saved.current = typed.current;
    return { value: typed.current, changed };
  }, []);

  const flush = useCallback(() => {
    const { value: text, changed } = take();
    if (changed) latestSave.current(text);
  }, [take]);

  const change = useCallback(
    (next: string) => {
      typed.current = next;
      setValue(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, targetSaveDelayMs);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) flush();
    },
    [flush],
  );

  return { value, change, flush, take };
}
