import { wireEnums } from '../../mock-server';

// The spec spreads one values array per model enum into every member that uses it, so the array's
// identity names the enum: keySpecValues -> KeySpec. The SDKs name their enum types after the model.
const names = new Map<readonly string[], string>(
  Object.entries(wireEnums).map(([exportName, values]) => [
    values,
    exportName.charAt(0).toUpperCase() + exportName.slice(1, -'Values'.length),
  ]),
);

/** The model's name of the enum whose values these are (KeySpec, GrantOperation…), as the Go and Java SDKs call it. */
export function enumTypeName(values: readonly string[]): string | undefined {
  return names.get(values);
}
