/** Why QKMS refuses everything multi-Region, in the words its errors and pages use. */
export const NO_REGIONS = 'QKMS has no Regions: its key ARNs (arn:verenc:<account>:key/<id>) name none, so every key is a single-Region key';
