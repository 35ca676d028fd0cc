import React, { useCallback, useState, type ReactNode } from 'react';
import { saveRequest } from '../model/savedRequest';
import { encodeShareLink } from '../model/shareLink';
import { currentBody } from '../state/currentBody';
import type { TesterState } from '../state/TesterState';
import styles from './history.module.css';

type Shared = { readonly link: string; readonly copied: boolean } | { readonly problem: string };

/** "Copy share link": the request (operation, body, caller, fault) in the URL fragment, without plaintext or key material. */
export function ShareLinkControl({ state }: { readonly state: TesterState }): ReactNode {
  const [shared, setShared] = useState<Shared | undefined>();

  const share = useCallback(() => {
    const { body, error } = currentBody(state);
    if (body === undefined) {
      setShared({ problem: `Fix the JSON to share the request: ${error ?? 'it is not a JSON object.'}` });
      return;
    }
    const encoded = encodeShareLink(saveRequest(state.operation, body, state.caller, state.fault));
    if (!encoded.ok) {
      setShared({ problem: encoded.problem });
      return;
    }
    const link = `${window.location.origin}${window.location.pathname}#${encoded.fragment}`;
    setShared({ link, copied: false });
    navigator.clipboard?.writeText(link).then(
      () => setShared({ link, copied: true }),
      () => undefined,
    );
  }, [state]);

  return (
    <div className={styles.share}>
      <button type="button" className="button button--sm button--outline button--secondary" onClick={share}>
        Copy share link
      </button>
      <p className={styles.note}>
        Share links never carry plaintext or key material: Plaintext, Message, passwords and EncryptedKeyMaterial are left
        out, and whoever opens the link fills them in. The request stays in the link&apos;s fragment, which no server sees.
      </p>
      <div role="status" className={styles.note}>
        {shared !== undefined && 'problem' in shared && <span className={styles.problem}>{shared.problem}</span>}
        {shared !== undefined && 'link' in shared && (shared.copied ? 'Share link copied.' : 'Copy the share link from the field below.')}
      </div>
      {shared !== undefined && 'link' in shared && (
        <label>
          <span className={styles.note}>Share link</span>
          <input className={styles.shareLink} readOnly value={shared.link} data-testid="share-link" onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
