import type { ExampleRequest } from '../../../scripts/examples/docExamples';

/** A request (after its setup, on a fresh sandbox) that makes the backend answer an operation with an error. */
export interface Probe {
  /** What the probe does, for failure messages. */
  readonly why: string;
  readonly setup: readonly ExampleRequest[];
  readonly request: ExampleRequest;
  /** A generic probe built on an example's own setup may not apply to it (disabling a key the setup deletes). */
  readonly setupMayFail?: boolean;
}
