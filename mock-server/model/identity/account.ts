/** The one account of the sandbox; every seeded key belongs to it. */
export const SANDBOX_ACCOUNT = '111122223333';
export const ARN_PARTITION = 'verenc';

export const keyArn = (account: string, keyId: string) => `arn:${ARN_PARTITION}:${account}:key/${keyId}`;
export const aliasArn = (account: string, aliasName: string) =>
  `arn:${ARN_PARTITION}:${account}:${aliasName}`;
export const rootPrincipal = (account: string) => `arn:${ARN_PARTITION}:${account}:root`;
