import clsx from 'clsx';
import { escapeHtml } from '../../../components/shared/escapeHtml';
import type { LineInputProps, LineOutputProps, Token, TokenInputProps, TokenOutputProps } from 'prism-react-renderer';

type StyleObject = Readonly<Record<string, string | number | undefined>>;

/** A React style object as a style attribute's text (Prism themes use colours, font styles and unitless opacity only). */
function styleText(style: StyleObject | undefined): string {
  if (!style) return '';
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function openTag(tag: string, className: string | undefined, style: StyleObject | undefined): string {
  const css = styleText(style);
  return `<${tag}${className ? ` class="${escapeHtml(className)}"` : ''}${css ? ` style="${escapeHtml(css)}"` : ''}>`;
}

/** A line holding only a line break renders empty: the <br> every line ends with is its line break. */
const withoutLoneLineBreak = (line: readonly Token[]): readonly Token[] =>
  line.length === 1 && line[0].content === '\n' ? [{ ...line[0], content: '' }] : line;

/**
 * The lines of a highlighted code block as Docusaurus's CodeBlock/Line renders them — a div per line with its
 * classes, a span per token with Prism's classes and the theme's style, a <br> at the end — as one HTML string.
 */
export function highlightedLinesHtml(
  lines: readonly (readonly Token[])[],
  lineClassNames: Readonly<Record<number, readonly string[] | undefined>>,
  getLineProps: (input: LineInputProps) => LineOutputProps,
  getTokenProps: (input: TokenInputProps) => TokenOutputProps,
): string {
  return lines
    .map((rawLine, index) => {
      const line = withoutLoneLineBreak(rawLine);
      const lineProps = getLineProps({ line: [...line], className: clsx(lineClassNames[index]) });
      const tokens = line
        .map((token) => {
          const tokenProps = getTokenProps({ token });
          return `${openTag('span', tokenProps.className, tokenProps.style as StyleObject)}${escapeHtml(String(tokenProps.children ?? ''))}</span>`;
        })
        .join('');
      return `${openTag('div', lineProps.className, lineProps.style as StyleObject)}${tokens}<br/></div>`;
    })
    .join('');
}
