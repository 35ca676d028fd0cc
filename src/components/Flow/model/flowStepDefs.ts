import { Children, isValidElement, type ElementType, type ReactNode } from 'react';
import type { JsonObject } from '../../../json/JsonValue';
import type { FlowStepDef } from './FlowStepDef';
import { parseReference } from './flowReference';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

// MDX object literals are JSON-shaped: members, strings, lists, nested objects.
const isBody = (value: unknown): value is JsonObject => isRecord(value) && !Array.isArray(value);

const isStringRecord = (value: unknown): value is Readonly<Record<string, string>> =>
  isRecord(value) && Object.values(value).every((entry) => typeof entry === 'string');

/** A <FlowStep>'s props as a step, checked, since MDX passes whatever the page wrote. */
export function stepDef(props: unknown): FlowStepDef {
  if (!isRecord(props)) throw new Error('Flow: a <FlowStep> has no props.');
  const { id, operation, title, prefill, fill, caller, expectError, expectSame } = props;
  if (typeof id !== 'string' || typeof operation !== 'string' || typeof title !== 'string') {
    throw new Error('FlowStep: give it id, operation and title, e.g. <FlowStep id="encrypt" operation="Encrypt" title="Encrypt a message">.');
  }
  if (prefill !== undefined && !isBody(prefill)) throw new Error(`FlowStep "${id}": prefill must be an object of request members.`);
  if (fill !== undefined && !isStringRecord(fill)) throw new Error(`FlowStep "${id}": fill must map members to references like "create.KeyId".`);
  if (expectSame !== undefined && !isStringRecord(expectSame)) throw new Error(`FlowStep "${id}": expectSame must map members to references.`);
  return {
    id,
    operation,
    title,
    ...(prefill === undefined ? {} : { prefill }),
    ...(fill === undefined ? {} : { fill }),
    ...(typeof caller === 'string' ? { caller } : {}),
    ...(typeof expectError === 'string' ? { expectError } : {}),
    ...(expectSame === undefined ? {} : { expectSame }),
  };
}

/** Fails with what to fix when two steps share an id or a step reads a step that is not before it. */
export function checkSteps(steps: readonly FlowStepDef[]): void {
  if (steps.length === 0) throw new Error('Flow: put its steps inside it, e.g. <Flow id="…" title="…"><FlowStep id="create" operation="CreateKey" title="…" /></Flow>.');
  steps.forEach((step, index) => {
    if (steps.findIndex((other) => other.id === step.id) !== index) throw new Error(`Flow: two steps have the id "${step.id}".`);
    for (const text of [...Object.values(step.fill ?? {}), ...Object.values(step.expectSame ?? {})]) {
      const source = parseReference(text).step;
      const at = steps.findIndex((other) => other.id === source);
      if (at < 0 || at >= index) throw new Error(`Flow step "${step.id}": "${text}" must name an earlier step of the flow.`);
    }
  });
}

/**
 * The steps a <Flow> holds, in page order, read from its <FlowStep> children's props. Misuse in MDX
 * (a duplicate id, a reference to a later step, no steps) fails the build with a message that says what to fix.
 */
export function flowStepDefs(children: ReactNode, stepType: ElementType): FlowStepDef[] {
  const steps = Children.toArray(children)
    .filter(isValidElement)
    .filter((child) => child.type === stepType)
    .map((child) => stepDef(child.props));
  checkSteps(steps);
  return steps;
}
