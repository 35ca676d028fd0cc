import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from './NodeSha256';

type SignableRequest = Parameters<SignatureV4['presign']>[0];

export interface ExpectedSignature {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
}

/**
 * The AWS SDK's own SigV4 signer, used backwards: it computes the signature a request should carry,
 * with the same canonicalisation the SDK used to sign it, so a mismatch is the client's and not ours.
 */
export class SignatureChecker extends SignatureV4 {
  constructor(accessKeyId: string, secretAccessKey: string) {
    // Region and service come from each request's credential scope; these two are never used.
    super({ credentials: { accessKeyId, secretAccessKey }, region: 'us-east-1', service: 'kms', sha256: NodeSha256 });
  }

  async expected(
    request: SignableRequest,
    canonicalHeaders: Record<string, string>,
    payloadHash: string,
    scope: { readonly amzDate: string; readonly signingDate: Date; readonly credentialScope: string; readonly region: string; readonly service: string },
  ): Promise<ExpectedSignature> {
    const canonicalRequest = this.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    const stringToSign = await this.createStringToSign(scope.amzDate, scope.credentialScope, canonicalRequest, 'AWS4-HMAC-SHA256');
    const signature = await this.sign(stringToSign, {
      signingDate: scope.signingDate,
      signingRegion: scope.region,
      signingService: scope.service,
    });
    return { canonicalRequest, stringToSign, signature };
  }
}
