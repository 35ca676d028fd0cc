import { open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from './syncDirectory';

/**
 * Replaces `file` with `content` so that after a crash at any moment the file holds either the old
 * content or the whole new one: written under a temporary name, flushed, renamed over `file`, and
 * the directory flushed so the rename itself survives. Resolves with the new file opened for
 * reading and writing: a handle opened before the rename follows the new file, so an appender never
 * keeps writing to the replaced one.
 */
export async function writeFileAtomically(file: string, content: string): Promise<FileHandle> {
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, 'w+', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
  return handle;
}
