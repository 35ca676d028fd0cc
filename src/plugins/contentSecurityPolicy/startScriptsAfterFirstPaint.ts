/** One of the bundles Docusaurus writes into every page's <head> as `<script src=… defer>`. */
const DEFERRED_SCRIPT = /<script src=("?)([^"\s>]+)\1 defer><\/script>/g;

/**
 * The page with its deferred bundles started only after the browser has painted the server-rendered page.
 * A deferred script runs as soon as parsing ends, before the browser's next frame: the text of a long page
 * stayed unpainted until React had evaluated and hydrated everything (on a phone, seconds), though it was all in
 * the HTML. The bundles are still preloaded from <head>, so nothing downloads later; they run in their original
 * order one frame after the content is on screen.
 */
export function startScriptsAfterFirstPaint(html: string): string {
  const sources = [...html.matchAll(DEFERRED_SCRIPT)].map((match) => match[2]);
  if (sources.length === 0) return html;
  const preloads = sources.map((source) => `<link rel=preload as=script href=${source}>`).join('');
  const starter =
    '<script>(function(){' +
    `var sources=${JSON.stringify(sources)};` +
    'function start(){sources.forEach(function(source){var script=document.createElement("script");script.src=source;script.async=false;document.head.appendChild(script)})}' +
    // The second frame's callback runs once the first frame, which holds the page's text, has been produced.
    'function afterPaint(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0)})})}' +
    'if(document.readyState==="loading")addEventListener("DOMContentLoaded",afterPaint);else afterPaint()' +
    '})()</script>';
  let replaced = false;
  return html.replace(DEFERRED_SCRIPT, () => {
    if (replaced) return '';
    replaced = true;
    return preloads + starter;
  });
}
