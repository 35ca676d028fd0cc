import { QkmsError } from './QkmsError';

/* One constructor per wire exception, so status codes live in one place. */

export const accessDenied = (message: string) => new QkmsError('AccessDeniedException', 400, message);
export const customKeyStoreNotFound = (message: string) => new QkmsError('CustomKeyStoreNotFoundException', 400, message);
export const alreadyExists = (message: string) => new QkmsError('AlreadyExistsException', 400, message);
export const dependencyTimeout = (message = 'The system timed out while trying to fulfill the request.') =>
  new QkmsError('DependencyTimeoutException', 503, message);
export const disabled = (keyArn: string) => new QkmsError('DisabledException', 400, `${keyArn} is disabled.`);
export const dryRunOperation = () =>
  new QkmsError('DryRunOperationException', 412, 'The request would have succeeded, but the DryRun option is set.');
export const incorrectKey = () =>
  new QkmsError(
    'IncorrectKeyException',
    400,
    'The key ID in the request does not identify a KMS key that can perform this operation.',
  );
export const internal = (message = 'An internal error occurred.') => new QkmsError('KMSInternalException', 500, message);
export const invalidAliasName = (message: string) => new QkmsError('InvalidAliasNameException', 400, message);
export const invalidArn = (message: string) => new QkmsError('InvalidArnException', 400, message);
export const invalidCiphertext = (message = 'The ciphertext is invalid, corrupted, or does not match the key or encryption context.') =>
  new QkmsError('InvalidCiphertextException', 400, message);
export const invalidGrantId = (message: string) => new QkmsError('InvalidGrantIdException', 400, message);
export const invalidGrantToken = (message: string) => new QkmsError('InvalidGrantTokenException', 400, message);
export const invalidKeyUsage = (message: string) => new QkmsError('InvalidKeyUsageException', 400, message);
export const invalidMarker = (message = 'The marker is not valid; pass the NextMarker of an earlier response.') =>
  new QkmsError('InvalidMarkerException', 400, message);
export const invalidMac = () =>
  new QkmsError('KMSInvalidMacException', 400, 'The MAC is not valid for the message, KMS key and MAC algorithm.');
export const invalidSignature = () =>
  new QkmsError('KMSInvalidSignatureException', 400, 'The signature is not valid for the message, KMS key and signing algorithm.');
export const invalidState = (message: string) => new QkmsError('KMSInvalidStateException', 400, message);
export const keyUnavailable = (message = 'The request was rejected because the specified KMS key was not available.') =>
  new QkmsError('KeyUnavailableException', 500, message);
export const limitExceeded = (message: string) => new QkmsError('LimitExceededException', 400, message);
export const malformedPolicy = (message: string) => new QkmsError('MalformedPolicyDocumentException', 400, message);
export const notFound = (message: string) => new QkmsError('NotFoundException', 400, message);
export const serialization = (message: string) => new QkmsError('SerializationException', 400, message);
export const tagError = (message: string) => new QkmsError('TagException', 400, message);
export const unknownOperation = (message: string, status = 400) =>
  new QkmsError('UnknownOperationException', status, message);
export const unsupportedOperation = (message: string) => new QkmsError('UnsupportedOperationException', 400, message);
export const validation = (message: string) => new QkmsError('ValidationException', 400, message);
export const expiredImportToken = (message: string) => new QkmsError('ExpiredImportTokenException', 400, message);
export const incorrectKeyMaterial = (message: string) => new QkmsError('IncorrectKeyMaterialException', 400, message);
export const invalidImportToken = (message: string) => new QkmsError('InvalidImportTokenException', 400, message);
export const customKeyStoreInvalidState = (message: string) => new QkmsError('CustomKeyStoreInvalidStateException', 400, message);
export const customKeyStoreNameInUse = (message: string) => new QkmsError('CustomKeyStoreNameInUseException', 400, message);
export const customKeyStoreHasKeys = (message: string) => new QkmsError('CustomKeyStoreHasCMKsException', 400, message);
export const cloudHsmClusterInUse = (message: string) => new QkmsError('CloudHsmClusterInUseException', 400, message);
export const incorrectTrustAnchor = (message: string) => new QkmsError('IncorrectTrustAnchorException', 400, message);
export const xksProxyUriInUse = (message: string) => new QkmsError('XksProxyUriInUseException', 400, message);
export const xksProxyUriEndpointInUse = (message: string) => new QkmsError('XksProxyUriEndpointInUseException', 400, message);
export const xksProxyVpcEndpointServiceInUse = (message: string) =>
  new QkmsError('XksProxyVpcEndpointServiceInUseException', 400, message);
export const xksKeyAlreadyInUse = (message: string) => new QkmsError('XksKeyAlreadyInUseException', 400, message);
export const cloudHsmClusterNotRelated = (message: string) => new QkmsError('CloudHsmClusterNotRelatedException', 400, message);

/* The SigV4 check's errors, answered by the Node server started with --credentials, in AWS's wording. */
export const missingAuthenticationToken = () =>
  new QkmsError('MissingAuthenticationTokenException', 400, 'Request is missing Authentication Token');
export const unrecognizedClient = () =>
  new QkmsError('UnrecognizedClientException', 400, 'The security token included in the request is invalid.');
export const incompleteSignature = (message: string) => new QkmsError('IncompleteSignatureException', 400, message);
export const signatureDoesNotMatch = (message: string) => new QkmsError('InvalidSignatureException', 400, message);
