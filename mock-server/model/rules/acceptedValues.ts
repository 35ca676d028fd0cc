import type { OperationName } from '../../spec';

/**
 * Enum members for which QKMS takes fewer values than the model lists, by operation: the rule checks
 * refuse the others, and the reference tables show only these. Its own rules, not gaps: ReEncrypt
 * works between symmetric encryption keys only.
 */
export const acceptedValues: Readonly<Partial<Record<OperationName, Readonly<Record<string, readonly string[]>>>>> = {
  ReEncrypt: {
    SourceEncryptionAlgorithm: ['SYMMETRIC_DEFAULT'],
    DestinationEncryptionAlgorithm: ['SYMMETRIC_DEFAULT'],
  },
};

/** The values QKMS takes for a member, or undefined when it takes every value the model lists. */
export const acceptedValuesOf = (operation: OperationName, member: string): readonly string[] | undefined =>
  acceptedValues[operation]?.[member];
