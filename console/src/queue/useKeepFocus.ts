import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Keeps the keyboard in `area` when what had the focus there disappears (the row of a ticket that was just taken,
 * or that someone else took): the browser would drop the focus to the page's start. `changed` is what makes
 * things disappear (the rows); `fallback` is where the focus goes instead.
 */
export function useKeepFocus(
  area: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  changed: unknown,
) {
  const inside = useRef(false);
  useEffect(() => {
    // focusin only: a removed element fires no focus event elsewhere, so "was inside" survives its removal
    const listener = (event: FocusEvent) => {
      inside.current = event.target instanceof Node && Boolean(area.current?.contains(event.target));
    };
    document.addEventListener('focusin', listener);
    return () => document.removeEventListener('focusin', listener);
  }, [area]);
  useEffect(() => {
    const active = document.activeElement;
    if (inside.current && (active === null || active === document.body)) fallback.current?.focus();
  }, [changed, fallback]);
}
