/** Documents of what follows the talking: objections, progress posts, ratings and the sealed archive. */
import type { Attachment, ObjectionState } from '@shared';

/** 异议: a member's objection to a published result, which the committee must answer. */
export interface ObjectionDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  authorId: string;
  reason: string;
  state: ObjectionState;
  answer?: { reason: string; by: string; at: number };
  at: number;
  version: number;
}

/** 落实进展: a progress post on carrying out the outcome. */
export interface ProgressDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  text: string;
  percent: number;
  photos: string[];
  /** Absent on posts made before attachments existed. */
  attachments?: Attachment[];
  by: string;
  at: number;
}

/** 满意度测评: one participant's rating of the outcome. Id: consultation:member. */
export interface EvaluationDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  score: number;
  comment?: string;
  at: number;
  version: number;
}

/** 一事一档: the sealed record's hash; the record itself is read back from the store to verify it. */
export interface ArchiveDoc {
  _id: string;
  communityId: string;
  hash: string;
  /** Each part's own hash, so verification can say which part was changed. */
  partHashes: Record<string, string>;
  sealedAt: number;
  by: string;
}
