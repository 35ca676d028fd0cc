type Listener = () => void;

const listeners = new Set<Listener>();

/** Tells every view of the sandbox (the key list) that a request may have changed it. */
export function notifySandboxChanged(): void {
  for (const listener of listeners) listener();
}

export function subscribeSandboxChanges(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
