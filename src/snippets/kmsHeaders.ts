import { AMZ_JSON } from '../../mock-server';

/** The headers of a KMS JSON 1.1 request, in the order the pages' examples write them. */
export function kmsHeaders(operation: string): Readonly<Record<string, string>> {
  return { 'Content-Type': AMZ_JSON, 'X-Amz-Target': `TrentService.${operation}` };
}
