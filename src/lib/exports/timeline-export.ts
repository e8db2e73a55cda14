// The /data/timeline.json export: the timeline in calendar order, each entry with its full citations.
import type { Source } from '../../schemas/source';
import type { TimelineEntry } from '../../schemas/timeline';
import { citeSources } from '../format/citations';
import { sortTimeline } from '../timeline';

export type ExportedTimelineEntry = Omit<TimelineEntry, 'sources'> & { sources: Source[] };

/** The timeline in calendar order with full citations. */
export function timelineExport(entries: TimelineEntry[], sources: Map<string, Source>): ExportedTimelineEntry[] {
  return sortTimeline(entries).map((e) => ({ ...e, sources: citeSources(e.sources, sources) }));
}
