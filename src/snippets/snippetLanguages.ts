import { toAwsCli } from './toAwsCli';
import { toBoto3 } from './toBoto3';
import { toCurl } from './toCurl';
import { toGoSdkV2 } from './toGoSdkV2';
import { toHttp } from './toHttp';
import { toJavaSdkV2 } from './toJavaSdkV2';
import { toJsSdkV3 } from './toJsSdkV3';
import type { SnippetInput } from './SnippetInput';

export interface SnippetLanguage {
  /** Stable id: the tab value, remembered across examples and the tester. */
  readonly id: string;
  readonly label: string;
  /** Prism grammar name. */
  readonly prism: string;
  readonly generate: (input: SnippetInput) => string;
}

/** The languages every request is shown in, in tab order: a new language is a generator file and a line here. */
export const snippetLanguages: readonly SnippetLanguage[] = [
  { id: 'http', label: 'HTTP', prism: 'http', generate: toHttp },
  { id: 'curl', label: 'curl', prism: 'bash', generate: toCurl },
  { id: 'aws-cli', label: 'AWS CLI', prism: 'bash', generate: toAwsCli },
  { id: 'js-sdk-v3', label: 'JavaScript (SDK v3)', prism: 'javascript', generate: toJsSdkV3 },
  { id: 'boto3', label: 'Python (boto3)', prism: 'python', generate: toBoto3 },
  { id: 'go-sdk-v2', label: 'Go (SDK v2)', prism: 'go', generate: toGoSdkV2 },
  { id: 'java-sdk-v2', label: 'Java (SDK v2)', prism: 'java', generate: toJavaSdkV2 },
];
