import { describe, expect, it } from 'vitest';
import { firstExample, loadExample, onExampleRegistered, registerExample, subscribeExamples } from '../../../../../src/components/ApiTester/exampleBus';
import type { ExampleLoad } from '../../../../../src/components/ApiTester/exampleBus';

describe('example bus', () => {
  it('keeps a load made before the tester mounts and delivers it on subscribe', () => {
    loadExample({ operation: 'Encrypt', body: { KeyId: 'early' } });
    const received: ExampleLoad[] = [];
    const unsubscribe = subscribeExamples('Encrypt', (load) => received.push(load));
    expect(received).toEqual([{ operation: 'Encrypt', body: { KeyId: 'early' } }]);
    unsubscribe();
    const again: ExampleLoad[] = [];
    subscribeExamples('Encrypt', (load) => again.push(load))();
    expect(again).toEqual([]);
  });

  it('delivers loads only to the tester of the same operation', () => {
    const decrypt: ExampleLoad[] = [];
    const unsubscribe = subscribeExamples('Decrypt', (load) => decrypt.push(load));
    loadExample({ operation: 'Decrypt', body: { CiphertextBlob: 'AQ==' } });
    loadExample({ operation: 'DescribeKey', body: { KeyId: 'k' } });
    expect(decrypt.map((load) => load.operation)).toEqual(['Decrypt']);
    unsubscribe();
  });

  it('answers "Fill example" with the first registered example of the operation', () => {
    const forgetFirst = registerExample('ReEncrypt', { DestinationKeyId: 'first' });
    const forgetSecond = registerExample('ReEncrypt', { DestinationKeyId: 'second' });
    registerExample('Encrypt', { KeyId: 'other' });
    expect(firstExample('ReEncrypt')).toEqual({ DestinationKeyId: 'first' });
    forgetFirst();
    expect(firstExample('ReEncrypt')).toEqual({ DestinationKeyId: 'second' });
    forgetSecond();
    expect(firstExample('ReEncrypt')).toBeUndefined();
  });

  it('tells a tester that rendered first when its operation’s first example registers', () => {
    const seen: unknown[] = [];
    const stop = onExampleRegistered('Sign', (body) => seen.push(body));
    const forgetOther = registerExample('Verify', { KeyId: 'verify' });
    const forgetFirst = registerExample('Sign', { KeyId: 'first' });
    const forgetSecond = registerExample('Sign', { KeyId: 'second' });
    expect(seen).toEqual([{ KeyId: 'first' }, { KeyId: 'first' }]);
    stop();
    registerExample('Sign', { KeyId: 'late' })();
    expect(seen).toHaveLength(2);
    forgetOther();
    forgetFirst();
    forgetSecond();
  });
});
