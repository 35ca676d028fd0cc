/**
 * How `<ApiExample>` talks to the page's tester without importing it: the tester is lazy-loaded, so a
 * "Try it" click may come before it exists. A load waits here until a tester for that operation mounts.
 * Examples also register themselves so the tester's "Fill example" can use the page's first one.
 */
import type { JsonObject } from '../../json/JsonValue';

export type RequestBody = JsonObject;

export interface ExampleLoad {
  readonly operation: string;
  readonly body: RequestBody;
  /** The example's X-Qkms-Caller principal; undefined for an example the account admin sends. */
  readonly caller?: string;
}

type Listener = (load: ExampleLoad) => void;

const listeners = new Map<string, Set<Listener>>();
const pending = new Map<string, ExampleLoad>();
const registered: { readonly operation: string; readonly body: RequestBody }[] = [];
const registrationListeners = new Set<(operation: string) => void>();

/** Sends an example to the tester for its operation, or keeps it until one subscribes. */
export function loadExample(load: ExampleLoad): void {
  const current = listeners.get(load.operation);
  if (current === undefined || current.size === 0) {
    pending.set(load.operation, load);
    return;
  }
  for (const listener of current) listener(load);
}

/** Receives loads for one operation, starting with any that waited for a tester. */
export function subscribeExamples(operation: string, listener: Listener): () => void {
  const current = listeners.get(operation) ?? new Set<Listener>();
  listeners.set(operation, current);
  current.add(listener);
  const waiting = pending.get(operation);
  if (waiting !== undefined) {
    pending.delete(operation);
    listener(waiting);
  }
  return () => {
    current.delete(listener);
  };
}

/** Records an example shown on the page; returns the function that forgets it. */
export function registerExample(operation: string, body: RequestBody): () => void {
  const entry = { operation, body };
  registered.push(entry);
  for (const listener of registrationListeners) listener(operation);
  return () => {
    const index = registered.indexOf(entry);
    if (index >= 0) registered.splice(index, 1);
  };
}

/** The first example on the page for the operation, in the order the examples mounted. */
export function firstExample(operation: string): RequestBody | undefined {
  return registered.find((entry) => entry.operation === operation)?.body;
}

/**
 * Calls back when an example of the operation registers. After a client-side navigation the tester's chunk
 * is already loaded, so the tester renders before the page's examples register in their effects.
 */
export function onExampleRegistered(operation: string, listener: (body: RequestBody) => void): () => void {
  const forOperation = (registeredOperation: string): void => {
    const first = registeredOperation === operation ? firstExample(operation) : undefined;
    if (first !== undefined) listener(first);
  };
  registrationListeners.add(forOperation);
  return () => {
    registrationListeners.delete(forOperation);
  };
}
