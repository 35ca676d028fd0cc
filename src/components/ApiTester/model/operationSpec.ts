import { isOperationName, operationSpecs } from '../../../../mock-server';
import type { OperationSpec } from '../../../../mock-server';

/** The backend's spec of an operation, or undefined for a name it does not serve (the form then types fields from the page). */
export function operationSpec(operation: string): OperationSpec | undefined {
  return isOperationName(operation) ? operationSpecs[operation] : undefined;
}
