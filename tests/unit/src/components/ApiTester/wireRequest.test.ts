import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../../../src/components/ApiTester/model/buildRequest';
import { describeRequest, rawHttp } from '../../../../../src/components/ApiTester/model/wireRequest';

describe('the request as it went over the wire', () => {
  it('is read from the Request object the tester sends, headers and body included', async () => {
    const request = buildRequest('Encrypt', '{"KeyId":"alias/example","Plaintext":"SGk="}', undefined);
    expect(await describeRequest(request)).toEqual({
      method: 'POST',
      host: 'sandbox.qkms.invalid',
      path: '/',
      headers: [
        ['content-type', 'application/x-amz-json-1.1'],
        ['x-amz-target', 'TrentService.Encrypt'],
      ],
      body: '{"KeyId":"alias/example","Plaintext":"SGk="}',
    });
  });

  it('leaves the request’s body for the send', async () => {
    const request = buildRequest('ListKeys', '{}', undefined);
    await describeRequest(request);
    expect(await request.text()).toBe('{}');
  });

  it('copies as raw HTTP/1.1 with CRLF lines, Host and Content-Length in bytes', async () => {
    const request = await describeRequest(buildRequest('Encrypt', '{"Plaintext":"ü"}', undefined, 'arn:verenc:iam::444455556666:root'));
    expect(rawHttp(request)).toBe(
      [
        'POST / HTTP/1.1',
        'host: sandbox.qkms.invalid',
        'content-type: application/x-amz-json-1.1',
        'x-amz-target: TrentService.Encrypt',
        'x-qkms-caller: arn:verenc:iam::444455556666:root',
        'content-length: 18',
        '',
        '{"Plaintext":"ü"}',
      ].join('\r\n'),
    );
  });
});
