import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQkms } from '../../mock-server/index';
import { evaluateLiteral } from '../../scripts/examples/evaluateLiteral';
import { kmsCall } from '../../scripts/examples/kmsCall';
import { sendExample } from '../../scripts/examples/sendExample';
import { fieldDefs } from '../../src/components/ApiTester/model/fieldDefs';
import { operationSpec } from '../../src/components/ApiTester/model/operationSpec';
import type { FlowAnswer } from '../../src/components/Flow/model/FlowAnswer';
import type { FlowStepDef } from '../../src/components/Flow/model/FlowStepDef';
import { checkSteps, stepDef } from '../../src/components/Flow/model/flowStepDefs';
import { specParameters } from '../../src/components/Flow/model/specParameters';
import { stepOutcome } from '../../src/components/Flow/model/stepOutcome';
import { stepPrefill } from '../../src/components/Flow/model/stepPrefill';

const flowsDir = path.resolve(process.cwd(), 'docs/concepts/flows');
const pages = readdirSync(flowsDir).filter((name) => name.endsWith('.mdx'));

/** The <FlowStep …> calls of a page, one attribute a line as the flow pages write them. */
function flowSteps(source: string): FlowStepDef[] {
  return [...source.matchAll(/<FlowStep\n([\s\S]*?)\n>/g)].map((match) => {
    const props: Record<string, unknown> = {};
    for (const line of (match[1] ?? '').split('\n')) {
      const attribute = /^\s*(\w+)=(?:"([^"]*)"|\{([\s\S]*)\})\s*$/.exec(line);
      if (!attribute?.[1]) throw new Error(`Unreadable FlowStep attribute line: ${line}`);
      props[attribute[1]] = attribute[2] ?? evaluateLiteral(attribute[3] ?? '');
    }
    return stepDef(props);
  });
}

const isRecord = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);

describe('runnable flows', () => {
  it('has the four flows the concept pages promise', () => {
    expect(pages.sort()).toEqual(['encrypt-re-encrypt-decrypt.mdx', 'envelope-encryption.mdx', 'grant-for-another-account.mdx', 'sign-and-verify.mdx']);
  });

  it.each(pages)('%s ends every step as the flow expects on a fresh sandbox, each filled only from earlier steps', async (page) => {
    const steps = flowSteps(readFileSync(path.join(flowsDir, page), 'utf8'));
    checkSteps(steps);
    const qkms = createQkms();
    const answers: Record<string, FlowAnswer> = {};
    let serial = 0;
    for (const step of steps) {
      const fields = fieldDefs(specParameters(step.operation), operationSpec(step.operation));
      const prefill = stepPrefill(step, fields, steps, answers);
      expect(prefill.waitingFor, `${step.id} has what it needs`).toEqual([]);
      const reply = await sendExample(qkms, kmsCall(step.operation, prefill.body, step.caller ? { 'X-Qkms-Caller': step.caller } : {}));
      const body = isRecord(reply.body) ? reply.body : {};
      serial += 1;
      const answer: FlowAnswer = {
        status: reply.status,
        ...(typeof body.__type === 'string' ? { errorType: body.__type } : {}),
        request: prefill.body,
        response: body,
        serial,
      };
      const outcome = stepOutcome(step, answer, steps, answers);
      expect({ step: step.id, ...outcome }, JSON.stringify(body)).toMatchObject({ step: step.id, done: true });
      answers[step.id] = answer;
    }
  });
});
