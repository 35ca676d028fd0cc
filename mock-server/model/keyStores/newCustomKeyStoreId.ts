import { toHex } from '../../crypto/hex';
import type { Context } from '../../wire/Context';

/** A custom key store id in AWS's form: cks- and 17 lower-case hex digits. */
export const newCustomKeyStoreId = (ctx: Context): string => `cks-${toHex(ctx.random(9)).slice(0, 17)}`;
