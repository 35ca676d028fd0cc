/**
 * The tester sits under its page's "Try It Out" (h2), or under a flow step (h3) on a concept page: its section
 * titles are h3 and their parts h4, so no heading level is skipped in either place.
 */
export const TESTER_SECTION_LEVEL = 3;
export const TESTER_SUBSECTION_LEVEL = 4;
