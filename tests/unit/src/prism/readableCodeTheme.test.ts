import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableCodeTheme, readableOn } from '../../../../src/prism/readableCodeTheme';

function rgb(hex: string): readonly [number, number, number] {
  return [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];
}

describe('readableCodeTheme', () => {
  it('measures contrast as WCAG does: black on white is 21:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });

  it('keeps a colour that is already readable', () => {
    expect(readableOn('#393A34', '#f6f8fa')).toBe('#393A34');
  });

  it('darkens GitHub’s 2.6:1 teal on its light background to at least 4.5:1', () => {
    const fixed = readableOn('#36acaa', '#f6f8fa');
    expect(contrastRatio(rgb(fixed), rgb('#f6f8fa'))).toBeGreaterThanOrEqual(4.5);
  });

  it('lightens Dracula’s comments on its dark background to at least 4.5:1', () => {
    const fixed = readableOn('rgb(98, 114, 164)', '#282A36');
    expect(contrastRatio(rgb(fixed), rgb('#282A36'))).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves every token of both site themes readable', () => {
    for (const theme of [themes.github, themes.dracula]) {
      const background = rgb(theme.plain.backgroundColor ?? '#ffffff');
      for (const entry of readableCodeTheme(theme).styles) {
        const color = entry.style.color;
        if (color === undefined || !color.startsWith('#')) continue;
        expect(contrastRatio(rgb(color), background), entry.types.join(',')).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws no token faded, which would undo its contrast (GitHub draws namespaces at opacity 0.7)', () => {
    for (const theme of [themes.github, themes.dracula]) {
      for (const entry of readableCodeTheme(theme).styles) expect(entry.style.opacity, entry.types.join(',')).toBeUndefined();
    }
  });
});
