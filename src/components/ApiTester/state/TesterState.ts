import type { BlobInput } from '../model/blobInput';
import type { SandboxFault } from '../model/buildRequest';
import type { CallerChoice } from '../model/callerChoice';
import type { FieldDef } from '../model/fieldDefs';
import type { FormState } from '../model/formState';
import type { Output } from '../model/outputs';
import type { TesterResponse } from '../model/readResponse';
import type { WireRequest } from '../model/wireRequest';

export type EditorMode = 'form' | 'json';

/**
 * Everything one tester shows, as plain JSON data (no functions, dates or class instances) so a
 * request history or a share link can store it and load it back.
 */
export interface TesterState {
  /** Wire name, e.g. "ReEncrypt". */
  readonly operation: string;
  /** The form's fields, from the page's parameters; fixed for the tester's life. */
  readonly fields: readonly FieldDef[];
  readonly mode: EditorMode;
  readonly form: FormState;
  /** The JSON editor's text, kept as typed so malformed JSON can be sent on purpose. */
  readonly jsonText: string;
  /** Why the JSON editor's text is not a request body, shown under the editor. */
  readonly jsonError?: string;
  /** Validation messages show next to the fields once a send has been stopped by them. */
  readonly showValidation: boolean;
  /** The last Send was stopped by validation; "Send anyway" sends regardless. */
  readonly blocked: boolean;
  readonly fault?: SandboxFault;
  /** Who the request is sent as (X-Qkms-Caller); the account admin sends no header. */
  readonly caller: CallerChoice;
  readonly sending: boolean;
  readonly response?: TesterResponse;
  /** The sandbox itself failed (not a KMS error response). */
  readonly sendFailure?: string;
  /** Outputs of recent requests in this tab, newest first, offered as "Use as …". */
  readonly recentOutputs: readonly Output[];
  /** A short confirmation after "Fill example", "Try it" or "Use as …". */
  readonly notice?: string;
  /** The last map or list row id handed out: ids come from state so the reducer stays pure. */
  readonly lastRowId: number;
  /** Blob fields the reader switched to another mode or typed into: mode and text as typed, by field name. */
  readonly blobInputs: Readonly<Record<string, BlobInput>>;
  /** The request the last Send handed to the sandbox, as it went over the wire. */
  readonly sentRequest?: WireRequest;
}
