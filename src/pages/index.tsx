import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import { OPERATION_COUNT } from '../../mock-server';
import styles from './index.module.css';

// The first request a visitor sends: one plaintext, one key, nothing to know yet (the Encrypt page's first example).
const SAMPLE_REQUEST = `POST / HTTP/1.1
Content-Type: application/x-amz-json-1.1
X-Amz-Target: TrentService.Encrypt

{
  "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
  "Plaintext": "SGVsbG8sIFFLTVMh",
  "EncryptionContext": { "Department": "Finance" }
}`;

interface Pointer {
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

const POINTERS: readonly Pointer[] = [
  {
    to: '/docs/concepts/keys',
    title: 'Concepts',
    text: 'Keys and their states, encryption context, the ciphertext format byte by byte, grants, rotation.',
  },
  {
    to: '/docs/api',
    title: 'API reference',
    text: `All ${OPERATION_COUNT} operations QKMS serves, each with its parameters, real examples, errors and a live tester.`,
  },
  {
    to: '/docs/concepts/sdks',
    title: 'Use your SDK',
    text: 'Run the mock server locally and point the AWS CLI, boto3 or the JavaScript SDK at it.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Key management with the AWS KMS API"
      description="QKMS is a key management service that speaks the AWS KMS protocol. Try every operation live in your browser."
    >
      <main>
        <section className={styles.hero}>
          <div className="container">
            <h1 className={styles.title}>QKMS</h1>
            <p className={styles.lead}>
              A key management service that speaks the AWS KMS protocol — and a real sandbox in every page of these
              docs, doing real AES-256-GCM in your browser.
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/docs/api/encrypt#try-it-out">
                Try a live request
              </Link>
              <Link className="button button--secondary button--lg" to="/docs/intro">
                Read the introduction
              </Link>
            </div>
          </div>
        </section>
        <section className="container">
          <div className={styles.sample}>
            <p className={styles.sampleCaption}>
              Every request on these pages is the real wire format: <code>POST /</code>, JSON, base64 blobs.
            </p>
            <pre className={styles.code}>
              <code>{SAMPLE_REQUEST}</code>
            </pre>
          </div>
          <div className={styles.pointers}>
            {POINTERS.map((pointer) => (
              <Link key={pointer.to} className={styles.pointer} to={pointer.to}>
                <h2 className={styles.pointerTitle}>{pointer.title}</h2>
                <p className={styles.pointerText}>{pointer.text}</p>
              </Link>
            ))}
          </div>
        </section>
      </main>
    </Layout>
  );
}
