// /data/statements.json: every statement in article order, its speaker embedded and its sources in full.
import type { Source } from '../../schemas/source';
import type { Speaker } from '../../schemas/speaker';
import type { Statement } from '../../schemas/statement';
import { citeSources } from '../format/citations';

export type ExportedStatement = Omit<Statement, 'speaker' | 'sources'> & {
  speaker: Pick<Speaker, 'id' | 'name' | 'role'>;
  sources: Source[];
};

/** The statements with `speaker` replaced by { id, name, role } and `sources` by full citations. */
export function statementsExport(statements: Statement[], speakers: Speaker[], sources: Map<string, Source>): ExportedStatement[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return statements.map(({ speaker: speakerId, sources: sourceIds, ...rest }) => {
    const speaker = byId.get(speakerId);
    if (!speaker) throw new Error(`statement "${rest.id}": unknown speaker "${speakerId}"`);
    return { ...rest, speaker: { id: speaker.id, name: speaker.name, role: speaker.role }, sources: citeSources(sourceIds, sources) };
  });
}
