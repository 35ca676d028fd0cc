/** How long a field filled from the keyring stays highlighted. */
const HIGHLIGHT_MS = 2000;

/**
 * After "Use as", brings the filled field into view, focuses it and highlights it briefly, so the
 * reader sees what changed even when the field is far above the keyring. The field's control has the
 * id RequestField gives it; a list field focuses its last item (the one just added). In JSON mode
 * the editor is focused instead. Runs after React has rendered the new value.
 */
export function revealField(operation: string, fieldName: string, highlightClass: string): void {
  window.setTimeout(() => {
    const field = document.getElementById(`tester-${operation}-${fieldName}`) ?? document.getElementById(`tester-${operation}-json`);
    if (field === null) return;
    const controls = field.matches('input, textarea, select') ? [field] : [...field.querySelectorAll<HTMLElement>('input, textarea, select')];
    const control = controls.at(-1) ?? field;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    control.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    control.focus({ preventScroll: true });
    control.classList.add(highlightClass);
    window.setTimeout(() => control.classList.remove(highlightClass), HIGHLIGHT_MS);
  }, 0);
}
