import type { JsonObject } from '../../../json/JsonValue';
import type { FieldDef } from '../../ApiTester/model/fieldDefs';
import { withBinding, withOutput } from '../../ApiTester/model/outputs';
import type { FlowAnswer } from './FlowAnswer';
import type { FlowStepDef } from './FlowStepDef';
import { parseReference } from './flowReference';
import { resolveReference } from './resolveReference';

/** One request member a step took from an earlier step, as the step says so. */
export interface FilledMember {
  readonly member: string;
  /** "step 2's CiphertextBlob", "step 3's request Message". */
  readonly from: string;
  /** Set when a ciphertext brought its encryption context along. */
  readonly withContext: boolean;
}

export interface StepPrefill {
  /** The request body: the step's fixed members and every value its earlier steps gave. */
  readonly body: JsonObject;
  readonly filled: readonly FilledMember[];
  /** Numbers (1-based) of earlier steps that have not answered with what this one needs. */
  readonly waitingFor: readonly number[];
  /** Changes whenever an earlier step this one reads answers again: a new key means "prefill again". */
  readonly key: string;
}

/** How a reference reads to a reader: "step 2's CiphertextBlob". */
export function describeReference(text: string, steps: readonly FlowStepDef[]): string {
  const reference = parseReference(text);
  const number = steps.findIndex((step) => step.id === reference.step) + 1;
  const place = number > 0 ? `step ${number}` : `step "${reference.step}"`;
  return reference.part === 'request' ? `${place}'s request ${reference.member}` : `${place}'s ${reference.member}`;
}

/**
 * A step's request once its earlier steps have answered: the fixed members, then each `fill` from the
 * earlier step's answer. A ciphertext brings the encryption context it is bound to (withBinding), so the
 * reader never copies a context by hand either.
 */
export function stepPrefill(
  step: FlowStepDef,
  fields: readonly FieldDef[],
  steps: readonly FlowStepDef[],
  answers: Readonly<Record<string, FlowAnswer>>,
): StepPrefill {
  let body: JsonObject = { ...(step.prefill ?? {}) };
  const filled: FilledMember[] = [];
  const waiting = new Set<number>();
  const keyParts: string[] = [];
  for (const [member, text] of Object.entries(step.fill ?? {})) {
    const reference = parseReference(text);
    const index = steps.findIndex((candidate) => candidate.id === reference.step);
    const source = steps[index];
    if (source === undefined) throw new Error(`Flow step "${step.id}": ${member} refers to a step "${reference.step}" the flow does not have.`);
    const answer = answers[source.id];
    keyParts.push(`${source.id}:${answer?.serial ?? 0}`);
    const resolved = resolveReference(reference, answer, source.operation);
    if (resolved === undefined) {
      waiting.add(index + 1);
      continue;
    }
    const field = fields.find((candidate) => candidate.name === member);
    body = field !== undefined && typeof resolved.value === 'string' ? withOutput(body, field, resolved.value) : { ...body, [member]: resolved.value };
    if (resolved.binding !== undefined) body = withBinding(body, fields, resolved.binding);
    filled.push({ member, from: describeReference(text, steps), withContext: resolved.binding !== undefined });
  }
  return { body, filled, waitingFor: [...waiting].sort((a, b) => a - b), key: [...new Set(keyParts)].join('|') };
}

/** The notice a step shows after it was filled: "KeyId ← step 1's Arn; CiphertextBlob ← step 2's CiphertextBlob, with its context." */
export function describeFilled(filled: readonly FilledMember[]): string {
  return filled.map((entry) => `${entry.member} ← ${entry.from}${entry.withContext ? ', with its encryption context' : ''}`).join('; ');
}

/** What a step takes from earlier steps, as declared (shown before they answer): "KeyId ← step 1's KeyId". */
export function describeFill(step: FlowStepDef, steps: readonly FlowStepDef[]): string {
  return Object.entries(step.fill ?? {})
    .map(([member, text]) => `${member} ← ${describeReference(text, steps)}${member === 'CiphertextBlob' ? ', with its encryption context' : ''}`)
    .join('; ');
}
