/** The only request and response content type of the KMS JSON 1.1 protocol. */
export const AMZ_JSON = 'application/x-amz-json-1.1';
