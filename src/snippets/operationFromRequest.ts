import type { ExampleRequest } from './types';

const targetPrefix = 'TrentService.';

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted);
  return entry?.[1];
}

/** The wire operation name from `X-Amz-Target: TrentService.<Operation>`; undefined when absent or foreign. */
export function operationFromRequest(request: Pick<ExampleRequest, 'headers'>): string | undefined {
  const target = headerValue(request.headers, 'X-Amz-Target');
  if (target === undefined || !target.startsWith(targetPrefix)) return undefined;
  const name = target.slice(targetPrefix.length);
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}
