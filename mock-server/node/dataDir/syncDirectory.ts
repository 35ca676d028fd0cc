import { open } from 'node:fs/promises';
import { isErrorCode } from './isErrorCode';

/** Flushes a directory's entries (a file created or renamed in it) to disk. */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Windows cannot open a directory for flushing, and there a rename is durable once it returns.
    if (!isErrorCode(error, 'EPERM') && !isErrorCode(error, 'EISDIR') && !isErrorCode(error, 'EINVAL')) throw error;
  } finally {
    await handle.close();
  }
}
