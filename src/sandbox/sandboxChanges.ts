import { wireEnums } from '../../mock-server';

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

const usesKeysOnly: ReadonlySet<string> = new Set([...wireEnums.keyLastUsageTrackingOperationValues, 'GenerateRandom']);

/**
 * Whether a request of this operation may change what the views of the sandbox show (its keys, aliases,
 * clock). Not when it only reads (Describe…, List…, Get…) or uses a key (Encrypt, Sign…), which changes
 * nothing but the key's last use, shown nowhere: re-reading every key then would only queue requests in
 * front of the reader's next Send.
 */
export function mayChangeSandboxViews(operation: string): boolean {
  return !(usesKeysOnly.has(operation) || /^(Describe|List|Get)[A-Z]/.test(operation));
}
