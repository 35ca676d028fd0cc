import type { Qkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { b64, call } from './call';

/** The KeyMetadata of a CreateKey answer. */
export interface Metadata {
  readonly KeyId: string;
  readonly [member: string]: unknown;
}

/** Creates a key, failing loudly when CreateKey refuses. */
export async function create(qkms: Qkms, body: object = {}): Promise<Metadata> {
  const reply = await call(qkms, 'CreateKey', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body.KeyMetadata as Metadata;
}

/** A principal of another account than the sandbox's, with no access until a grant gives it some. */
export const PARTNER = 'arn:verenc:444455556666:role/Partner';
export const asPartner = { 'X-Qkms-Caller': PARTNER };

/** Creates a grant, failing loudly when CreateGrant refuses. */
export async function grant(qkms: Qkms, body: object): Promise<{ GrantId: string; GrantToken: string }> {
  const reply = await call(qkms, 'CreateGrant', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body as { GrantId: string; GrantToken: string };
}

/** The ciphertext of 're-encrypt me' under the example key, bound to `context`. */
export async function encrypted(qkms: Qkms, context: Record<string, string> = { Department: 'Finance' }): Promise<string> {
  const reply = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('re-encrypt me'), EncryptionContext: context });
  return String(reply.body.CiphertextBlob);
}
