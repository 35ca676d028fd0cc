import { useCallback, useState } from 'react';
import { isJsonObject } from '../../json/isJsonObject';
import type { JsonValue } from '../../json/JsonValue';
import { notifySandboxChanged } from '../../sandbox/sandboxChanges';
import { useSandbox } from '../../sandbox/SandboxProvider';
import { buildRequest } from './model/buildRequest';
import { hasScratch, makeScratchTarget } from './model/makeScratchTarget';
import type { SandboxCall } from './model/makeScratchTarget';
import { sharedTarget } from './model/sharedTarget';
import type { SharedTarget } from './model/sharedTarget';
import { currentBody } from './state/currentBody';
import type { ApiTester } from './useApiTester';

export interface ScratchTarget {
  /** The example resource the request would change, or undefined when it changes none. */
  readonly target: SharedTarget | undefined;
  /** The sandbox can make a scratch copy by a click. */
  readonly available: boolean;
  readonly busy: boolean;
  readonly failure: string | undefined;
  readonly switchToScratch: () => void;
}

/** Spots a destructive request aimed at an example resource, and swaps in a scratch one the sandbox makes. */
export function useScratchTarget({ state, dispatch }: ApiTester): ScratchTarget {
  const sandbox = useSandbox();
  const qkms = sandbox.status === 'ready' ? sandbox.sandbox.qkms : undefined;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const { body } = currentBody(state);
  const target = sharedTarget(state.operation, body);
  const switchToScratch = useCallback(() => {
    if (qkms === undefined || target === undefined || body === undefined) return;
    const call: SandboxCall = async (operation, request) => {
      const reply = await qkms.fetch(buildRequest(operation, JSON.stringify(request), undefined));
      const answer: JsonValue = JSON.parse(await reply.text());
      if (!isJsonObject(answer)) throw new Error(`${operation} answered ${reply.status} without a JSON object.`);
      if (!reply.ok) throw new Error(`${operation} failed: ${String(answer.__type)} — ${String(answer.message)}`);
      return answer;
    };
    setBusy(true);
    setFailure(undefined);
    makeScratchTarget(call, state.operation, target, body)
      .then((scratch) => dispatch({ type: 'load-body', body: scratch.body, notice: scratch.notice }))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        setBusy(false);
        notifySandboxChanged();
      });
  }, [qkms, target, body, state.operation, dispatch]);
  return { target, available: target !== undefined && qkms !== undefined && hasScratch(state.operation, target), busy, failure, switchToScratch };
}
