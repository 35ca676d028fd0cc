/**
 * The sandbox seed every fresh backend starts with, for every suite (unit, docs, node). Tests name the seed
 * rather than discover it, so a change to the seed fails them instead of passing silently.
 */
export const ACCOUNT = '111122223333';
export const EXAMPLE_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const SECOND_KEY_ID = '0987dcba-09fe-87dc-65ba-ab0987654321';
/** The seeded ECC_NIST_P256 KEY_AGREEMENT key. */
export const AGREEMENT_KEY_ID = '5ca1ab1e-ecd4-4a9e-8d5e-1234567890ab';
/** Every seeded key, in the order ListKeys lists them. */

export const SIGNING_KEY_ID = '5a1e7c3d-9b2f-4e6a-8c0d-1f2e3d4c5b6a';
export const MAC_KEY_ID = '7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a';
/** The seeded RSA_2048 ENCRYPT_DECRYPT key, whose pair is published in mock-server/sandbox/exampleRsaKey.ts. */
export const RSA_KEY_ID = 'e5a0c3b1-2d4f-4a6b-8c9d-0e1f2a3b4c5d';
/** The seeded key for imported material (Origin EXTERNAL, PendingImport), with import parameters (mock-server/sandbox/exampleImport.ts). */
export const IMPORT_KEY_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
/** The seeded symmetric encryption key in the example AWS CloudHSM key store. */
export const CLOUDHSM_KEY_ID = 'c5d6e7f8-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
export const SEEDED_KEY_IDS = [EXAMPLE_KEY_ID, SECOND_KEY_ID, AGREEMENT_KEY_ID, SIGNING_KEY_ID, MAC_KEY_ID, RSA_KEY_ID, IMPORT_KEY_ID, CLOUDHSM_KEY_ID];
/** The seeded custom key stores: an AWS CloudHSM key store (CONNECTED, holding CLOUDHSM_KEY_ID) and an external one (DISCONNECTED). */
export const CLOUDHSM_KEY_STORE_ID = 'cks-0a1b2c3d4e5f60718';
export const EXTERNAL_KEY_STORE_ID = 'cks-9f8e7d6c5b4a30291';
export const keyArn = (keyId: string): string => `arn:verenc:${ACCOUNT}:key/${keyId}`;
export const EXAMPLE_ROLE = `arn:verenc:${ACCOUNT}:role/ExampleRole`;
export const SEEDED_GRANT_ID = '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a18';
export const SEEDED_GRANT_TOKEN =
  'AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNDkxOAF4';
export const KEY_ARN_PATTERN = /^arn:verenc:111122223333:key\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
