import { formatValidationMessage, isValidInput, operationSpecs, type FieldError, type OperationInputs, type OperationName } from '../spec';
import { awsMemberPath } from '../spec/awsMemberPath';
import { serialization, validation } from '../wire/errors';
import { knownMembers } from './knownMembers';

/**
 * The body as the operation's handler takes it, or the error AWS gives: unreadable members answer
 * SerializationException, out-of-limit ones ValidationException.
 */
export function checkInput<Name extends OperationName>(operation: Name, body: unknown): OperationInputs[Name] {
  const spec = operationSpecs[operation];
  const input = knownMembers(spec.input, body);
  const errors: FieldError[] = [];
  if (isValidInput(spec, input, errors)) return input;
  const unreadable = errors.find((error) => error.kind === 'type');
  if (unreadable) {
    const at = unreadable.member === '' ? 'The request body' : `The member '${awsMemberPath(unreadable.member)}'`;
    throw serialization(`${at} cannot be read: ${unreadable.constraint}`);
  }
  throw validation(formatValidationMessage(errors));
}
