import MarkJs from 'mark.js/dist/mark.es6.js';

type MarkOptions = { readonly element?: string; readonly className?: string; readonly done?: (count?: number) => void } & Record<string, unknown>;

/** The selector mark.js's unmark() removes, for the same options. */
export function marksSelector(options: MarkOptions | undefined): string {
  return `${options?.element || '*'}[data-markjs]${options?.className ? `.${options.className}` : ''}`;
}

/**
 * mark.js, except that unmark() returns at once when its context holds no marks. The search plugin clears the
 * article's highlights on every page load, search terms or not, and mark.js does it by walking every element of the
 * article: on an API page, 2,000-odd elements, a task of about 100 ms at a phone's speed. Marks come only from a
 * search hit's link (?_highlight=…), so most pages have none to clear. The same function shape as mark.js's (called
 * with `new`, methods returning the instance), as the plugin uses it.
 */
export default function Mark(this: unknown, context: unknown): unknown {
  const mark = new MarkJs(context);
  const unmark = mark.unmark;
  mark.unmark = (options?: MarkOptions) => {
    const hasNoMarks = context instanceof Element && context.querySelector(marksSelector(options)) === null;
    if (!hasNoMarks) return unmark(options);
    options?.done?.();
    return mark;
  };
  return mark;
}
