import { materialSealer } from '../crypto/materialSealer';
import { refuseKeyStoreRotation } from '../model/keyStores/refuseKeyStoreRotation';
import { usableKey } from '../model/keys/usableKey';
import { withNewMaterial } from '../model/keys/withNewMaterial';
import { limitExceeded, unsupportedOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** AWS's cap on on-demand rotations of one key (AWS KMS Developer Guide, "Rotate keys on demand"). */
export const ON_DEMAND_ROTATION_LIMIT = 25;

/** Appends a material version: new encryptions use it, old ciphertexts still name theirs. */
export const rotateKeyOnDemand: Operation<'RotateKeyOnDemand'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'RotateKeyOnDemand', symmetricOnly: true });
  if (key.Origin === 'EXTERNAL') {
    throw unsupportedOperation(`${key.Arn} has imported key material (Origin EXTERNAL); QKMS does not rotate imported key material.`);
  }
  refuseKeyStoreRotation(key);
  const onDemand = key.rotations.filter((rotation) => rotation.rotationType === 'ON_DEMAND').length;
  if (onDemand >= ON_DEMAND_ROTATION_LIMIT) {
    throw limitExceeded(
      `${key.Arn} has been rotated on demand ${onDemand} times, the most a key allows (${ON_DEMAND_ROTATION_LIMIT}).`,
    );
  }
  // An on-demand rotation leaves the automatic schedule as it was, as in AWS KMS.
  await ctx.store.put('keys', key.KeyId, await withNewMaterial(key, 'ON_DEMAND', ctx.now().getTime(), ctx.random, await materialSealer(ctx.store)));
  return { KeyId: key.Arn };
};
