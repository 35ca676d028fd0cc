/*
 * The seeded RSA_2048 ENCRYPT_DECRYPT key's pair. RSA key generation cannot be derived from a seed with
 * WebCrypto, so the pair was generated once (node:crypto, exponent 65537) and is published here: like every
 * seeded key, it is public, for trying things only. Its public half is what GetPublicKey returns, so readers can
 * encrypt outside QKMS and decrypt inside, and the docs' RSA ciphertexts decrypt in every sandbox.
 */

/** PKCS#8 DER, base64. */
export const EXAMPLE_RSA_PRIVATE_KEY =
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDt27Za3rVBxVgKMM63Q6BCbK3Nd0pHQJmNHSil2kAd76/D' +
  'bwN+Xhu/QyufRdTTg44dwJWw9iiPpJNslbf8WxO1nS9W8/5xqK/p7nbyP2zO0Ef+3GNZYzEgwgvkrAJs+VE+cpqYs64xjGKr' +
  'uBLqYzGJLQicsgo8+sbBDXKTIPHiH4az+MHc9SNOD2IyYChz7HkbPsXKaj8U2pMKiF9JfmF3k3sh4+k4EtGDXRdn4JhbTnHN' +
  '5dLB2UWm6HVZTN7iQDXryl15PyAltomAfJmOkjcJUmAnMj0hC9GkPuK/8INLrZppbMBOXxy+2Qg9Cj2L5hH4OcZ2KQ3ZguFj' +
  'rr4zs8L5AgMBAAECggEAG5cq1euTduefSL9Umyl7A3l7x6OYuB8kMJw7RNHGMjLFXpQYAaaE7XCrNLRy9X4DFCxssLQ9DDx4' +
  '5VWQm/MsnBp5jUqMLz7z+Nyya3Mz+eFrGIMT+yBoaHZZztKtDVr2M5ozmJbvE8xG/chCWXHcIx9YKmT0jxI/z9Dxg2OE60en' +
  'oMdE9K6g0i7ZTKhCVhECC64/0km/nBLzPdmHYAl1zl4RdUgSVhRxg8p7O3Kapdl4+AmKU2jGsnKr3xcIPv1E61qxZuf3h45l' +
  '5ywFySUmnNFTtQrC/m1z9yl5Fp72D2xYKUjPBiTPKHmuqampmAuIwUU3EDKYAMVHEtPAV7ExoQKBgQD+EW5yDKVb5jN03X9y' +
  'MGgc1KNEfPdET3uphk7nMPvHTP5xm5eLlhsSV5UUsV753qTgOQFjMASZhd4iVWENT2/bcTDCORCn+wPdbxxDff/g6OUrK+xT' +
  '2c/kE5S3c5OCe9tdk9dVXXDDiypT0e93Rv3td+iXhrHyP8qJOVOmcPBCvQKBgQDvqroShrYZ80lBMyZi8KFihCfys/islTI2' +
  '4CHa6fFVAML568/Hozief3+S+wHrQGEjnUtEoqGd8bbMdOe7jJEL/o2XsdLKWcdMtrmLKkSfNAcV66HGwTDvxFd0PGZGTgXX' +
  'nmQKDwrcfhOgCH4B0SkKrcekWPKwiMWeI6kLqAqC7QKBgFGdzeoLT++Gss7+/Jr1G+zvDgfJUTF7ixE5WQ2BudAbVr2uKu+n' +
  'Z8jro7ODCyyfrj1tcpmnakLbMzG6VbQN6bQH1478//HGfEZdFCpGRrW8eyn0MTX6iYMOGz8XfLJ1EVItVQZSPxBCG3XTweaC' +
  'Qr5PP8O1fGKCxZBxfwK/0x7NAoGANQxLB1K999x7uGzD8F5mulGaLgRb5IdZh//wPm5Ntozmmz7wzLV6EMsTx8q7UAD9/04P' +
  'nO+KalVYKsUtjbu9VzROzubTS2q3zGkdhIokikCP2PBA7KdSV5/T46yCzsjyThmG9xsBQnC9k0yN54UOWojAicYOYbjEVQ57' +
  'mlLlkLkCgYEA8vvAz1n2nls/RF5K1EQU3ev0bCm3HYkBDAetF2d3YBbca2tY4KiK8otN3VAOUVBJPprjwgxAVAMWGQWMB6t0' +
  'zjXhanp62qAKLJEgq+DFsTO4xYNRpexvZReJqcnGknMUELNi+XbK4q3w3cMX9T0HGpAbR/C5nxlmY20cQ7Oju98=';

/** SubjectPublicKeyInfo DER, base64. */
export const EXAMPLE_RSA_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7du2Wt61QcVYCjDOt0OgQmytzXdKR0CZjR0opdpAHe+vw28Dfl4b' +
  'v0Mrn0XU04OOHcCVsPYoj6STbJW3/FsTtZ0vVvP+caiv6e528j9sztBH/txjWWMxIMIL5KwCbPlRPnKamLOuMYxiq7gS6mMx' +
  'iS0InLIKPPrGwQ1ykyDx4h+Gs/jB3PUjTg9iMmAoc+x5Gz7Fymo/FNqTCohfSX5hd5N7IePpOBLRg10XZ+CYW05xzeXSwdlF' +
  'puh1WUze4kA168pdeT8gJbaJgHyZjpI3CVJgJzI9IQvRpD7iv/CDS62aaWzATl8cvtkIPQo9i+YR+DnGdikN2YLhY66+M7PC' +
  '+QIDAQAB';
