/** The voting function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { ROOM_METHODS } from '../../meeting/meeting';
import { instant, wholeNumber } from '../../schema/bounds';
import { CHOICES } from '../../voting/decide';
import type { ConsultationDetailView } from '../views/consultation';
import type {
  BallotEntryView,
  BallotPapersView,
  ElectoratePreviewView,
  FamilyVoteView,
  ProxyRequestsView,
  TallySheetView,
  VoteElectorsView,
  VoteParticipationView,
  VoteView,
} from '../views/voting';
import { Id, NamedPerson, Photos, Reason, Version } from './common';

/** An elector of a vote round: a register entry's id, a household's or an owner's. */
const ElectorId = z.string().min(1, '缺少选民编号').max(120, '选民编号格式有误');
/** A head count a person enters: a whole number, and no hall holds a million. */
const Count = wholeNumber('人数', 0, 1_000_000, '人');

export const votingApi = {
  'vote.get': z.strictObject({ consultationId: Id }),
  'vote.open': z.strictObject({ consultationId: Id }),
  'vote.close': z.strictObject({ consultationId: Id }),
  /** 调整表决时间: before a vote opens, the committee moves its times; everyone in scope is told anew. */
  'vote.reschedule': z
    .strictObject({
      consultationId: Id,
      version: Version,
      opensAt: instant('表决开始时间'),
      closesAt: instant('表决截止时间'),
      reason: Reason.min(1, '请填写调整原因'),
    })
    .refine((v) => v.closesAt > v.opensAt, { message: '表决截止时间必须晚于开始时间', path: ['closesAt'] }),
  'vote.participation': z.strictObject({ consultationId: Id }),
  /** `electorId`: the one elector a scanned ballot names, instead of a search. */
  'vote.electors': z.strictObject({ consultationId: Id, query: z.string().trim().max(30).optional(), electorId: ElectorId.optional() }),
  'vote.preview': z.strictObject({ consultationId: Id }),
  /** 表决票: the next page of an open vote's electors, after the last elector of the page before. */
  'vote.ballotPapers': z.strictObject({ consultationId: Id, after: ElectorId.optional() }),
  /** 计票单 for the counting table. */
  'vote.tallySheet': z.strictObject({ consultationId: Id }),
  'ballot.cast': z.strictObject({ consultationId: Id, choice: z.enum(CHOICES, '请选择同意、反对或弃权') }),
  'ballot.enterPaper': z
    .strictObject({
      consultationId: Id,
      electorId: ElectorId,
      choice: z.enum(CHOICES, '请选择同意、反对或弃权'),
      channel: z.enum(['paper', 'proxy'], '请选择纸质或委托'),
      /** Photos of the signed ballot. */
      evidence: Photos(4).min(1, '请上传签字选票的照片'),
      /** For a proxy: the member who voted for the elector, and photos of the 委托书. */
      proxyMemberId: Id.optional(),
      proxyEvidence: Photos(4).optional(),
    })
    .refine((b) => b.channel !== 'proxy' || (b.proxyMemberId && b.proxyEvidence && b.proxyEvidence.length > 0), {
      message: '委托投票须注明受托人并上传委托书照片',
      path: ['proxyEvidence'],
    }),
  'ballot.respond': z.strictObject({
    consultationId: Id,
    verdict: z.enum(['confirm', 'dispute'], '请选择确认或有异议'),
    note: Reason.optional(),
  }),
  /** 会场计票: the room's count of a meeting vote, with who counted and watched, and the signed 计票单. */
  'vote.enterRoomCount': z.strictObject({
    consultationId: Id,
    method: z.enum(ROOM_METHODS, '请选择举手或投票箱'),
    counts: z.strictObject({ agree: Count, disagree: Count, abstain: Count, silent: Count }),
    teller: NamedPerson('计票人'),
    scrutineer: NamedPerson('监票人'),
    evidence: Photos(4).min(1, '请上传计票人、监票人签字的计票单照片'),
  }),
  /** 代为表决, step 1: the signed 委托书 of a household member, for the committee to confirm. */
  'family.requestProxy': z.strictObject({ consultationId: Id, entryId: Id, evidence: Photos(4).min(1, '请上传签字的委托书照片') }),
  /** The 委托书 waiting for the committee in one vote. */
  'family.proxyRequests': z.strictObject({ consultationId: Id }),
  /** The committee confirms a 委托书, or refuses it saying why. */
  'family.confirmProxy': z
    .strictObject({ consultationId: Id, electorId: ElectorId, verdict: z.enum(['confirm', 'refuse'], '请选择确认或退回'), reason: Reason.optional() })
    .refine((r) => r.verdict === 'confirm' || (r.reason && r.reason.length > 0), { message: '请说明退回的原因', path: ['reason'] }),
  /** A vote as the caller's household members stand in it: each one's 委托书 and ballot. */
  'family.vote': z.strictObject({ consultationId: Id }),
  /** 代为表决, step 2: once the committee confirmed the 委托书, the household member casts the relative's ballot. */
  'family.castFor': z.strictObject({ consultationId: Id, entryId: Id, choice: z.enum(CHOICES, '请选择同意、反对或弃权') }),
} as const;

export interface VotingApiResults {
  'vote.enterRoomCount': VoteView;
  'family.requestProxy': FamilyVoteView;
  'family.proxyRequests': ProxyRequestsView;
  'family.confirmProxy': ProxyRequestsView;
  'family.vote': FamilyVoteView;
  'family.castFor': FamilyVoteView;
  'vote.get': VoteView;
  'vote.open': VoteView;
  'vote.close': VoteView;
  'vote.reschedule': ConsultationDetailView;
  'vote.participation': VoteParticipationView;
  'vote.electors': VoteElectorsView;
  'vote.preview': ElectoratePreviewView;
  'vote.ballotPapers': BallotPapersView;
  'vote.tallySheet': TallySheetView;
  'ballot.cast': VoteView;
  'ballot.enterPaper': BallotEntryView;
  'ballot.respond': VoteView;
}
