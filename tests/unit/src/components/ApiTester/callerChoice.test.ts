import { describe, expect, it } from 'vitest';
import { createQkms } from '../../../../../mock-server';
import { buildRequest } from '../../../../../src/components/ApiTester/model/buildRequest';
import {
  adminPrincipal,
  callerArnProblem,
  callerChoiceOf,
  callerHeaderValue,
  callerKind,
  callerNote,
  callerOptions,
  callerPrincipal,
  defaultCaller,
  partnerPrincipal,
} from '../../../../../src/components/ApiTester/model/callerChoice';
import type { CallerChoice } from '../../../../../src/components/ApiTester/model/callerChoice';

const other = (otherArn: string): CallerChoice => ({ kind: 'other', otherArn });
const keyArn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('the Caller options', () => {
  it('start with the account admin, then a role of another account, then a typed ARN', () => {
    expect(callerOptions.map((option) => option.label)).toEqual([
      'Account admin (arn:verenc:111122223333:root)',
      'Partner role in account 444455556666 (arn:verenc:444455556666:role/Partner)',
      'Other principal ARN…',
    ]);
    expect(defaultCaller.kind).toBe(callerOptions[0].kind);
  });

  it('maps select values back to options and refuses anything else', () => {
    expect(callerOptions.map((option) => callerKind(option.kind))).toEqual(['admin', 'partner', 'other']);
    expect(callerKind('root')).toBeUndefined();
  });
});

describe('the typed principal ARN check', () => {
  it.each([
    'arn:verenc:444455556666:root',
    'arn:verenc:444455556666:role/Partner',
    'arn:verenc:111122223333:user/Alice',
    'arn:verenc:444455556666:role/path/to/Worker',
    '  arn:verenc:444455556666:user/Bob  ',
  ])('accepts %s', (arn) => {
    expect(callerArnProblem(arn)).toBeUndefined();
  });

  it.each([
    'arn:verenc:44445555666:root',
    'arn:aws:444455556666:root',
    'arn:verenc:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:verenc:444455556666:role/',
    'arn:verenc:444455556666:group/Admins',
    '444455556666',
  ])('refuses %s with the expected shape', (arn) => {
    expect(callerArnProblem(arn)).toMatch(/^Not a principal ARN: expected arn:verenc:<12-digit account>:root/);
  });

  it('asks for an ARN when the box is empty', () => {
    expect(callerArnProblem('   ')).toMatch(/^Enter a principal ARN/);
  });

  it('agrees with the backend: what it accepts is never refused with ValidationException, and the reverse', async () => {
    const qkms = createQkms();
    const arns = ['arn:verenc:444455556666:user/Alice', 'arn:verenc:111122223333:role/x', 'arn:verenc:1:root', 'role/Partner'];
    for (const arn of arns) {
      const response = await qkms.fetch(buildRequest('DescribeKey', JSON.stringify({ KeyId: keyArn }), undefined, arn));
      const body = (await response.json()) as { readonly __type?: string };
      expect(body.__type === 'ValidationException', arn).toBe(callerArnProblem(arn) !== undefined);
    }
  });
});

describe('the X-Qkms-Caller header', () => {
  it('is left out for the account admin, so the default request matches a plain client byte for byte', () => {
    const chosen = buildRequest('Encrypt', '{}', undefined, callerHeaderValue(defaultCaller));
    const plain = buildRequest('Encrypt', '{}', undefined);
    expect([...chosen.headers]).toEqual([...plain.headers]);
    expect(chosen.headers.has('X-Qkms-Caller')).toBe(false);
  });

  it('carries the partner role, or the typed ARN without surrounding spaces, beside a chosen fault', () => {
    expect(callerHeaderValue({ kind: 'partner', otherArn: 'ignored' })).toBe(partnerPrincipal);
    expect(callerHeaderValue(other(' arn:verenc:444455556666:user/Bob '))).toBe('arn:verenc:444455556666:user/Bob');
    const request = buildRequest('Encrypt', '{}', 'KMSInternalException', partnerPrincipal);
    expect(request.headers.get('X-Qkms-Caller')).toBe(partnerPrincipal);
    expect(request.headers.get('X-Qkms-Sandbox-Fault')).toBe('KMSInternalException');
  });

  it('makes the partner a stranger to the sandbox keys until a grant lets it in', async () => {
    const qkms = createQkms();
    const asPartner = callerHeaderValue({ kind: 'partner', otherArn: '' });
    const body = JSON.stringify({ KeyId: keyArn, Plaintext: 'SGVsbG8sIFFLTVMh' });
    const encrypt = () => qkms.fetch(buildRequest('Encrypt', body, undefined, asPartner));
    const refused = (await (await encrypt()).json()) as { readonly __type?: string };
    expect(refused.__type).toBe('AccessDeniedException');
    const grant = JSON.stringify({ KeyId: keyArn, GranteePrincipal: partnerPrincipal, Operations: ['Encrypt', 'Decrypt'] });
    expect((await qkms.fetch(buildRequest('CreateGrant', grant, undefined, callerHeaderValue(defaultCaller)))).status).toBe(200);
    expect((await encrypt()).status).toBe(200);
  });
});

describe('the note beside the Caller select', () => {
  it('says nothing for the admin or an ARN that is not one yet', () => {
    expect(callerNote(defaultCaller)).toBeUndefined();
    expect(callerNote(other('arn:verenc:nope'))).toBeUndefined();
    expect(callerPrincipal(other('arn:verenc:nope'))).toBeUndefined();
  });

  it('tells another account it needs a grant and a key ARN, and the sandbox account that its policy allows it', () => {
    expect(callerNote({ kind: 'partner', otherArn: '' })).toMatch(/only through a grant or a key policy that names it, and must name them by key ARN/);
    expect(callerNote(other('arn:verenc:999988887777:root'))).toMatch(/only through a grant/);
    expect(callerNote(other('arn:verenc:111122223333:role/ExampleRole'))).toMatch(/default key policy allows it everything/);
    expect(callerPrincipal(defaultCaller)).toBe(adminPrincipal);
  });
});

describe("the caller an example is tried as", () => {
  const typed = { kind: 'other', otherArn: 'arn:verenc:111122223333:user/Typed' } as const;

  it('is the account admin for an example without X-Qkms-Caller, keeping the typed ARN', () => {
    expect(callerChoiceOf(undefined, typed)).toEqual({ kind: 'admin', otherArn: typed.otherArn });
  });

  it('is the partner option for the partner role, and Other principal with the ARN for anyone else', () => {
    expect(callerChoiceOf(partnerPrincipal, typed).kind).toBe('partner');
    expect(callerChoiceOf('arn:verenc:444455556666:root', typed)).toEqual({ kind: 'other', otherArn: 'arn:verenc:444455556666:root' });
  });
});
