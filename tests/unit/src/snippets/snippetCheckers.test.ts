import { beforeAll, describe, expect, it } from 'vitest';
import { sandboxEndpoint } from '../../../../src/snippets/sandboxEndpoint';
import { toAwsCli } from '../../../../src/snippets/toAwsCli';
import { toBoto3 } from '../../../../src/snippets/toBoto3';
import { toGoSdkV2 } from '../../../../src/snippets/toGoSdkV2';
import { toJavaSdkV2 } from '../../../../src/snippets/toJavaSdkV2';
import { toJsSdkV3 } from '../../../../src/snippets/toJsSdkV3';
import { checkAwsCli } from './checkers/checkAwsCli';
import { checkGo } from './checkers/checkGo';
import { checkJava } from './checkers/checkJava';
import { checkJavaScript } from './checkers/checkJavaScript';
import { checkPython } from './checkers/checkPython';
import { findGofmt } from './checkers/findGofmt';

// Each checker is shown to reject a broken snippet, so a green run of the snippet checks means something.
const input = {
  operation: 'Encrypt',
  body: { KeyId: 'alias/ExampleAlias', Plaintext: 'SGk=', EncryptionContext: { Department: 'Finance' }, DryRun: true },
  endpoint: sandboxEndpoint,
};

describe('the Python check', () => {
  it('accepts the boto3 snippet', async () => {
    expect(await checkPython(toBoto3(input))).toBeUndefined();
  });

  it('rejects a snippet with an unclosed call', async () => {
    expect(await checkPython(toBoto3(input).replace(/\)\nprint/, '\nprint'))).toMatch(/SyntaxError|never closed/);
  });
});

describe('the Java check', () => {
  it('accepts the Java SDK v2 snippet', () => {
    expect(checkJava(toJavaSdkV2(input))).toBeUndefined();
  });

  it('rejects a snippet missing a semicolon', () => {
    expect(checkJava(toJavaSdkV2(input).replace('.build();', '.build()'))).toMatch(/parsing errors/);
  });
});

describe('the JavaScript check', () => {
  it('accepts the SDK v3 snippet', () => {
    expect(checkJavaScript(toJsSdkV3(input))).toBeUndefined();
  });

  it('rejects a snippet with an unclosed object', () => {
    expect(checkJavaScript(toJsSdkV3(input).replace('  }),', '  ),'))).toBeDefined();
  });
});

describe('the Go check', () => {
  let gofmt: string | undefined;
  beforeAll(async () => {
    gofmt = await findGofmt();
  }, 600_000);

  it('accepts the Go SDK v2 snippet', async (context) => {
    if (gofmt === undefined) return context.skip();
    expect(await checkGo(gofmt, toGoSdkV2(input))).toBeUndefined();
  });

  it('rejects a snippet with a syntax error', async (context) => {
    if (gofmt === undefined) return context.skip();
    expect(await checkGo(gofmt, toGoSdkV2(input).replace('ctx := context.Background()', 'ctx := context.Background('))).toMatch(
      /expected/,
    );
  });

  it('rejects a snippet gofmt would reformat', async (context) => {
    if (gofmt === undefined) return context.skip();
    expect(await checkGo(gofmt, toGoSdkV2(input).replace('\tKeyId: ', '\tKeyId:   '))).toBe('gofmt would reformat this program');
  });

  it('rejects a snippet that imports a package it never uses', async (context) => {
    if (gofmt === undefined) return context.skip();
    const code = toGoSdkV2(input).replace('\t"log"\n', '\t"log"\n\t"os"\n');
    expect(await checkGo(gofmt, code)).toBe('imported and not used: os');
  });
});

describe('the AWS CLI check', () => {
  it('accepts the CLI snippet and finds every value intact', async () => {
    expect(await checkAwsCli(toAwsCli(input), input.body)).toBeUndefined();
  });

  it('accepts lists said as words or, when empty, as JSON', async () => {
    for (const GrantTokens of [['a', 'b c'], []]) {
      const body = { KeyId: 'k', GrantTokens };
      expect(await checkAwsCli(toAwsCli({ ...input, operation: 'DescribeKey', body }), body)).toBeUndefined();
    }
  });

  it('rejects a snippet bash cannot parse', async () => {
    expect(await checkAwsCli(`${toAwsCli(input)} '`)).toMatch(/^bash -n/);
  });

  it('rejects a command the model does not have', async () => {
    expect(await checkAwsCli(toAwsCli(input).replace('aws kms encrypt', 'aws kms encrypt-data'))).toBe(
      'the model has no command aws kms encrypt-data',
    );
  });

  it('rejects an option the command does not have', async () => {
    expect(await checkAwsCli(toAwsCli(input).replace('--plaintext', '--plain-text'))).toBe('aws kms encrypt has no option --plain-text');
  });

  it('rejects a value the shell would split', async () => {
    const body = { KeyId: 'alias/ExampleAlias', Plaintext: 'SGk=', EncryptionContext: { Department: 'Finance and Legal' } };
    const unquoted = toAwsCli({ ...input, body }).replace(`'{"Department":"Finance and Legal"}'`, '{"Department":"Finance and Legal"}');
    expect(await checkAwsCli(unquoted, body)).toMatch(/a stray word|EncryptionContext: the CLI would read/);
  });

  it('rejects a blob whose bytes change on the way', async () => {
    expect(await checkAwsCli(toAwsCli(input).replace('| base64 -d', ''), input.body)).toMatch(/^Plaintext: the CLI would read/);
  });
});
