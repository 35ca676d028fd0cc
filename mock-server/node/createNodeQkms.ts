import { createQkms, type Qkms, type QkmsOptions } from '../index';
import { nodeCryptoEngine } from './nodeCryptoEngine';

/** The backend as the Node server runs it: createQkms with node:crypto's primitives (see nodeCryptoEngine). */
export function createNodeQkms(options: Omit<QkmsOptions, 'cryptoEngine'> = {}): Qkms {
  return createQkms({ ...options, cryptoEngine: nodeCryptoEngine });
}
