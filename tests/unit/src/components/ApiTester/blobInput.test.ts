import { describe, expect, it } from 'vitest';
import { operationSpecs } from '../../../../../mock-server';
import type { OperationName } from '../../../../../mock-server';
import { blobView, defaultBlobMode, switchBlobMode, typedBlobInput } from '../../../../../src/components/ApiTester/model/blobInput';
import { fieldDefs } from '../../../../../src/components/ApiTester/model/fieldDefs';
import { initialTesterState } from '../../../../../src/components/ApiTester/state/initialTesterState';
import { requestToSend } from '../../../../../src/components/ApiTester/state/requestToSend';
import type { TesterAction } from '../../../../../src/components/ApiTester/state/TesterAction';
import { testerReducer } from '../../../../../src/components/ApiTester/state/testerReducer';
import type { TesterState } from '../../../../../src/components/ApiTester/state/TesterState';
import { visibleErrors } from '../../../../../src/components/ApiTester/state/visibleErrors';
import type { JsonObject } from '../../../../../src/json/JsonValue';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const fieldsOf = (operation: OperationName) =>
  fieldDefs(
    operationSpecs[operation].input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
    operationSpecs[operation],
  );
const start = (operation: OperationName, example?: JsonObject): TesterState => initialTesterState(operation, fieldsOf(operation), example);
const run = (state: TesterState, ...actions: readonly TesterAction[]): TesterState => actions.reduce(testerReducer, state);
const sent = (state: TesterState) => requestToSend(state);
const plaintextView = (state: TesterState) => {
  const value = state.form.values.Plaintext;
  return blobView('Plaintext', value?.kind === 'text' ? value.text : '', state.blobInputs.Plaintext);
};

describe('blob field modes', () => {
  it('start as Text for Plaintext and Message, Base64 for the other blobs', () => {
    expect(['Plaintext', 'Message', 'CiphertextBlob', 'Signature', 'PublicKey'].map(defaultBlobMode)).toEqual(['text', 'text', 'base64', 'base64', 'base64']);
  });

  it('show an example’s base64 Plaintext as the text it encodes', () => {
    expect(plaintextView(start('Encrypt', { KeyId: keyId, Plaintext: 'SGVsbG8sIFFLTVMh' }))).toMatchObject({ mode: 'text', text: 'Hello, QKMS!', byteCount: 12 });
  });

  it('show a Plaintext that is not UTF-8 as Base64 and say why', () => {
    expect(plaintextView(start('Encrypt', { Plaintext: '//4=' }))).toEqual({
      mode: 'base64',
      text: '//4=',
      byteCount: 2,
      note: 'Shown as Base64: these 2 bytes are not UTF-8 text; Base64 or Hex shows them.',
    });
  });

  it('send typed text as its base64, and the JSON editor shows the base64', () => {
    const state = run(start('Encrypt', { KeyId: keyId }), { type: 'edit-blob', name: 'Plaintext', mode: 'text', text: 'Hello' });
    expect(sent(state)).toMatchObject({ body: { KeyId: keyId, Plaintext: 'SGVsbG8=' }, refused: false });
    expect(run(state, { type: 'switch-mode', mode: 'json' }).jsonText).toContain('"Plaintext": "SGVsbG8="');
  });

  it('send hex as the bytes it spells', () => {
    const state = run(start('Encrypt', { KeyId: keyId }), { type: 'set-blob-mode', name: 'Plaintext', mode: 'hex' }, { type: 'edit-blob', name: 'Plaintext', mode: 'hex', text: '48 65 6c 6c 6f' });
    expect(sent(state).body).toEqual({ KeyId: keyId, Plaintext: 'SGVsbG8=' });
  });

  it('convert the value when switching modes, and back without losing a byte', () => {
    let state = run(start('Encrypt'), { type: 'edit-blob', name: 'Plaintext', mode: 'text', text: 'Hi' }, { type: 'set-blob-mode', name: 'Plaintext', mode: 'hex' });
    expect(plaintextView(state)).toMatchObject({ mode: 'hex', text: '4869' });
    state = run(state, { type: 'set-blob-mode', name: 'Plaintext', mode: 'base64' });
    expect(plaintextView(state)).toMatchObject({ mode: 'base64', text: 'SGk=' });
    state = run(state, { type: 'set-blob-mode', name: 'Plaintext', mode: 'text' });
    expect(plaintextView(state)).toMatchObject({ mode: 'text', text: 'Hi' });
    expect(sent(state).body).toEqual({ Plaintext: 'SGk=' });
  });

  it('stay in Hex and say why when the bytes are not UTF-8 text', () => {
    const state = run(start('Encrypt'), { type: 'set-blob-mode', name: 'Plaintext', mode: 'hex' }, { type: 'edit-blob', name: 'Plaintext', mode: 'hex', text: 'fffe' }, { type: 'set-blob-mode', name: 'Plaintext', mode: 'text' });
    expect(plaintextView(state)).toMatchObject({ mode: 'hex', text: 'fffe', note: 'Still Hex: these 2 bytes are not UTF-8 text; Base64 or Hex shows them.' });
  });

  it('stop Send on hex that does not parse, with a message naming the mode on the field', () => {
    const state = run(start('Encrypt', { KeyId: keyId }), { type: 'set-blob-mode', name: 'Plaintext', mode: 'hex' }, { type: 'edit-blob', name: 'Plaintext', mode: 'hex', text: 'abc' }, { type: 'block-send' });
    expect(sent(state).refused).toBe(true);
    expect(visibleErrors(state)?.byField.Plaintext).toEqual(['not valid hex: odd number of digits']);
  });

  it('keep the mode when a value arrives from elsewhere, showing the new value in it', () => {
    const state = run(
      start('Decrypt'),
      { type: 'set-blob-mode', name: 'CiphertextBlob', mode: 'hex' },
      { type: 'apply-output', field: 'CiphertextBlob', value: 'AQID', label: 'the ciphertext' },
    );
    const value = state.form.values.CiphertextBlob;
    expect(blobView('CiphertextBlob', value?.kind === 'text' ? value.text : '', state.blobInputs.CiphertextBlob)).toMatchObject({ mode: 'hex', text: '010203' });
  });

  it('take a file’s bytes as the value and show its name', () => {
    const state = run(start('Encrypt'), { type: 'set-blob-mode', name: 'Plaintext', mode: 'file' }, { type: 'load-blob-file', name: 'Plaintext', fileName: 'secret.bin', base64: '//4=' });
    expect(plaintextView(state)).toMatchObject({ mode: 'file', text: 'secret.bin', byteCount: 2 });
    expect(sent(state).body).toEqual({ Plaintext: '//4=' });
  });

  it('send text that is not base64 as typed in Base64 mode, for the server to refuse', () => {
    expect(typedBlobInput('base64', 'not base64')).toEqual({ mode: 'base64', text: 'not base64', wire: 'not base64' });
    expect(switchBlobMode('CiphertextBlob', 'not base64', typedBlobInput('base64', 'not base64'), 'hex')).toMatchObject({ mode: 'base64', note: expect.stringMatching(/^Still Base64: fix the value first \(not valid base64/) });
  });
});
