import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server';
import type { OperationName } from '../../../../../mock-server';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { describeResponse } from '../../../../../src/components/ApiTester/model/readResponse';
import { initialTesterState } from '../../../../../src/components/ApiTester/state/initialTesterState';
import { requestToSend } from '../../../../../src/components/ApiTester/state/requestToSend';
import type { TesterAction } from '../../../../../src/components/ApiTester/state/TesterAction';
import { testerReducer } from '../../../../../src/components/ApiTester/state/testerReducer';
import type { TesterState } from '../../../../../src/components/ApiTester/state/TesterState';
import { visibleErrors } from '../../../../../src/components/ApiTester/state/visibleErrors';
import { requestSignature, responseStaleness } from '../../../../../src/components/ApiTester/state/responseStaleness';
import { summaryProblems } from '../../../../../src/components/ApiTester/state/summaryProblems';
import type { JsonObject } from '../../../../../src/json/JsonValue';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const otherKeyId = '0987dcba-09fe-87dc-65ba-ab0987654321';

const fieldsOf = (operation: OperationName) =>
  fieldDefs(
    operationSpecs[operation].input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
    operationSpecs[operation],
  );

const start = (operation: OperationName, example?: JsonObject): TesterState => initialTesterState(operation, fieldsOf(operation), example);
const run = (state: TesterState, ...actions: readonly TesterAction[]): TesterState => actions.reduce(testerReducer, state);
const body = (state: TesterState): JsonObject | undefined => requestToSend(state).body;

describe('a new tester', () => {
  it('starts in the form with the page’s first example filled in', () => {
    const state = start('Encrypt', { KeyId: keyId, Plaintext: 'SGk=', EncryptionContext: { Department: 'Finance' } });
    expect(state.mode).toBe('form');
    expect(body(state)).toEqual({ KeyId: keyId, Plaintext: 'SGk=', EncryptionContext: { Department: 'Finance' } });
    expect(state).toMatchObject({ blocked: false, sending: false, showValidation: false, caller: { kind: 'admin' } });
  });

  it('starts empty when the page has no example', () => {
    expect(body(start('Encrypt'))).toEqual({});
  });

  it('takes the page’s first example when it registers after the tester rendered (a client-side navigation)', () => {
    const state = run(start('Encrypt'), { type: 'prefill-example', body: { KeyId: keyId, Plaintext: 'SGk=' } });
    expect(body(state)).toEqual({ KeyId: keyId, Plaintext: 'SGk=' });
    expect(state.notice).toBeUndefined();
  });

  it('keeps what the reader typed when the example registers late', () => {
    const typed = run(start('Encrypt'), { type: 'edit-field', name: 'KeyId', edit: { type: 'text', text: otherKeyId } });
    expect(body(run(typed, { type: 'prefill-example', body: { KeyId: keyId } }))).toEqual({ KeyId: otherKeyId });
    const filled = start('Encrypt', { KeyId: otherKeyId });
    expect(body(run(filled, { type: 'prefill-example', body: { KeyId: keyId } }))).toEqual({ KeyId: otherKeyId });
  });
});

describe('editing', () => {
  it('edits a field’s text', () => {
    const state = run(start('Encrypt'), { type: 'edit-field', name: 'KeyId', edit: { type: 'text', text: keyId } });
    expect(body(state)).toEqual({ KeyId: keyId });
  });

  it('adds, fills and removes map rows with ids from state, so the same actions give the same state', () => {
    const actions: TesterAction[] = [
      { type: 'edit-field', name: 'EncryptionContext', edit: { type: 'add-row' } },
      { type: 'edit-field', name: 'EncryptionContext', edit: { type: 'add-row' } },
    ];
    const twoRows = run(start('Encrypt'), ...actions);
    expect(run(start('Encrypt'), ...actions)).toEqual(twoRows);
    const value = twoRows.form.values.EncryptionContext;
    if (value?.kind !== 'map') throw new Error('EncryptionContext is a map');
    const [first, second] = value.rows;
    expect(second.id).toBeGreaterThan(first.id);
    expect(twoRows.lastRowId).toBe(second.id);
    const filled = run(
      twoRows,
      { type: 'edit-field', name: 'EncryptionContext', edit: { type: 'row', id: first.id, key: 'Department', value: 'Finance' } },
      { type: 'edit-field', name: 'EncryptionContext', edit: { type: 'remove-row', id: second.id } },
    );
    expect(body(filled)).toEqual({ EncryptionContext: { Department: 'Finance' } });
  });

  it('ignores edits to fields the form does not have', () => {
    const state = start('Encrypt');
    expect(run(state, { type: 'edit-field', name: 'Nope', edit: { type: 'text', text: 'x' } })).toBe(state);
  });

  it('never changes the state it is given', () => {
    const state = start('Encrypt', { KeyId: keyId });
    const before = JSON.stringify(state);
    run(state, { type: 'edit-field', name: 'KeyId', edit: { type: 'text', text: 'x' } }, { type: 'switch-mode', mode: 'json' }, { type: 'block-send' });
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('form and JSON modes', () => {
  it('carries the body into the JSON editor, pretty-printed', () => {
    const state = run(start('Encrypt', { KeyId: keyId }), { type: 'switch-mode', mode: 'json' });
    expect(state.mode).toBe('json');
    expect(state.jsonText).toBe(JSON.stringify({ KeyId: keyId }, null, 2));
  });

  it('flags JSON that does not parse as it is typed, and clears the flag once it does', () => {
    const json = run(start('Encrypt'), { type: 'switch-mode', mode: 'json' });
    const broken = run(json, { type: 'edit-json', text: '{"KeyId":' });
    expect(broken.jsonError).toMatch(/^Not valid JSON/);
    expect(run(broken, { type: 'edit-json', text: '[1]' }).jsonError).toMatch(/must be a JSON object/);
    expect(run(broken, { type: 'edit-json', text: '{"KeyId": "k"}' }).jsonError).toBeUndefined();
  });

  it('stays in JSON mode, saying why, when the text cannot go back into the form', () => {
    const state = run(start('Encrypt'), { type: 'switch-mode', mode: 'json' }, { type: 'edit-json', text: '{' }, { type: 'switch-mode', mode: 'form' });
    expect(state.mode).toBe('json');
    expect(state.jsonError).toMatch(/Fix it to switch back to the form\.$/);
  });

  it('brings typed JSON back into the form, keeping members the form cannot show', () => {
    const state = run(
      start('Encrypt'),
      { type: 'switch-mode', mode: 'json' },
      { type: 'edit-json', text: '{"KeyId": "k", "Unknown": [1, 2]}' },
      { type: 'switch-mode', mode: 'form' },
    );
    expect(state.mode).toBe('form');
    expect(Object.keys(state.form.extra)).toEqual(['Unknown']);
    expect(body(state)).toEqual({ KeyId: 'k', Unknown: [1, 2] });
  });
});

describe('loading a body (Try it, Fill example)', () => {
  it('fills the open editor, says so and clears a stopped send', () => {
    const example = { KeyId: keyId, Plaintext: 'SGk=' };
    const blocked = run(start('Encrypt'), { type: 'block-send' });
    const form = run(blocked, { type: 'load-body', body: example, notice: 'Loaded.' });
    expect(body(form)).toEqual(example);
    expect(form).toMatchObject({ blocked: false, notice: 'Loaded.' });
    const json = run(blocked, { type: 'switch-mode', mode: 'json' }, { type: 'edit-json', text: '{' }, { type: 'load-body', body: example, notice: 'Loaded.' });
    expect(json.jsonText).toBe(JSON.stringify(example, null, 2));
    expect(json.jsonError).toBeUndefined();
  });
});

describe('Use as …', () => {
  it('puts a key id into a field and a grant token into the list once', () => {
    const keyed = run(start('ReEncrypt'), { type: 'apply-output', field: 'DestinationKeyId', value: otherKeyId, label: 'key' });
    expect(body(keyed)).toEqual({ DestinationKeyId: otherKeyId });
    expect(keyed.notice).toBe('Put key into DestinationKeyId.');
    const token = { type: 'apply-output', field: 'GrantTokens', value: 'T', label: 'GrantToken' } as const;
    expect(body(run(keyed, token, token))).toEqual({ DestinationKeyId: otherKeyId, GrantTokens: ['T'] });
  });

  it('sets a ciphertext’s encryption context and key along with it', () => {
    const state = run(start('Decrypt', { CiphertextBlob: 'old', KeyId: keyId, EncryptionContext: { Stale: 'yes' } }), {
      type: 'apply-output',
      field: 'CiphertextBlob',
      value: 'new',
      label: 'CiphertextBlob from Encrypt',
      binding: { keyId: otherKeyId, context: { Department: 'Finance' } },
    });
    expect(body(state)).toEqual({ CiphertextBlob: 'new', KeyId: otherKeyId, EncryptionContext: { Department: 'Finance' } });
    expect(state.notice).toBe('Put CiphertextBlob from Encrypt into CiphertextBlob. Its encryption context went in too (Department=Finance).');
    const bare = run(start('Decrypt', { EncryptionContext: { Stale: 'yes' } }), {
      type: 'apply-output',
      field: 'CiphertextBlob',
      value: 'new',
      label: 'c',
      binding: { context: {} },
    });
    expect(body(bare)).toEqual({ CiphertextBlob: 'new' });
    expect(bare.notice).toMatch(/made without an encryption context, so none is sent\.$/);
  });

  it('sets the members a value goes with, and says so with any note', () => {
    const state = run(start('Verify', { KeyId: keyId, Message: 'b2xk', SigningAlgorithm: 'RSASSA_PSS_SHA_256' }), {
      type: 'apply-output',
      field: 'Signature',
      value: 'c2ln',
      label: 'Signature from Sign',
      also: { MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256', KeyId: otherKeyId },
      note: 'Enter the Message yourself.',
    });
    expect(body(state)).toEqual({ KeyId: otherKeyId, Message: 'b2xk', MessageType: 'RAW', Signature: 'c2ln', SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(state.notice).toBe('Put Signature from Sign into Signature. Also set MessageType, SigningAlgorithm, KeyId to match it. Enter the Message yourself.');
  });

  it('refuses to insert into JSON that does not parse', () => {
    const state = run(start('Decrypt'), { type: 'switch-mode', mode: 'json' }, { type: 'edit-json', text: '{' });
    const after = run(state, { type: 'apply-output', field: 'CiphertextBlob', value: 'new', label: 'CiphertextBlob from Encrypt' });
    expect(after.jsonText).toBe('{');
    expect(after.jsonError).toMatch(/Fix it to insert CiphertextBlob from Encrypt\.$/);
  });
});

describe('sending', () => {
  it('is refused with the problems shown next to the fields (an empty field is left out, so missing), and counts them', () => {
    const state = start('Encrypt', { KeyId: '', Plaintext: 'SGk=' });
    expect(requestToSend(state).refused).toBe(true);
    expect(visibleErrors(state)).toBeUndefined();
    const blocked = run(state, { type: 'block-send' });
    expect(blocked).toMatchObject({ blocked: true, showValidation: true });
    const errors = visibleErrors(blocked);
    expect(errors?.byField.KeyId).toEqual(['Member must not be null']);
    expect(summaryProblems(blocked, errors)).toEqual([{ field: 'KeyId', message: 'Member must not be null', targetId: 'tester-Encrypt-KeyId' }]);
  });

  it('is refused for a typed caller ARN that is not one, which counts as a problem', () => {
    const state = run(start('DescribeKey', { KeyId: keyId }), { type: 'set-caller', caller: { kind: 'other', otherArn: 'nope' } }, { type: 'block-send' });
    expect(requestToSend(state).refused).toBe(true);
    expect(summaryProblems(state, visibleErrors(state)).map((problem) => problem.field)).toEqual(['Caller']);
  });

  it('sends the JSON editor’s text as typed, and shows its parse error when stopped', () => {
    const state = run(start('Encrypt'), { type: 'switch-mode', mode: 'json' }, { type: 'edit-json', text: '{"KeyId": ' });
    expect(requestToSend(state)).toEqual({ bodyText: '{"KeyId": ', refused: true });
    expect(run(state, { type: 'block-send' }).jsonError).toMatch(/^Not valid JSON/);
  });

  it('keeps the fault and caller for the request', () => {
    const state = run(start('Encrypt'), { type: 'set-fault', fault: 'KMSInternalException' }, { type: 'set-caller', caller: { kind: 'partner', otherArn: '' } });
    expect(state).toMatchObject({ fault: 'KMSInternalException', caller: { kind: 'partner' } });
    expect(run(state, { type: 'set-fault', fault: undefined }).fault).toBeUndefined();
  });

  it('records the response, or the sandbox’s failure', () => {
    const response = describeResponse(200, 'OK', new Headers({ 'Content-Type': 'application/x-amz-json-1.1' }), '{"KeyId":"k"}', 2.5);
    const sending = run(start('Encrypt'), { type: 'block-send' }, { type: 'start-send' });
    expect(sending).toMatchObject({ sending: true, blocked: false, notice: undefined });
    const answered = run(sending, { type: 'receive-response', response });
    expect(answered).toMatchObject({ sending: false, response: { status: 200, body: { KeyId: 'k' } } });
    const failed = run(answered, { type: 'start-send' }, { type: 'fail-send', message: 'boom' });
    expect(failed).toMatchObject({ sending: false, response: undefined, sendFailure: 'boom' });
  });
});

it('is plain JSON after any session, so history and share links can store it', () => {
  const response = describeResponse(400, '', new Headers({ 'x-amzn-requestid': 'r' }), '{"__type":"NotFoundException","message":"m"}', 1);
  const state = run(
    start('ReEncrypt', { CiphertextBlob: 'AQ==', DestinationKeyId: otherKeyId, SourceEncryptionContext: { A: 'b' } }),
    { type: 'edit-field', name: 'GrantTokens', edit: { type: 'add-row' } },
    { type: 'set-fault', fault: 'DependencyTimeoutException' },
    { type: 'set-caller', caller: { kind: 'other', otherArn: 'arn:verenc:444455556666:user/Alice' } },
    { type: 'block-send' },
    { type: 'start-send' },
    { type: 'receive-response', response },
    { type: 'switch-mode', mode: 'json' },
    { type: 'edit-json', text: '{"Extra": {"nested": [true, null, 1.5]}}' },
  );
  const copy: unknown = JSON.parse(JSON.stringify(state));
  expect(copy).toEqual(state);
  expect(run(state, { type: 'switch-mode', mode: 'form' }).form.extra).toEqual({ Extra: { nested: [true, null, 1.5] } });
});

describe('the error summary', () => {
  it('lists each problem with its field name and the id of the control to focus', () => {
    const state = run(start('Encrypt', { Plaintext: 'SGk=' }), { type: 'block-send' });
    expect(summaryProblems(state, visibleErrors(state))).toEqual([
      { field: 'KeyId', message: 'Member must not be null', targetId: 'tester-Encrypt-KeyId' },
    ]);
  });

  it('points at the JSON editor in JSON mode, and names the caller when its ARN is not one', () => {
    const state = run(
      start('Encrypt', { Plaintext: 'SGk=' }),
      { type: 'switch-mode', mode: 'json' },
      { type: 'set-caller', caller: { kind: 'other', otherArn: 'nope' } },
      { type: 'block-send' },
    );
    const problems = summaryProblems(state, visibleErrors(state));
    expect(problems.map((problem) => [problem.field, problem.targetId])).toEqual([
      ['KeyId', 'tester-Encrypt-json'],
      ['Caller', 'tester-Encrypt-caller-arn'],
    ]);
  });
});

describe('a response on screen', () => {
  const sent = (state: TesterState): TesterState => run(state, { type: 'start-send' }, { type: 'note-sent-request', signature: requestSignature(state) });
  const answered = (state: TesterState): TesterState =>
    run(sent(state), { type: 'receive-response', response: describeResponse(200, 'OK', new Headers(), '{}', 1) });

  it('answers the request in the editor until the request changes', () => {
    const state = answered(start('DescribeKey', { KeyId: keyId }));
    expect(responseStaleness(state)).toBeUndefined();
    expect(responseStaleness(run(state, { type: 'switch-mode', mode: 'json' }))).toBeUndefined();
    const edited = run(state, { type: 'edit-field', name: 'KeyId', edit: { type: 'text', text: otherKeyId } });
    expect(responseStaleness(edited)).toBe('This response is for an earlier request: the request has changed since it was sent.');
    expect(responseStaleness(run(state, { type: 'set-caller', caller: { kind: 'partner', otherArn: '' } }))).toMatch(/has changed/);
  });

  it('is for an earlier request once validation stops a send', () => {
    const state = run(answered(start('DescribeKey', { KeyId: keyId })), { type: 'edit-field', name: 'KeyId', edit: { type: 'text', text: '' } }, { type: 'block-send' });
    expect(responseStaleness(state)).toMatch(/^This response is for an earlier request: the last Send was stopped/);
  });
});

describe('a notice about the request', () => {
  it('shows without changing the request', () => {
    const before = start('Encrypt', { KeyId: keyId });
    const after = run(before, { type: 'show-notice', notice: 'This share link cannot be opened.' });
    expect(after.notice).toBe('This share link cannot be opened.');
    expect(body(after)).toEqual(body(before));
  });
});
