// pym.js's message format (https://github.com/nprapps/pym.js), the iframe-resizing convention most
// CMSs accept: "pymxPYMx{childId}xPYMx{type}xPYMx{value}", e.g. "pymxPYMxmapxPYMxheightxPYMx612".
const DELIMITER = 'xPYMx';

export interface PymMessage {
  id: string;
  type: string;
  value: string;
}

export const pymMessage = (id: string, type: string, value: string | number): string => ['pym', id, type, String(value)].join(DELIMITER);

/** The parts of a pym message, or null when `data` is not one. */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  return { id: parts[1]!, type: parts[2]!, value: parts[3]! };
}

/** The child id a pym parent (or our snippet) gives the embed in its address: ?childId=…; '' when none. */
export const pymChildId = (search: string): string => new URLSearchParams(search).get('childId') ?? '';

/**
 * The height the embed asks for: its content's height with the map stage at its natural shape
 * (`aspect` = height ÷ width of the static map; a flatter stage would show past the basemap's edge)
 * instead of whatever the frame gives it, never below the stage's minimum. It depends on the width
 * alone, so resizing the frame to it does not change it again.
 */
export function wantedHeight(m: { documentHeight: number; stageHeight: number; stageWidth: number; aspect: number; minStage: number }): number {
  const stage = Math.max(m.minStage, m.stageWidth * m.aspect);
  return Math.ceil(m.documentHeight - m.stageHeight + stage);
}

/**
 * The few lines a newsroom pastes after the iframe: resize it to the height the embed reports.
 * Only messages from that iframe's own window count. The iframe works without it, at its fixed height.
 */
export function parentScript(frameId: string): string {
  return [
    '<script>',
    'window.addEventListener("message", function (e) {',
    `  var f = document.getElementById(${JSON.stringify(frameId)});`,
    '  var m = typeof e.data === "string" ? e.data.split("xPYMx") : [];',
    '  if (f && e.source === f.contentWindow && m[0] === "pym" && m[1] === f.id && m[2] === "height" && /^\\d+$/.test(m[3])) f.height = m[3];',
    '});',
    '</script>',
  ].join('\n');
}
