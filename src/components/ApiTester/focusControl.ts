const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/**
 * Takes the reader to a control from the error summary: a map or list field's id is on its rows, so its
 * first control gets focus; anything else that cannot take focus gets it through tabindex -1.
 */
export function focusControl(id: string): void {
  const target = document.getElementById(id);
  if (target === null) return;
  const control = target.matches(FOCUSABLE) ? target : (target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
  if (!control.matches(FOCUSABLE)) control.tabIndex = -1;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  control.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
  control.focus({ preventScroll: true });
}
