/** Whether a Node system call failed with `code` (ENOENT, EEXIST…). */
export function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
