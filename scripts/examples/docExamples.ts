import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateLiteral } from './evaluateLiteral';
import { extractComponents } from './extractComponents';
import { listDocPages } from './listDocPages';

export interface ExampleRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface ExampleResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** One `<ApiExample request={{…}} response={{…}} />` of the docs, evaluated. */
export interface DocExample {
  /** Page path relative to docs/, e.g. 'api/re-encrypt.mdx'. */
  readonly page: string;
  readonly section: string;
  /** Requests to send first, on the same sandbox (`setup={[…]}`); empty for most examples. */
  readonly setup: readonly ExampleRequest[];
  readonly request: ExampleRequest;
  readonly response: ExampleResponse;
}

/** Every ApiExample on every page under `docsDir`, in page order. */
export function docExamples(docsDir: string): DocExample[] {
  return listDocPages(docsDir).flatMap((page) => {
    const source = readFileSync(path.join(docsDir, page), 'utf8');
    return extractComponents(source)
      .filter((component) => component.name === 'ApiExample')
      .map((component) => {
        const { request, response, setup } = component.attributes;
        if (request?.kind !== 'expression' || response?.kind !== 'expression') {
          throw new Error(`${page} (${component.section}): ApiExample needs request={{…}} and response={{…}}.`);
        }
        return {
          page,
          section: component.section,
          setup: setup?.kind === 'expression' ? (evaluateLiteral(setup.text) as ExampleRequest[]) : [],
          request: evaluateLiteral(request.text) as ExampleRequest,
          response: evaluateLiteral(response.text) as ExampleResponse,
        };
      });
  });
}
