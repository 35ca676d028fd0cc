import { createQkms, operationSpecs } from '../../../../mock-server';
import type { OperationName, Qkms } from '../../../../mock-server';
import { fieldDefs } from '../../../../src/components/ApiTester/model/fieldDefs';
import type { FieldDef } from '../../../../src/components/ApiTester/model/fieldDefs';
import type { JsonObject } from '../../../../src/json/JsonValue';
import { entriesFromResponse } from '../../../../src/keyring/entriesFromResponse';
import type { RecordedEntries } from '../../../../src/keyring/KeyringEntry';
import { kmsRequest } from '../../../support/kmsRequest';

/** The tester's fields of an operation, as a page lists them. */
export const fieldsOf = (operation: OperationName): FieldDef[] =>
  fieldDefs(
    operationSpecs[operation].input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' })),
    operationSpecs[operation],
  );

export const field = (operation: OperationName, name: string): FieldDef => {
  const found = fieldsOf(operation).find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`${operation} has no member ${name}`);
  return found;
};

/** Sends a request to the sandbox and answers its JSON body, failing loudly on an error. */
export async function send(qkms: Qkms, operation: OperationName, body: JsonObject): Promise<JsonObject> {
  const response = await qkms.fetch(kmsRequest(operation, body));
  const parsed = (await response.json()) as JsonObject;
  if (!response.ok) throw new Error(`${operation}: ${JSON.stringify(parsed)}`);
  return parsed;
}

let ids = 0;
const nextId = () => `e${(ids += 1)}`;

/** Sends a request and answers the keyring entries its response yields, as the tester records them. */
export async function recorded(qkms: Qkms, operation: OperationName, body: JsonObject, at = 1_700_000_000_000): Promise<RecordedEntries> {
  return entriesFromResponse(operation, body, await send(qkms, operation, body), at, nextId);
}

export const freshSandbox = (): Qkms => createQkms();
