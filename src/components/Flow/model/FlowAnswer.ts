import type { JsonObject } from '../../../json/JsonValue';

/** What a step's last send produced, as the later steps read it. */
export interface FlowAnswer {
  readonly status: number;
  /** The KMS error name of a failure, e.g. "AccessDeniedException". */
  readonly errorType?: string;
  /** The body the step sent. */
  readonly request: JsonObject;
  /** The response body; {} when it was not a JSON object. */
  readonly response: JsonObject;
  /** Counts the flow's answers, so a step sees that an earlier one answered again. */
  readonly serial: number;
}
