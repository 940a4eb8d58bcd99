import { useEffect, type RefObject } from 'react';

// Room left between the sticky bar and the first line scrolled to.
const gapPx = 8;

/// While `ready`, makes the page's own scrolling (Page Down, find in page, a revealed mention)
/// stop below the sticky element `selector` finds in `container` (the label legend, stuck under the
/// header), so no line lands under it; follows its height as it wraps or its help opens.
export function useStickyScrollPadding(
  container: RefObject<HTMLElement | null>,
  selector: string,
  ready: boolean,
): void {
  useEffect(() => {
    const sticky = ready ? container.current?.querySelector<HTMLElement>(selector) : null;
    if (!sticky) return;
    const page = document.documentElement;
    const update = () => {
      const stuckAt = Number.parseFloat(getComputedStyle(sticky).top) || 0;
      page.style.scrollPaddingTop = `${Math.ceil(stuckAt + sticky.offsetHeight + gapPx)}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(sticky);
    return () => {
      observer.disconnect();
      page.style.removeProperty('scroll-padding-top');
    };
  }, [container, selector, ready]);
}
