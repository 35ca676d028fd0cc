import { formatValidationMessage, validateInput, type OperationSpec } from '../spec';
import { awsMemberPath } from '../spec/awsMemberPath';
import { serialization, validation } from './errors';
import { knownMembers } from './knownMembers';

/** Unreadable members answer SerializationException, out-of-limit ones ValidationException, as AWS does. */
export function checkInput(spec: OperationSpec, body: unknown): Readonly<Record<string, unknown>> {
  const errors = validateInput(spec, body);
  const unreadable = errors.find((error) => error.kind === 'type');
  if (unreadable) {
    const at = unreadable.member === '' ? 'The request body' : `The member '${awsMemberPath(unreadable.member)}'`;
    throw serialization(`${at} cannot be read: ${unreadable.constraint}`);
  }
  if (errors.length > 0) throw validation(formatValidationMessage(errors));
  // validateInput has refused anything but a JSON object, so the cast only names what it checked.
  return knownMembers(spec.input, body as Readonly<Record<string, unknown>>);
}
