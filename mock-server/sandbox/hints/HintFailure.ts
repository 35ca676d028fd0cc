import type { OperationName } from '../../spec';
import type { Store } from '../../store/Store';
import type { QkmsError } from '../../wire/QkmsError';

/** A request the operation refused, as the hints see it: read-only, after the fact. */
export interface HintFailure {
  readonly store: Store;
  readonly operation: OperationName;
  /** The checked input (blobs decoded to bytes). */
  readonly input: object;
  readonly error: QkmsError;
  readonly callerAccount: string;
}
