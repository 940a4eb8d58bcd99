import { useCallback, useEffect, useRef, useState } from 'react';

/// How long typing may pause before a claim's text field is saved.
export const claimSaveDelayMs = 400;

/// A text field saved after a pause in typing and when it is left (`flush`, on blur), and never
/// lost by leaving the view mid-word. While the user is not typing it shows the stored value, so
/// an undo or redo shows up in it.
export function useSavedText(
  stored: string,
  save: (value: string) => void,
): { readonly value: string; readonly change: (value: string) => void; readonly flush: () => void } {
  const [value, setValue] = useState(stored);
  const saved = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, save });
  useEffect(() => {
    latest.current = { ...latest.current, save };
  });

  useEffect(() => {
    if (timer.current === null && stored !== saved.current) {
      saved.current = stored;
      latest.current = { ...latest.current, value: stored };
      setValue(stored);
    }
  }, [stored]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const typed = latest.current.value;
    if (typed === saved.current) return;
    saved.current = typed;
    latest.current.save(typed);
  }, []);

  const change = useCallback(
    (next: string) => {
      latest.current = { ...latest.current, value: next };
      setValue(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, claimSaveDelayMs);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) flush();
    },
    [flush],
  );

  return { value, change, flush };
}
