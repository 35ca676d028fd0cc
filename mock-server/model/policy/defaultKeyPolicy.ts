import { rootPrincipal } from '../identity/account';

/**
 * The key policy a key gets when CreateKey names none, laid out as KMS returns it from GetKeyPolicy:
 * the key's account may do anything with the key (in AWS, through its IAM policies; QKMS has no IAM,
 * so every principal of the account may).
 */
export function defaultKeyPolicy(account: string): string {
  return `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "${rootPrincipal(account)}"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;
}
