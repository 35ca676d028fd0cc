/**
 * Every Prism grammar the site highlights with, in the order they load (a grammar after the ones it extends), as
 * `prismjs/components/prism-<name>`. prism-react-renderer's own bundled grammars are left out of the build (see
 * src/plugins/prismWithoutBundledLanguages), so a language missing here renders as plain text. HTTP comes after
 * JSON, whose grammar it takes for JSON bodies (src/theme/prism-include-languages.ts extends that to KMS's content
 * type). javadoclike marks JavaScript's doc comments, as the bundled set did; tests/unit/src/prism/highlightedLanguages.test.ts
 * holds every block of the site to that set's tokens.
 */
export const HIGHLIGHTED_LANGUAGES = ['clike', 'javascript', 'js-extras', 'javadoclike', 'go', 'bash', 'python', 'json', 'java', 'http'];
