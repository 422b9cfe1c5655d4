import { COMMUNITY_KIND_LABELS, type CommunityView } from '@shared';
import type { CommunityDoc } from './docs';

export function toCommunityView(c: CommunityDoc): CommunityView {
  return { id: c._id, name: c.name, kind: c.kind, kindLabel: COMMUNITY_KIND_LABELS[c.kind] };
}
