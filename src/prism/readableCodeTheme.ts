import type { PrismTheme } from 'prism-react-renderer';

/** WCAG AA for normal-size text: code is 0.8–0.9rem, never "large". The margin covers rounding in axe's check. */
const MINIMUM_CONTRAST = 4.6;

export type Rgb = readonly [number, number, number];

function parseColor(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const channel = (start: number): number => Number.parseInt(hex[1].slice(start, start + 2), 16);
    return [channel(0), channel(2), channel(4)];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/i.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

function luminance([red, green, blue]: Rgb): number {
  const channel = (value: number): number => {
    const scaled = value / 255;
    return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

function toHex(color: Rgb): string {
  return `#${color.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour moved toward black (on a light background) or white (on a dark one) just far enough to be readable. */
export function readableOn(color: string, background: string): string {
  const foreground = parseColor(color);
  const behind = parseColor(background);
  if (foreground === undefined || behind === undefined || contrastRatio(foreground, behind) >= MINIMUM_CONTRAST) return color;
  const target = luminance(behind) > 0.18 ? 0 : 255;
  for (let step = 1; step <= 20; step += 1) {
    const mix = step / 20;
    const toward = (channel: number): number => channel + (target - channel) * mix;
    const moved: Rgb = [toward(foreground[0]), toward(foreground[1]), toward(foreground[2])];
    if (contrastRatio(moved, behind) >= MINIMUM_CONTRAST) return toHex(moved);
  }
  return toHex([target, target, target]);
}

/**
 * A Prism theme with every token colour readable on the theme's background: GitHub's and Dracula's palettes
 * have tokens at 2.6:1 (numbers and JSON keys) and 3.3:1 (comments), which fail WCAG AA and axe.
 */
export function readableCodeTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: theme.plain,
    styles: theme.styles.map((entry) => {
      // Faded tokens (GitHub's namespaces: Java's import paths at opacity 0.7) blend into the background
      // below the contrast their colour was made to reach: they keep their colour at full strength.
      const { opacity: _faded, ...style } = entry.style;
      return { ...entry, style: style.color === undefined ? style : { ...style, color: readableOn(style.color, background) } };
    }),
  };
}
