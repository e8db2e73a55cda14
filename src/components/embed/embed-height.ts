// /embed/map/ inside another page's iframe: reports its height to the parent as pym.js does, on
// load and whenever its size changes, so a pym parent or our snippet can size the iframe to fit.
import { pymChildId, pymMessage, parsePymMessage, wantedHeight } from '../../lib/embed/pym';

if (window.parent !== window) {
  const id = pymChildId(location.search);
  let last = -1;
  const px = (value: string) => Number.parseFloat(value) || 0;

  const measure = (): number => {
    const documentHeight = document.documentElement.scrollHeight;
    const stage = document.querySelector<HTMLElement>('.positions-map__stage');
    const still = document.querySelector<HTMLImageElement>('img[data-static-map]');
    if (!stage || !still) return documentHeight;
    return wantedHeight({
      documentHeight,
      stageHeight: stage.getBoundingClientRect().height,
      stageWidth: stage.getBoundingClientRect().width,
      // The static map's own shape (its width and height attributes), whatever it is drawn at.
      aspect: Number(still.getAttribute('height')) / Number(still.getAttribute('width')) || 0.7,
      minStage: px(getComputedStyle(stage).minHeight),
    });
  };

  const send = (force = false) => {
    const height = measure();
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(pymMessage(id, 'height', height), '*');
  };

  // A pym parent sends the width when it loads and resizes: answer with the height.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && parsePymMessage(event.data)?.type === 'width') send(true);
  });
  const observer = new ResizeObserver(() => send());
  observer.observe(document.body);
  for (const el of document.querySelectorAll('.positions-map, .positions-map > *, .positions-map__head > *, .positions-map__stage')) observer.observe(el);
  window.addEventListener('load', () => send(true));
  send(true);
}
