import type { ParameterRow } from '../../ParamsTable/types';
import { operationSpec } from '../../ApiTester/model/operationSpec';

/**
 * A step's form fields: every request member of the operation, from the generated spec (the API page
 * documents them; a flow links there instead of repeating the descriptions).
 */
export function specParameters(operation: string): ParameterRow[] {
  const spec = operationSpec(operation);
  if (spec === undefined) throw new Error(`FlowStep: "${operation}" is not an operation QKMS serves.`);
  return spec.input.map((member) => ({ name: member.name, type: member.type, required: member.required, description: '' }));
}
