import { createQkms, type Qkms, type QkmsOptions } from '../index';
import { nodeAesGcm } from './nodeAesGcm';

/** The backend as the Node server runs it: createQkms with node:crypto's AES-GCM (see nodeAesGcm). */
export function createNodeQkms(options: Omit<QkmsOptions, 'aesGcm'> = {}): Qkms {
  return createQkms({ ...options, aesGcm: nodeAesGcm });
}
