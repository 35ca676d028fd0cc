import type { ShapeSpec } from '../../../mock-server';

/** One line of a constraints cell; `values` print as code (enum members, a pattern). */
export interface ConstraintLine {
  readonly text: string;
  readonly values?: readonly string[];
}

function span(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min} ${unit}` : `${min}–${max} ${unit}`;
  if (min !== undefined) return `at least ${min} ${unit}`;
  if (max !== undefined) return `at most ${max} ${unit}`;
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function scalarLines(shape: ShapeSpec, accepted?: readonly string[]): ConstraintLine[] {
  const lines: ConstraintLine[] = [];
  const unit = shape.type === 'blob' ? 'bytes (before base64)' : 'characters';
  if (shape.type === 'string' || shape.type === 'blob') {
    const length = span(shape.min, shape.max, unit);
    if (length) lines.push({ text: `Length: ${length}` });
  } else if (shape.type === 'integer' || shape.type === 'long') {
    const range = span(shape.min, shape.max, '')?.trim();
    if (range) lines.push({ text: `Value: ${range}` });
  }
  if (shape.enum && accepted) {
    lines.push({ text: 'One of:', values: accepted });
    const refused = shape.enum.filter((value) => !accepted.includes(value));
    if (refused.length > 0) lines.push({ text: 'QKMS refuses (AWS KMS accepts):', values: refused });
  } else if (shape.enum) lines.push({ text: 'One of:', values: shape.enum });
  if (shape.pattern) lines.push({ text: 'Pattern:', values: [shape.pattern] });
  return lines;
}

function prefixed(prefix: string, lines: readonly ConstraintLine[]): ConstraintLine[] {
  return lines.map((line) => ({ ...line, text: `${prefix} ${line.text.charAt(0).toLowerCase()}${line.text.slice(1)}` }));
}

/**
 * The limits a member's model puts on its value, worded for a reader; `accepted` narrows an enum to
 * the values QKMS takes, and the others are listed as refused.
 */
export function describeConstraints(shape: ShapeSpec, accepted?: readonly string[]): ConstraintLine[] {
  switch (shape.type) {
    case 'list': {
      const count = span(shape.min, shape.max, 'items');
      const item = shape.member;
      const itemKind = item?.type === 'structure' ? `${item.structure ?? 'structure'} objects` : `${item?.type ?? 'value'}s`;
      return [
        { text: `Array of ${itemKind}` },
        ...(count ? [{ text: capitalize(count) }] : []),
        ...(item && item.type !== 'structure' ? prefixed('Each item:', scalarLines(item)) : []),
      ];
    }
    case 'map': {
      const count = span(shape.min, shape.max, 'entries');
      return [
        { text: `Map of ${shape.key?.type ?? 'string'} to ${shape.value?.type ?? 'string'}` },
        ...(count ? [{ text: capitalize(count) }] : []),
        ...(shape.key ? prefixed('Keys:', scalarLines(shape.key)) : []),
        ...(shape.value ? prefixed('Values:', scalarLines(shape.value)) : []),
      ];
    }
    case 'structure':
      return shape.members && shape.members.length > 0
        ? [{ text: `${shape.structure ?? 'Object'} with members:`, values: shape.members.map((member) => member.name) }]
        : [];
    default:
      return scalarLines(shape, accepted);
  }
}
