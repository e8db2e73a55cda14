// Parses built HTML with happy-dom's DOMParser (no scripts run, nothing is fetched).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    navigation: { disableMainFrameNavigation: true },
  },
});
const parser = new window.DOMParser();

export type HtmlDocument = ReturnType<typeof parser.parseFromString>;

export const parseHtml = (html: string): HtmlDocument => parser.parseFromString(html, 'text/html');

const cache = new Map<string, HtmlDocument>();
/** Parses a file once per test file. */
export function readHtml(path: string): HtmlDocument {
  let doc = cache.get(path);
  if (!doc) {
    doc = parseHtml(readFileSync(path, 'utf8'));
    cache.set(path, doc);
  }
  return doc;
}

/** The textContent of every paragraph inside `.article-text` under `scope`. */
export function articleTextParagraphs(scope: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): string[] {
  return Array.from(scope.querySelectorAll('.article-text p'), (p) => p.textContent ?? '');
}
