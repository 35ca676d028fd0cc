import { describe, expect, it } from 'vitest';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { operationSpec } from '../../../../../src/components/ApiTester/model/operationSpec';
import type { FlowAnswer } from '../../../../../src/components/Flow/model/FlowAnswer';
import type { FlowStepDef } from '../../../../../src/components/Flow/model/FlowStepDef';
import { specParameters } from '../../../../../src/components/Flow/model/specParameters';
import { describeFill, describeFilled, stepPrefill } from '../../../../../src/components/Flow/model/stepPrefill';

const fieldsOf = (operation: string) => fieldDefs(specParameters(operation), operationSpec(operation));
const keyArn = 'arn:verenc:111122223333:key/aaaaaaaa-1111-2222-3333-444444444444';

const steps: readonly FlowStepDef[] = [
  { id: 'create', operation: 'CreateKey', title: 'Create' },
  { id: 'encrypt', operation: 'Encrypt', title: 'Encrypt', prefill: { Plaintext: 'SGk=', EncryptionContext: { Flow: 'x' } }, fill: { KeyId: 'create.KeyId' } },
  { id: 'grant', operation: 'CreateGrant', title: 'Grant', fill: { KeyId: 'create.Arn' } },
  {
    id: 'decrypt',
    operation: 'Decrypt',
    title: 'Decrypt',
    prefill: { EncryptionContext: { Stale: 'example' } },
    fill: { CiphertextBlob: 'encrypt.CiphertextBlob', GrantTokens: 'grant.GrantToken' },
  },
  { id: 'again', operation: 'Encrypt', title: 'Again', fill: { Plaintext: 'encrypt.request.Plaintext', KeyId: 'create.Arn' } },
];
const [create, encrypt, grant, decrypt, again] = steps as [FlowStepDef, FlowStepDef, FlowStepDef, FlowStepDef, FlowStepDef];

const created: FlowAnswer = {
  status: 200,
  request: {},
  response: { KeyMetadata: { KeyId: 'aaaaaaaa-1111-2222-3333-444444444444', Arn: keyArn } },
  serial: 1,
};
const encrypted: FlowAnswer = {
  status: 200,
  request: { KeyId: 'aaaaaaaa-1111-2222-3333-444444444444', Plaintext: 'SGk=', EncryptionContext: { Flow: 'x' } },
  response: { CiphertextBlob: 'AQID', KeyId: keyArn },
  serial: 2,
};
const granted: FlowAnswer = { status: 200, request: {}, response: { GrantToken: 'token-1', GrantId: 'g1' }, serial: 3 };

describe('a flow step’s prefill', () => {
  it('starts from the step’s fixed members and waits for the steps it reads', () => {
    const prefill = stepPrefill(encrypt, fieldsOf('Encrypt'), steps, {});
    expect(prefill.body).toEqual({ Plaintext: 'SGk=', EncryptionContext: { Flow: 'x' } });
    expect(prefill.waitingFor).toEqual([1]);
    expect(prefill.filled).toEqual([]);
  });

  it('takes a key id from CreateKey’s KeyMetadata once step 1 has answered', () => {
    const prefill = stepPrefill(encrypt, fieldsOf('Encrypt'), steps, { create: created });
    expect(prefill.body.KeyId).toBe('aaaaaaaa-1111-2222-3333-444444444444');
    expect(prefill.waitingFor).toEqual([]);
    expect(describeFilled(prefill.filled)).toBe("KeyId ← step 1's KeyId");
  });

  it('brings a ciphertext’s encryption context along, replacing the context the step started with', () => {
    const prefill = stepPrefill(decrypt, fieldsOf('Decrypt'), steps, { create: created, encrypt: encrypted, grant: granted });
    expect(prefill.body).toEqual({ CiphertextBlob: 'AQID', EncryptionContext: { Flow: 'x' }, GrantTokens: ['token-1'] });
    expect(describeFilled(prefill.filled)).toBe("CiphertextBlob ← step 2's CiphertextBlob, with its encryption context; GrantTokens ← step 3's GrantToken");
  });

  it('adds a grant token to the GrantTokens list rather than replacing the list with a string', () => {
    const prefill = stepPrefill(decrypt, fieldsOf('Decrypt'), steps, { grant: granted });
    expect(prefill.body.GrantTokens).toEqual(['token-1']);
    expect(prefill.waitingFor).toEqual([2]);
  });

  it('reads a member of an earlier step’s request, and the key ARN for a caller of another account', () => {
    const prefill = stepPrefill(again, fieldsOf('Encrypt'), steps, { create: created, encrypt: encrypted });
    expect(prefill.body).toEqual({ Plaintext: 'SGk=', KeyId: keyArn });
    expect(describeFilled(prefill.filled)).toBe("Plaintext ← step 2's request Plaintext; KeyId ← step 1's Arn");
  });

  it('changes its key when a step it reads answers again, so the tester is filled again', () => {
    const first = stepPrefill(grant, fieldsOf('CreateGrant'), steps, { create: created });
    const second = stepPrefill(grant, fieldsOf('CreateGrant'), steps, { create: { ...created, serial: 9 } });
    const unrelated = stepPrefill(grant, fieldsOf('CreateGrant'), steps, { create: created, encrypt: encrypted });
    expect(second.key).not.toBe(first.key);
    expect(unrelated.key).toBe(first.key);
    expect(stepPrefill(create, fieldsOf('CreateKey'), steps, {}).key).toBe('');
  });

  it('waits on a step that failed, since a failure carries no outputs', () => {
    const failed: FlowAnswer = { status: 400, errorType: 'NotFoundException', request: {}, response: { __type: 'NotFoundException', message: 'x' }, serial: 4 };
    expect(stepPrefill(encrypt, fieldsOf('Encrypt'), steps, { create: failed }).waitingFor).toEqual([1]);
  });

  it('says what it will take from earlier steps before they answer', () => {
    expect(describeFill(decrypt, steps)).toBe("CiphertextBlob ← step 2's CiphertextBlob, with its encryption context; GrantTokens ← step 3's GrantToken");
    expect(describeFill(create, steps)).toBe('');
  });
});
