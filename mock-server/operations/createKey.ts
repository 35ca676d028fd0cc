import { generateMaterial } from '../crypto/generateMaterial';
import { materialSealer } from '../crypto/materialSealer';
import { uuidFromRandom } from '../crypto/uuidBytes';
import { keyArn } from '../model/identity/account';
import { keyStoreForNewKey } from '../model/keyStores/keyStoreForNewKey';
import { checkNewKey } from '../model/keys/checkNewKey';
import { keyMetadata } from '../model/keys/keyMetadata';
import { usageProfile } from '../model/keys/keySpecs';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Operation } from '../wire/Operation';

export const createKey: Operation<'CreateKey'> = async (input, ctx) => {
  const { spec, usage } = checkNewKey(ctx, input);
  const keyStore = await keyStoreForNewKey(ctx, input);
  const profile = usageProfile(spec, usage);
  const KeyId = uuidFromRandom(ctx.random(16));
  const now = ctx.now().getTime();
  // A key for imported material (Origin EXTERNAL) has none until ImportKeyMaterial.
  const external = input.Origin === 'EXTERNAL';
  const materials = external ? [] : [await generateMaterial(spec, usage, 1, now, ctx.random, await materialSealer(ctx.store))];
  const key: KeyRecord = {
    KeyId,
    Arn: keyArn(ctx.callerAccount, KeyId),
    AWSAccountId: ctx.callerAccount,
    CreationDate: now,
    Description: input.Description ?? '',
    KeyUsage: usage,
    KeySpec: spec,
    KeyState: external ? 'PendingImport' : 'Enabled',
    Origin: keyStore === undefined ? (input.Origin ?? 'AWS_KMS') : keyStore.CustomKeyStoreType,
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    EncryptionAlgorithms: profile?.encryptionAlgorithms,
    SigningAlgorithms: profile?.signingAlgorithms,
    MacAlgorithms: profile?.macAlgorithms,
    KeyAgreementAlgorithms: profile?.keyAgreementAlgorithms,
    materials,
    rotations: [],
    tags: input.Tags ?? [],
    policy: input.Policy,
    CustomKeyStoreId: keyStore?.CustomKeyStoreId,
    XksKeyId: input.XksKeyId,
  };
  await ctx.store.put('keys', KeyId, key);
  return { KeyMetadata: keyMetadata(key, keyStore) };
};
