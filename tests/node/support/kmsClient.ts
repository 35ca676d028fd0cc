import { KMSClient } from '@aws-sdk/client-kms';

export interface KmsClientOptions {
  /** Signs as this access key id, which the server may map to a caller principal. */
  readonly accessKeyId?: string;
  /** Signs with this secret (a server started with credentials checks it). */
  readonly secretAccessKey?: string;
  /** Milliseconds the client's clock is off from the real one, as the SDK's `systemClockOffset`. */
  readonly systemClockOffset?: number;
  /** Sends `X-Qkms-Sandbox-Fault: <name>` on every request. */
  readonly fault?: string;
  /** Sends `X-Qkms-Sandbox-Advance-Clock: <step>` (such as `30d`) on every request. */
  readonly advanceClock?: string;
}

/** An AWS SDK v3 KMS client aimed at the mock server, exactly as a reader would configure one. */
export function kmsClient(endpoint: string, options: KmsClientOptions = {}): KMSClient {
  const client = new KMSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: options.accessKeyId ?? 'AKIDQKMSTEST', secretAccessKey: options.secretAccessKey ?? 'qkms-test-secret' },
    maxAttempts: 1,
    systemClockOffset: options.systemClockOffset,
  });
  const { fault, advanceClock } = options;
  if (advanceClock !== undefined) {
    client.middlewareStack.add(
      (next) => (args) => {
        if (hasHeaders(args.request)) args.request.headers['x-qkms-sandbox-advance-clock'] = advanceClock;
        return next(args);
      },
      { step: 'build', name: 'qkmsSandboxAdvanceClock' },
    );
  }
  if (fault !== undefined) {
    client.middlewareStack.add(
      (next) => (args) => {
        if (hasHeaders(args.request)) args.request.headers['x-qkms-sandbox-fault'] = fault;
        return next(args);
      },
      { step: 'build', name: 'qkmsSandboxFault' },
    );
  }
  return client;
}

function hasHeaders(request: unknown): request is { headers: Record<string, string> } {
  return typeof request === 'object' && request !== null && 'headers' in request && typeof request.headers === 'object';
}
