import type { SnippetEndpoint } from './SnippetInput';

/** Where `npm run mock-server` listens by default; every snippet targets it so readers can paste and run. */
export const sandboxEndpoint: SnippetEndpoint = {
  url: 'http://127.0.0.1:4599',
  host: '127.0.0.1:4599',
  region: 'us-east-1',
  // The mock server reads only the access key id (to pick a caller); any pair signs a request it accepts.
  accessKeyId: 'test',
  secretAccessKey: 'test',
};
