// prism-react-renderer's ESM build, as 2.4 writes it: Prism's core, then its 30-odd default grammars, then the themes.
const GRAMMARS_START = '// src/prism-langs.ts\nvar Prism = __toESM(require_prism());\n';
const GRAMMARS_END = '\n// src/themes/index.ts\n';
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

/**
 * prism-react-renderer's module without the grammars it bundles (markup, jsx, tsx, swift, kotlin, rust, graphql, yaml,
 * cpp, markdown and more): the same Prism core, Highlight and themes, and a Prism that knows only plain text until the
 * site's own languages register. Throws when the module is not laid out as expected, so an upgrade that moves the
 * grammars fails the build instead of shipping them again or cutting into the core.
 */
export function withoutBundledLanguages(source: string): string {
  const start = source.indexOf(GRAMMARS_START);
  const end = source.indexOf(GRAMMARS_END, start);
  if (start === -1 || end === -1 || source.indexOf(GRAMMARS_START, start + 1) !== -1) {
    throw new Error("prism-react-renderer's module no longer has one block of grammars between Prism's core and the themes: check prismWithoutBundledLanguages against its new layout");
  }
  return source.slice(0, start + GRAMMARS_START.length) + source.slice(end).replace(SOURCE_MAP_COMMENT, '\n');
}
