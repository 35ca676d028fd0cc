/**
 * botocore's xform_name, which boto3 and the AWS CLI use to derive method and option names:
 * ReEncrypt -> re_encrypt, GenerateDataKeyWithoutPlaintext -> generate_data_key_without_plaintext.
 * Runs of capitals stay together (ListKMSKeys -> list_kms_keys) as in botocore.
 */
export function snakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}
