/// Calls `callback` once the next frame has been painted (a task queued from inside a
/// requestAnimationFrame callback runs after that frame's paint); answers a function that
/// cancels it.
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
