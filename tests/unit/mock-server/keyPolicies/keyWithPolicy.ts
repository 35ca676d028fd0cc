import type { Qkms } from '../../../../mock-server';
import { create, type Metadata } from '../support/fixtures';

export const ADMIN_STATEMENT = {
  Sid: 'Admin',
  Effect: 'Allow',
  Principal: { AWS: 'arn:verenc:111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};

/** A key policy: the account admin may do everything, plus the given statements. */
export const policyWith = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: [ADMIN_STATEMENT, ...statements] });

/** Creates a key (with `body`'s other members) under policyWith(statements). */
export function keyWithPolicy(qkms: Qkms, statements: readonly object[], body: object = {}): Promise<Metadata> {
  return create(qkms, { ...body, Policy: policyWith(...statements) });
}
