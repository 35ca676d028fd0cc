import type { Bytes } from '../spec/Bytes';
import { toHex } from './hex';

const utf8 = new TextEncoder();

/**
 * The KeyMaterialId of imported material. KMS derives it from the key and the material, so importing the
 * same material again gives the same id and other material another one; HMAC-SHA-256 keyed with the
 * material does that without the id revealing anything about the material.
 */
export async function importedMaterialId(keyId: string, material: Bytes): Promise<string> {
  const key = await crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(`QKMS imported key material/${keyId}`))));
}
