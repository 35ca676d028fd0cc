import { describe, expect, it } from 'vitest';
import { handOffRequest, takeHandoff } from '../../../../../../src/components/ApiTester/history/requestHandoff';
import { saveRequest } from '../../../../../../src/components/ApiTester/model/savedRequest';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('a history entry handed to its operation’s page', () => {
  const request = saveRequest('DescribeKey', { KeyId: keyId }, { kind: 'admin', otherArn: '' }, undefined);

  it('is taken once by a tester of that operation', () => {
    const storage = memoryStorage();
    handOffRequest(storage, { request, send: true });
    expect(takeHandoff(storage, 'DescribeKey')).toEqual({ request, send: true });
    expect(takeHandoff(storage, 'DescribeKey')).toBeUndefined();
  });

  it('is left for its own page by a tester of another operation', () => {
    const storage = memoryStorage();
    handOffRequest(storage, { request, send: false });
    expect(takeHandoff(storage, 'Encrypt')).toBeUndefined();
    expect(takeHandoff(storage, 'DescribeKey')).toEqual({ request, send: false });
  });

  it('is ignored when the stored text is not a request', () => {
    const storage = memoryStorage();
    storage.setItem('qkms-history-handoff', '{"request":');
    expect(takeHandoff(storage, 'DescribeKey')).toBeUndefined();
  });
});
