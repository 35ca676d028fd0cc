import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { Highlight, Prism, themes, type RenderProps } from 'prism-react-renderer';
import { highlightedLinesHtml } from '../../../../src/theme/CodeBlock/Content/highlightedLinesHtml';
import { readableCodeTheme } from '../../../../src/prism/readableCodeTheme';

const CODE = `POST / HTTP/1.1
Content-Type: application/x-amz-json-1.1

{"KeyId": "alias/<example> & 'quoted'", "n": 1}

const x = a < b && c > d; // "done"`;

/** Docusaurus's CodeBlock/Line as React elements: a div per line, a span per token, an empty line's lone break emptied. */
function reactLines({ tokens, getLineProps, getTokenProps }: RenderProps, lineClassNames: Record<number, string[]>): ReactNode {
  return tokens.map((rawLine, index) => {
    const line = rawLine.length === 1 && rawLine[0].content === '\n' ? [{ ...rawLine[0], content: '' }] : rawLine;
    const { key: _lineKey, ...lineProps } = getLineProps({ line, className: lineClassNames[index]?.join(' ') ?? '' }) as Record<string, unknown>;
    return createElement(
      'div',
      { key: index, ...lineProps },
      ...line.map((token, tokenIndex) => createElement('span', { key: tokenIndex, ...getTokenProps({ token }) })),
      createElement('br'),
    );
  });
}

function render(language: string, theme: typeof themes.github, lineClassNames: Record<number, string[]> = {}) {
  let ours = '';
  const children = (props: RenderProps) => {
    ours = highlightedLinesHtml(props.tokens, lineClassNames, props.getLineProps, props.getTokenProps);
    return createElement(Fragment, null, reactLines(props, lineClassNames));
  };
  const react = renderToStaticMarkup(createElement(Highlight, { code: CODE, language, theme, children }));
  return { ours, react };
}

describe('highlighted lines as one HTML string', () => {
  beforeAll(async () => {
    // The site adds HTTP to Prism (src/theme/prism-include-languages.ts); Prism components register on a global Prism.
    (globalThis as { Prism?: typeof Prism }).Prism = Prism;
    // @ts-expect-error Prism's language components are scripts with no types
    await import('prismjs/components/prism-http');
    delete (globalThis as { Prism?: typeof Prism }).Prism;
  });

  for (const [name, theme] of [
    ['light', readableCodeTheme(themes.github)],
    ['dark', readableCodeTheme(themes.dracula)],
  ] as const) {
    for (const language of ['http', 'json', 'javascript', 'text']) {
      test(`is the markup React renders for Docusaurus's lines (${language}, ${name} theme)`, () => {
        const { ours, react } = render(language, theme);
        expect(ours).toBe(react);
        expect(ours).toContain('token-line');
        if (language !== 'text') expect(ours).toMatch(/class="token [^"]*(property|string|keyword|operator)/);
      });
    }
  }

  test('keeps the classes of highlighted lines and escapes what the code holds', () => {
    const { ours, react } = render('json', themes.github, { 3: ['theme-code-block-highlighted-line'] });
    expect(ours).toBe(react);
    expect(ours).toContain('class="token-line theme-code-block-highlighted-line"');
    expect(ours).not.toContain('<example>');
    expect(ours).toContain('&lt;example&gt; &amp;');
  });
});
