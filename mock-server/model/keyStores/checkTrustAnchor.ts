import { decodeBase64 } from '../../spec/base64';
import { incorrectTrustAnchor } from '../../wire/errors';

const PEM = /^-----BEGIN CERTIFICATE-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----\s*$/;

/**
 * AWS checks the trust anchor against the cluster's certificate. QKMS has no cluster, so it checks
 * what it can: one PEM certificate whose body is base64 of a DER SEQUENCE (the start of every X.509).
 */
export function checkTrustAnchor(certificate: string): void {
  const body = PEM.exec(certificate.trim())?.[1];
  const der = body === undefined ? undefined : decodeBase64(body.replace(/\s+/g, ''));
  if (der === undefined || der.length < 2 || der[0] !== 0x30) {
    throw incorrectTrustAnchor(
      'TrustAnchorCertificate is not a PEM-encoded X.509 certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).',
    );
  }
}
