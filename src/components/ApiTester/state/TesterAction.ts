import type { JsonObject } from '../../../json/JsonValue';
import type { BlobMode } from '../model/blobCodec';
import type { SandboxFault } from '../model/buildRequest';
import type { CallerChoice } from '../model/callerChoice';
import type { FieldEdit } from '../model/fieldEdit';
import type { CiphertextBinding, Output } from '../model/outputs';
import type { TesterResponse } from '../model/readResponse';
import type { WireRequest } from '../model/wireRequest';
import type { EditorMode } from './TesterState';

/** Everything that changes a tester, from the reader or from the sandbox's answer. */
export type TesterAction =
  | { readonly type: 'switch-mode'; readonly mode: EditorMode }
  | { readonly type: 'edit-field'; readonly name: string; readonly edit: FieldEdit }
  | { readonly type: 'edit-json'; readonly text: string }
  /** A whole body from outside the editor: an example ("Try it", "Fill example") or the required members. */
  | { readonly type: 'load-body'; readonly body: JsonObject; readonly notice: string }
  /** "Use as <field>": a ciphertext's binding also sets the context and key members to match it. */
  | { readonly type: 'apply-output'; readonly field: string; readonly value: string; readonly label: string; readonly binding?: CiphertextBinding }
  | { readonly type: 'set-fault'; readonly fault?: SandboxFault }
  | { readonly type: 'set-caller'; readonly caller: CallerChoice }
  /** "Try it" on an example: send as its X-Qkms-Caller principal, or as the account admin when it names none. */
  | { readonly type: 'load-caller'; readonly principal?: string }
  /** Send was pressed but validation found problems: show them. */
  | { readonly type: 'block-send' }
  | { readonly type: 'start-send' }
  /** `recentOutputs` is the remembered list when the response produced outputs. */
  | { readonly type: 'receive-response'; readonly response: TesterResponse; readonly recentOutputs?: readonly Output[] }
  | { readonly type: 'fail-send'; readonly message: string }
  | { readonly type: 'restore-outputs'; readonly outputs: readonly Output[] }
  /** A message about the tester's request that changes nothing else (a share link that could not be opened). */
  | { readonly type: 'show-notice'; readonly notice: string }
  /** Show a blob field as Text, Base64, Hex or File, converting its value when it can. */
  | { readonly type: 'set-blob-mode'; readonly name: string; readonly mode: BlobMode }
  /** Text typed into a blob field in a mode other than File. */
  | { readonly type: 'edit-blob'; readonly name: string; readonly mode: Exclude<BlobMode, 'file'>; readonly text: string }
  /** A file's bytes, read by the browser, as a blob field's value. */
  | { readonly type: 'load-blob-file'; readonly name: string; readonly fileName: string; readonly base64: string }
  /** Send handed this request to the sandbox. */
  | { readonly type: 'record-request'; readonly request: WireRequest };
