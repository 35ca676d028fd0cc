import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes } from '../../../../src/plugins/contentSecurityPolicy/addContentSecurityPolicy';
import { startScriptsAfterFirstPaint } from '../../../../src/plugins/contentSecurityPolicy/startScriptsAfterFirstPaint';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset=UTF-8><script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/main.2.js defer></script></head><body>${body}</body></html>`;

const starterOf = (html: string) => /<script>(\(function\(\)\{[\s\S]*?)<\/script>/.exec(html)![1];

type PaintName = 'first-paint' | 'first-contentful-paint';

/**
 * Runs a starter in a fake document, returning the scripts it appends, in order, after each browser step. With
 * `paintTiming`, the browser reports paints to PerformanceObservers as Chromium does: in a later task, and the
 * ones before an observer existed too when it asks for buffered entries.
 */
function runStarter(starter: string, { paintTiming }: { readonly paintTiming: boolean }) {
  const appended: string[] = [];
  const listeners: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const painted: PaintName[] = [];
  const observers = new Set<(names: readonly PaintName[]) => void>();
  const document = {
    readyState: 'loading',
    head: { appendChild: (script: { src: string; async: boolean }) => appended.push(`${script.src}${script.async ? ' async' : ''}`) },
    createElement: () => ({ src: '', async: true }),
  };
  class FakePerformanceObserver {
    static readonly supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly deliver: (names: readonly PaintName[]) => void;
    constructor(callback: (list: { getEntriesByName(name: string): unknown[] }, observer: unknown) => void) {
      this.deliver = (names) => callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) }, this);
    }
    observe({ type, buffered }: { readonly type: string; readonly buffered?: boolean }) {
      if (type !== 'paint') throw new Error(`observed ${type}`);
      observers.add(this.deliver);
      if (buffered && painted.length > 0) {
        const earlier = [...painted];
        timers.push(() => this.deliver(earlier));
      }
    }
    disconnect() {
      observers.delete(this.deliver);
    }
  }
  runInNewContext(starter, {
    document,
    addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && listeners.push(listener),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
    ...(paintTiming ? { PerformanceObserver: FakePerformanceObserver } : {}),
  });
  const step = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  const paint = (name: PaintName) => {
    painted.push(name);
    for (const deliver of [...observers]) timers.push(() => deliver([name]));
  };
  return { appended, observers, parsed: () => step(listeners), frame: () => step(frames), task: () => step(timers), paint };
}

describe('bundles start after the first paint', () => {
  test('the deferred bundles become preloads and one starter, in their order, and nothing else changes', () => {
    const html = startScriptsAfterFirstPaint(page('<p>text</p>'));
    expect(html).not.toContain(' defer>');
    expect(html).toContain('<link rel=preload as=script href=/assets/js/runtime~main.1.js><link rel=preload as=script href=/assets/js/main.2.js><script>');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<body><p>text</p></body>');
  });

  test('a script marked data-no-preload is started in its place among the others but not preloaded', () => {
    const marked = page('').replace(
      '<script src=/assets/js/main.2.js defer>',
      '<script src=/assets/js/route.3.js defer data-no-preload></script><script src=/assets/js/main.2.js defer>',
    );
    const html = startScriptsAfterFirstPaint(marked);
    expect(html).not.toContain('route.3.js><');
    expect(html).not.toContain('href=/assets/js/route.3.js');
    const { appended, parsed, paint, task } = runStarter(starterOf(html), { paintTiming: true });
    parsed();
    paint('first-contentful-paint');
    task();
    task();
    expect(appended).toEqual(['/assets/js/runtime~main.1.js', '/assets/js/route.3.js', '/assets/js/main.2.js']);
  });

  const BUNDLES = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'];
  const starter = () => starterOf(startScriptsAfterFirstPaint(page('')));

  test('the starter appends the bundles in order, not async, once the page is parsed and its first contentful paint reported', () => {
    const browser = runStarter(starter(), { paintTiming: true });
    browser.frame();
    browser.task();
    browser.parsed();
    // Frames alone are not a paint of content, nor is a first paint without content.
    browser.frame();
    browser.frame();
    browser.paint('first-paint');
    browser.task();
    browser.task();
    expect(browser.appended).toEqual([]);
    browser.paint('first-contentful-paint');
    browser.task();
    expect(browser.appended).toEqual([]);
    browser.task();
    expect(browser.appended).toEqual(BUNDLES);
    expect(browser.observers.size).toBe(0);
    browser.paint('first-contentful-paint');
    browser.task();
    browser.task();
    expect(browser.appended).toEqual(BUNDLES);
  });

  test('a first contentful paint before parsing ended starts the bundles once it has', () => {
    const browser = runStarter(starter(), { paintTiming: true });
    browser.paint('first-paint');
    browser.paint('first-contentful-paint');
    browser.task();
    browser.task();
    expect(browser.appended).toEqual([]);
    browser.parsed();
    browser.task();
    browser.task();
    expect(browser.appended).toEqual(BUNDLES);
  });

  test('without Paint Timing, the starter appends the bundles only after parsing and two frames', () => {
    const browser = runStarter(starter(), { paintTiming: false });
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
    expect(browser.appended).toEqual(BUNDLES);
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
