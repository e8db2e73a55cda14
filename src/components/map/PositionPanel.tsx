// The details of one position, when its marker or its name in the text is activated. A non-modal
// dialog: focus moves to its title; Escape, the close button or Back closes it, and the island returns
// focus to what opened it. On the story's pages it opens in the text, as wide as the text and read
// whole (./panel-host); on the embed, which has no text, over the map (`overlay`).
import { useEffect, useRef } from 'react';
import { outOfFrame } from '../../lib/embed/links';
import type { MapPosition } from '../../lib/map/map-data';
import { positionDomId } from '../../lib/contracts';

interface Props {
  position: MapPosition;
  /** The page holding the positions table ("" when it is this page). */
  tablePage: string;
  /** Over the map (the embed), rather than in the text. */
  overlay?: boolean;
  /** Over a narrow map: show at the top (the marker is in the lower half) rather than the bottom. */
  atTop?: boolean;
  /** In the embed: links open in a new tab, outside the frame. */
  newTab?: boolean;
  onClose(): void;
}

export default function PositionPanel({ position: p, tablePage, overlay = false, atTop = false, newTab = false, onClose }: Props) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(
    function focusTitle() {
      titleRef.current?.focus({ preventScroll: true });
    },
    [p.id],
  );
  const titleId = `tm-panel-title-${p.id}`;
  return (
    <div
      className={overlay ? `tm-panel tm-panel--overlay${atTop ? ' tm-panel--top' : ''}` : 'tm-panel tm-panel--flow editorial'}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="tm-panel__head">
        <p className="tm-panel__title" id={titleId} tabIndex={-1} ref={titleRef}>
          {p.label}
        </p>
        <button type="button" className="tm-panel__close" onClick={onClose} aria-label={`Close the details of ${p.label}`}>
          ×
        </button>
      </div>
      <p className="tm-panel__kind">
        {p.sideName} · {p.statusName}
      </p>
      <dl className="tm-panel__facts">
        <dt>What</dt>
        <dd>{p.what}</dd>
        <dt>Strength</dt>
        <dd>{p.strength}</dd>
        <dt>As of</dt>
        <dd>{p.asOf}</dd>
        <dt>Confidence</dt>
        <dd>
          {p.confidence}
          {p.confidenceNote ? ` (${p.confidenceNote})` : ''}
        </dd>
        <dt>The point marks</dt>
        <dd>{p.marks}</dd>
        {p.note && (
          <>
            <dt>Note</dt>
            <dd>{p.note}</dd>
          </>
        )}
        {p.movements.length > 0 && (
          <>
            <dt>Movement</dt>
            {p.movements.map((m) => (
              <dd key={m}>{m}</dd>
            ))}
          </>
        )}
      </dl>
      {p.corrections?.map((c, i) => (
        <p className="tm-panel__correction" key={i}>
          <strong>Corrected {c.date}:</strong> {c.text}
        </p>
      ))}
      <p className="tm-panel__sources-title">Sources</p>
      <ul className="tm-panel__sources">
        {p.sources.map((s, i) => (
          <li key={i}>
            {s.outlet}:{' '}
            {s.url ? (
              <a href={s.url} {...outOfFrame(newTab)} rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.date ? `, ${s.date}` : ''}
            {s.copyOnly ? ' (known only from a copy on another site)' : ''}
          </li>
        ))}
      </ul>
      <p className="tm-panel__table">
        <a href={`${tablePage}#${positionDomId(p.id)}`} {...outOfFrame(newTab)}>
          This position in the table</a>
      </p>
    </div>
  );
}
