import { toAwsCli } from './toAwsCli';
import { toBoto3 } from './toBoto3';
import { toCurl } from './toCurl';
import { toHttp } from './toHttp';
import { toJsSdkV3 } from './toJsSdkV3';
import type { SnippetInput } from './SnippetInput';

export type SnippetGenerator = (input: SnippetInput) => string;

interface LanguageName {
  /** Stable id: the tab value, remembered across examples and the tester. */
  readonly id: string;
  readonly label: string;
  /** Prism grammar name. */
  readonly prism: string;
}

/** A language whose generator is in the page's first load: its code is in the static HTML. */
export interface EagerSnippetLanguage extends LanguageName {
  readonly generate: SnippetGenerator;
}

/** A language whose generator loads when one of its tabs is first shown, to keep it out of the first load. */
export interface DeferredSnippetLanguage extends LanguageName {
  readonly load: () => Promise<SnippetGenerator>;
}

export type SnippetLanguage = EagerSnippetLanguage | DeferredSnippetLanguage;

/** The languages every request is shown in, in tab order: a new language is a generator file and a line here. */
export const snippetLanguages: readonly SnippetLanguage[] = [
  { id: 'http', label: 'HTTP', prism: 'http', generate: toHttp },
  { id: 'curl', label: 'curl', prism: 'bash', generate: toCurl },
  { id: 'aws-cli', label: 'AWS CLI', prism: 'bash', generate: toAwsCli },
  { id: 'js-sdk-v3', label: 'JavaScript (SDK v3)', prism: 'javascript', generate: toJsSdkV3 },
  { id: 'boto3', label: 'Python (boto3)', prism: 'python', generate: toBoto3 },
  { id: 'go-sdk-v2', label: 'Go (SDK v2)', prism: 'go', load: () => import('./toGoSdkV2').then((module) => module.toGoSdkV2) },
  {
    id: 'java-sdk-v2',
    label: 'Java (SDK v2)',
    prism: 'java',
    load: () => import('./toJavaSdkV2').then((module) => module.toJavaSdkV2),
  },
];

/** A language's generator, loading it first when it is deferred. */
export function loadGenerator(language: SnippetLanguage): Promise<SnippetGenerator> {
  return 'generate' in language ? Promise.resolve(language.generate) : language.load();
}
