import type { JsonObject } from '../../../json/JsonValue';

/**
 * One step of a flow as the page declares it. References to earlier steps are "<step id>.<Member>" for a
 * member of that step's response (KeyMetadata's members count as the response's), or
 * "<step id>.request.<Member>" for a member of the request it sent.
 */
export interface FlowStepDef {
  /** Unique within the flow; other steps refer to it. */
  readonly id: string;
  /** Wire name, e.g. "Encrypt". */
  readonly operation: string;
  readonly title: string;
  /** Members the step's request starts with. */
  readonly prefill?: JsonObject;
  /** Request members taken from earlier steps: member → reference. */
  readonly fill?: Readonly<Record<string, string>>;
  /** The principal the step is sent as (X-Qkms-Caller); the account admin when unset. */
  readonly caller?: string;
  /** The error type this step is meant to end in, e.g. "AccessDeniedException"; success when unset. */
  readonly expectError?: string;
  /** Response members that must equal an earlier value: member → reference. */
  readonly expectSame?: Readonly<Record<string, string>>;
}
