import { useCallback, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../../mock-server';
import { notifySandboxChanged } from '../../../sandbox/sandboxChanges';
import { useSandbox } from '../../../sandbox/SandboxProvider';

export type SandboxFileStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export interface SandboxFile {
  readonly ready: boolean;
  readonly status: SandboxFileStatus;
  /** Downloads the sandbox as a file encrypted under the passphrase. */
  readonly exportFile: (passphrase: string) => void;
  /** Asks for confirmation, then replaces the sandbox with the file's content. */
  readonly importFile: (file: File, passphrase: string) => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function fileName(at: Date): string {
  const stamp = at.toISOString().replace(/[:]/g, '').replace(/\..*$/, '');
  return `qkms-sandbox-${stamp}.json`;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has handed the blob to the download by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export and import of the whole sandbox, with what happened for the status line. */
export function useSandboxFile(): SandboxFile {
  const sandbox = useSandbox();
  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;
  const [status, setStatus] = useState<SandboxFileStatus>({ kind: 'idle' });

  const exportFile = useCallback(
    (passphrase: string) => {
      if (qkms === undefined) return;
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        setStatus({ kind: 'failed', message: `Type a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters first: the file holds every key's material.` });
        return;
      }
      setStatus({ kind: 'working', message: 'Encrypting the sandbox…' });
      qkms.exportSandbox(passphrase).then(
        (text) => {
          download(text, fileName(new Date()));
          setStatus({ kind: 'done', message: 'Exported the sandbox. Keep the passphrase: the file cannot be imported without it.' });
        },
        (error: unknown) => setStatus({ kind: 'failed', message: `Export failed: ${messageOf(error)}` }),
      );
    },
    [qkms],
  );

  const importFile = useCallback(
    (file: File, passphrase: string) => {
      if (qkms === undefined) return;
      if (!window.confirm(`Replace the sandbox with ${file.name}? Every key, alias and grant of the sandbox now is replaced by the file's.`)) return;
      setStatus({ kind: 'working', message: 'Decrypting the file…' });
      file
        .text()
        .then((text) => qkms.importSandbox(text, passphrase))
        .then(
          () => setStatus({ kind: 'done', message: `Imported ${file.name}: the sandbox now holds its keys, aliases and grants.` }),
          (error: unknown) => setStatus({ kind: 'failed', message: `Nothing was imported: ${messageOf(error)}` }),
        )
        .finally(notifySandboxChanged);
    },
    [qkms],
  );

  return { ready: qkms !== undefined, status, exportFile, importFile };
}
