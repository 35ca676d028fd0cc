import { describe, expect, it } from 'vitest';
import { describeResponse } from '../../../../../src/components/ApiTester/model/readResponse';
import { formatElapsed, responseAnnouncement } from '../../../../../src/components/ApiTester/model/responseAnnouncement';

const jsonHeaders = new Headers({ 'content-type': 'application/x-amz-json-1.1' });

describe('responseAnnouncement', () => {
  it('announces a success with its status and time, not its body', () => {
    const response = describeResponse(200, 'OK', jsonHeaders, '{"KeyId":"arn:verenc:111122223333:key/x"}', 3.25);
    expect(responseAnnouncement(response, undefined)).toBe('Response 200 OK, in 3.3 ms');
  });

  it('announces an error with its status and error type', () => {
    const response = describeResponse(400, '', jsonHeaders, '{"__type":"NotFoundException","message":"Key not found"}', 42.4);
    expect(responseAnnouncement(response, undefined)).toBe('Response 400 Bad Request: NotFoundException, in 42 ms');
  });

  it('announces a sandbox failure in words', () => {
    expect(responseAnnouncement(undefined, 'IndexedDB is closed')).toBe('The sandbox could not answer: IndexedDB is closed');
  });

  it('says nothing before the first answer', () => {
    expect(responseAnnouncement(undefined, undefined)).toBe('');
  });

  it('shows one decimal under 10 ms and whole milliseconds above', () => {
    expect(formatElapsed(0.42)).toBe('0.4 ms');
    expect(formatElapsed(123.6)).toBe('124 ms');
  });
});
