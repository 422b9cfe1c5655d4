import { COMMUNITY_KIND_LABELS, type CommunityView } from '@shared';
import type { CommunityDoc } from './docs';

export function toCommunityView(c: Pick<CommunityDoc, '_id' | 'name' | 'kind'>): CommunityView {
  return { id: c._id, name: c.name, kind: c.kind, kindLabel: COMMUNITY_KIND_LABELS[c.kind] };
}
