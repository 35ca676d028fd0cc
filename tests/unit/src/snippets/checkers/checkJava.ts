import { parse } from 'java-parser';

/** Problems the Java parser prettier-plugin-java uses finds in `code` (a compilation unit), or undefined. */
export function checkJava(code: string): string | undefined {
  try {
    parse(code);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n').slice(0, 3).join('\n') : String(error);
  }
}
