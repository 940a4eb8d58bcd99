/// What a probe waits for after the user's action: an element matching `selector` to be there
/// (`present`) or gone (`absent`). With `afterChange`, the state must first flip the other way
/// after the action (so an indicator already showing "Saved" has to go through "Saving…").
export interface PaintCondition {
  readonly name: string;
  readonly selector: string;
  readonly want: 'present' | 'absent';
  readonly afterChange?: boolean;
}

/// Times, on any page, from a user's key press or click to the first paint that shows each
/// condition met; installed as `window.paintProbe`, the same code on the app and the bare pages.
export interface PaintProbe {
  /// Starts watching; the clock starts at the next `keydown` or `click` event's time stamp.
  arm(conditions: readonly PaintCondition[], startOn: 'keydown' | 'click'): void;
  /// Resolves to each condition's milliseconds from the event to the paint that showed it.
  result(timeoutMs: number): Promise<Record<string, number>>;
}

/// Resolves once the current frame has been painted: at the start of the following frame (a
/// requestAnimationFrame callback registered from inside one runs in the next frame). Unlike a
/// task queued after the paint, the following frame waits only for the painting and for the
/// main thread to be free, not behind every task already queued.
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

function createPaintProbe(): PaintProbe {
  let settled: Promise<Record<string, number>> = Promise.resolve({});
  return {
    arm(conditions, startOn) {
      settled = new Promise((resolve) => {
        const times: Record<string, number> = {};
        const flipped = new Set<string>();
        const seen = new Set<string>();
        let start: number | null = null;
        const check = () => {
          if (start === null) return;
          for (const condition of conditions) {
            if (seen.has(condition.name)) continue;
            const met =
              (document.querySelector(condition.selector) !== null) === (condition.want === 'present');
            if (!met) flipped.add(condition.name);
            if (!met || (condition.afterChange && !flipped.has(condition.name))) continue;
            seen.add(condition.name);
            const from = start;
            void afterNextPaint().then((painted) => {
              times[condition.name] = painted - from;
              if (Object.keys(times).length === conditions.length) {
                observer.disconnect();
                document.removeEventListener('focusin', check, true);
                resolve(times);
              }
            });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        // A focus move changes no node, yet `:focus` in a condition's selector depends on it.
        document.addEventListener('focusin', check, true);
        // Capturing on the window: the clock starts before any handler of the page runs.
        window.addEventListener(
          startOn,
          (event) => {
            start = event.timeStamp;
            check();
          },
          { capture: true, once: true },
        );
      });
    },
    result(timeoutMs) {
      return Promise.race([
        settled,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`nothing painted within ${timeoutMs} ms`)), timeoutMs),
        ),
      ]);
    },
  };
}

Reflect.set(window, 'paintProbe', createPaintProbe());
