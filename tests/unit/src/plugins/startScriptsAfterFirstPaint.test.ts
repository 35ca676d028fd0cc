import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes } from '../../../../src/plugins/contentSecurityPolicy/addContentSecurityPolicy';
import { startScriptsAfterFirstPaint } from '../../../../src/plugins/contentSecurityPolicy/startScriptsAfterFirstPaint';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset=UTF-8><script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/main.2.js defer></script></head><body>${body}</body></html>`;

const starterOf = (html: string) => /<script>(\(function\(\)\{[\s\S]*?)<\/script>/.exec(html)![1];

/** Runs a starter in a fake document, returning the scripts it appends, in order, after each browser step. */
function runStarter(starter: string) {
  const appended: string[] = [];
  const listeners: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    readyState: 'loading',
    head: { appendChild: (script: { src: string; async: boolean }) => appended.push(`${script.src}${script.async ? ' async' : ''}`) },
    createElement: () => ({ src: '', async: true }),
  };
  runInNewContext(starter, {
    document,
    addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && listeners.push(listener),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
  });
  const step = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  return { appended, parsed: () => step(listeners), frame: () => step(frames), task: () => step(timers) };
}

describe('bundles start after the first paint', () => {
  test('the deferred bundles become preloads and one starter, in their order, and nothing else changes', () => {
    const html = startScriptsAfterFirstPaint(page('<p>text</p>'));
    expect(html).not.toContain(' defer>');
    expect(html).toContain('<link rel=preload as=script href=/assets/js/runtime~main.1.js><link rel=preload as=script href=/assets/js/main.2.js><script>');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<body><p>text</p></body>');
  });

  test('the starter appends the bundles in order, not async, only after parsing and two frames', () => {
    const browser = runStarter(starterOf(startScriptsAfterFirstPaint(page(''))));
    browser.frame();
    browser.task();
    expect(browser.appended).toEqual([]);
    browser.parsed();
    browser.frame();
    browser.task();
    expect(browser.appended).toEqual([]);
    browser.frame();
    expect(browser.appended).toEqual([]);
    browser.task();
    expect(browser.appended).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
  });

  test('every page gets the same starter, so the policy allows one more inline script, not one per page', () => {
    const one = startScriptsAfterFirstPaint(page('<p>one</p>'));
    const other = startScriptsAfterFirstPaint(page('<main>other</main>'));
    expect(inlineScriptHashes(one)).toEqual(inlineScriptHashes(other));
    expect(inlineScriptHashes(one)).toHaveLength(1);
  });

  test('a page without deferred bundles is left as it is', () => {
    const html = '<html><head><script src=/x.js></script></head><body></body></html>';
    expect(startScriptsAfterFirstPaint(html)).toBe(html);
  });
});
