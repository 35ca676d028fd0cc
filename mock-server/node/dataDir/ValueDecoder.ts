import { rememberEncoding, TAG, type Encoded } from './encodeValue';
import { isEncodedObject, type EncodedObject } from './isEncodedObject';

/** Turns what encodeValue wrote back into the value; CryptoKeys are re-imported, once per distinct key. */
export class ValueDecoder {
  // The journal holds a record again with each change to it, and with it the same keys:
  // importing each distinct key once keeps a long journal quick to load.
  private readonly imported = new Map<string, Promise<CryptoKey>>();

  async decode(encoded: Encoded): Promise<unknown> {
    if (encoded === null || typeof encoded !== 'object') return encoded;
    if (isArray(encoded)) return Promise.all(encoded.map((member) => this.decode(member)));
    if (!Object.hasOwn(encoded, TAG)) return this.decodeMembers(encoded);
    const value = encoded.v;
    switch (encoded[TAG]) {
      case 'object':
        return this.decodeMembers(asObject(value, 'object'));
      case 'undefined':
        return undefined;
      case 'number':
        return Number(asString(value, 'number'));
      case 'bigint':
        return BigInt(asString(value, 'bigint'));
      case 'bytes':
        return new Uint8Array(Buffer.from(asString(value, 'bytes'), 'base64'));
      case 'date':
        return new Date(asNumber(value, 'date'));
      case 'cryptokey': {
        const key = await this.cryptoKey(asObject(value, 'cryptokey'));
        rememberEncoding(key, encoded);
        return key;
      }
      default:
        throw new TypeError(`unknown value tag ${JSON.stringify(encoded[TAG])}`);
    }
  }

  private async decodeMembers(encoded: EncodedObject): Promise<Record<string, unknown>> {
    const entries = await Promise.all(
      Object.entries(encoded).map(async ([name, member]): Promise<[string, unknown]> => [name, await this.decode(member)]),
    );
    return Object.fromEntries(entries);
  }

  private cryptoKey(encoded: EncodedObject): Promise<CryptoKey> {
    const id = JSON.stringify(encoded);
    let key = this.imported.get(id);
    if (key === undefined) {
      key = this.importCryptoKey(encoded);
      this.imported.set(id, key);
    }
    return key;
  }

  private async importCryptoKey(encoded: EncodedObject): Promise<CryptoKey> {
    const format = asString(encoded.format, 'cryptokey format');
    if (format !== 'raw' && format !== 'pkcs8' && format !== 'spki') throw new TypeError(`unknown CryptoKey format '${format}'`);
    const algorithm = await this.decode(encoded.algorithm);
    if (!isAlgorithm(algorithm)) throw new TypeError('a CryptoKey without an algorithm name');
    const usages = encoded.usages;
    if (!isArray(usages) || !usages.every(isKeyUsage)) throw new TypeError('a CryptoKey with unknown usages');
    const extractable = encoded.extractable;
    if (typeof extractable !== 'boolean') throw new TypeError('a CryptoKey without its extractable flag');
    const material = Buffer.from(asString(encoded.material, 'cryptokey material'), 'base64');
    const key = await crypto.subtle.importKey(format, material, algorithm, extractable, usages);
    if (key.type !== encoded.type) throw new TypeError(`a ${String(encoded.type)} CryptoKey imported as ${key.type}`);
    return key;
  }
}

const KEY_USAGES: readonly string[] = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function isKeyUsage(usage: Encoded): usage is KeyUsage {
  return typeof usage === 'string' && KEY_USAGES.includes(usage);
}

function isAlgorithm(value: unknown): value is Algorithm {
  return typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string';
}

function isArray(value: Encoded): value is readonly Encoded[] {
  return Array.isArray(value);
}

function asObject(value: Encoded | undefined, what: string): EncodedObject {
  if (!isEncodedObject(value)) throw new TypeError(`${what}: expected an object`);
  return value;
}

function asString(value: Encoded | undefined, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a string`);
  return value;
}

function asNumber(value: Encoded | undefined, what: string): number {
  if (typeof value !== 'number') throw new TypeError(`${what}: expected a number`);
  return value;
}
