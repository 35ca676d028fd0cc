import { useCallback, useState } from 'react';
import { openLocally, sealLocally } from './model/localEnvelope';
import type { SealedData } from './model/localEnvelope';

export interface LocalEnvelope {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly sealed?: SealedData;
  readonly opened?: string;
  readonly problem?: string;
  readonly seal: (dataKey: string) => void;
  readonly open: (dataKey: string) => void;
}

/** The local half of envelope encryption: the data, its ciphertext under the data key, and what decrypting it gave. */
export function useLocalEnvelope(initialText: string): LocalEnvelope {
  const [text, setText] = useState(initialText);
  const [sealed, setSealed] = useState<SealedData | undefined>(undefined);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const fail = (error: unknown) => setProblem(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  const seal = useCallback(
    (dataKey: string) => {
      setProblem(undefined);
      setOpened(undefined);
      sealLocally(dataKey, text).then(setSealed, fail);
    },
    [text],
  );
  const open = useCallback(
    (dataKey: string) => {
      if (sealed === undefined) return;
      setProblem(undefined);
      openLocally(dataKey, sealed).then(setOpened, fail);
    },
    [sealed],
  );
  return { text, setText, sealed, opened, problem, seal, open };
}
