import type { API, FunctionName } from '@shared';
import type { ConsultationDoc, MemberDoc } from '../../cloudfunctions/core/docs';
import { issueStaffInvite } from '../../cloudfunctions/core/street/invites';
import { registerBuffer } from '../fixtures/make-register';
import { completePlan, HE_JING, NOW, PNG, registerEntry, ZHANG, type World } from './harness';

/**
 * Every action of the API table with who it is for and a well-formed payload that names 幸福里社区's
 * own records: what the authorisation matrix and the fuzz test start from. The type demands an
 * entry for every action, so a new action cannot ship without one.
 */

/**
 * Who may call an action: nobody needs to be named (the projector), anyone signed in, a member, the
 * committee and supervisors, the committee; a 街道's staff in either role, its officers only.
 */
export type Access = 'anonymous' | 'signedIn' | 'member' | 'readers' | 'committee' | 'streetStaff' | 'streetOfficer';
export interface Records {
  parking: string; // announced, all residents
  ads: string; // with a vote
  lights: string; // implemented
  lift: string; // a draft
  opinion: string;
  suggestion: string;
  pending: string; // a member waiting for approval
  resident: string; // ZHANG's membership
  entry: string; // a register entry
  photo: string;
  workbook: string;
  staffCode: string; // a one-time officer code of 和平街道
  joint: string; // a cross-community matter of 和平街道 (幸福里社区 and 春风社区)
  commission: string; // a matter 和平街道 commissioned 幸福里 to consult on, waiting for the committee
}

export interface Entry {
  access: Access;
  /** Whether the payload names one of 幸福里's (or 和平街道's) records, so another community's committee (or street's officer) must be refused too. */
  own?: boolean;
  payload: (r: Records) => unknown;
}

const text = '建议东侧空地划线停车。';
const plan = { title: '加装电梯', categoryId: 'services-01' };
const suggestionFields = (n: string) => ({
  requestId: `req-matrix-sg-${n}`,
  title: '增设休息座椅',
  description: text,
  place: '3号楼',
  photos: [],
  hideName: false,
});
const commissionFields = (n: string) => ({
  requestId: `req-matrix-cm-${n}`,
  communityId: 'demo-xingfuli',
  title: '背街小巷停车整治',
  matter: '请社区就背街小巷夜间停车的整治办法征求居民意见。',
  department: '城管科',
  dueOn: '2026-12-31',
});
const outcome = (r: Records) => ({ id: r.parking, version: 1, text: '划线停车', responsible: '物业', dueAt: NOW + 30 * 86_400_000, attachments: [] });

const MATRIX: { [F in FunctionName]: Record<keyof (typeof API)[F], Entry> } = {
  account: {
    'me.get': { access: 'signedIn', payload: () => ({}) },
    'me.deleteData': { access: 'signedIn', payload: () => ({ confirm: true }) },
    'me.setCare': { access: 'member', payload: () => ({ care: true }) },
    'feed.list': { access: 'signedIn', payload: () => ({}) },
    'feed.markRead': { access: 'signedIn', payload: () => ({ all: true }) },
    'subscription.templates': { access: 'signedIn', payload: () => ({}) },
    'subscription.grant': { access: 'member', payload: () => ({ templateIds: ['tmpl-notice'] }) },
    'subscription.mine': { access: 'member', payload: () => ({}) },
  },
  member: {
    'invite.lookup': { access: 'signedIn', payload: () => ({ code: 'XFL2026' }) },
    'member.join': {
      access: 'signedIn',
      payload: () => ({ code: 'XFL2026', name: '新居民', address: { building: '9号楼', unit: '1单元', room: '101' }, tenure: 'tenant' }),
    },
    'member.list': { access: 'committee', payload: () => ({}) },
    'member.approve': { access: 'committee', own: true, payload: (r) => ({ memberId: r.pending }) },
    'member.reject': { access: 'committee', own: true, payload: (r) => ({ memberId: r.pending, reason: '不是本小区住户' }) },
    'member.changeRole': { access: 'committee', own: true, payload: (r) => ({ memberId: r.resident, role: 'representative' }) },
    'member.remove': { access: 'committee', own: true, payload: (r) => ({ memberId: r.resident, reason: '已搬离' }) },
    'member.importRoster': { access: 'committee', payload: (r) => ({ fileId: r.workbook, dryRun: true }) },
    'register.list': { access: 'readers', payload: () => ({}) },
    'register.summary': { access: 'readers', payload: () => ({}) },
    'register.get': { access: 'readers', own: true, payload: (r) => ({ id: r.entry }) },
    'register.save': {
      access: 'committee',
      payload: () => ({
        person: {
          name: '赵新',
          address: { building: '9号楼', unit: '1单元', room: '102' },
          householdRep: true,
          representative: false,
          collectiveMember: false,
          collectiveRepresentative: false,
        },
      }),
    },
    'register.markLeft': { access: 'committee', own: true, payload: (r) => ({ id: r.entry, version: 1, kind: 'moved_out', on: '2026-11-01' }) },
    'community.settings': { access: 'committee', payload: () => ({}) },
    'community.updateSettings': { access: 'committee', payload: () => ({ limits: { opinionsPerConsultation: 6, suggestionsPerDay: 6 } }) },
  },
  participation: {
    'attendance.set': { access: 'member', own: true, payload: (r) => ({ consultationId: r.parking, kind: 'participant' }) },
    'attendance.list': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'attendance.confirm': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking, memberId: r.resident }) },
    'opinion.submit': {
      access: 'member',
      own: true,
      payload: (r) => ({ consultationId: r.parking, requestId: 'req-matrix-op-1', stance: 'support', text, photos: [], channel: 'online' }),
    },
    'opinion.recordOnBehalf': {
      access: 'committee',
      own: true,
      payload: (r) => ({
        consultationId: r.parking,
        requestId: 'req-matrix-rec-1',
        memberId: r.resident,
        channel: 'written',
        stance: 'support',
        text,
        evidence: [r.photo],
      }),
    },
    'opinion.respondToEntry': { access: 'member', own: true, payload: (r) => ({ opinionId: r.opinion, verdict: 'confirm' }) },
    'opinion.reply': { access: 'committee', own: true, payload: (r) => ({ opinionId: r.opinion, decision: 'adopted', reason: '' }) },
    'opinion.replyGroup': {
      access: 'committee',
      own: true,
      payload: (r) => ({ consultationId: r.parking, requestId: 'req-matrix-group', opinionIds: [r.opinion], decision: 'adopted', reason: '' }),
    },
    'opinion.themes': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'opinion.moderate': { access: 'committee', own: true, payload: (r) => ({ opinionId: r.opinion, approve: true }) },
    'opinion.list': { access: 'member', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'opinion.mine': { access: 'member', payload: () => ({}) },
    'opinion.queue': { access: 'committee', payload: () => ({}) },
    'family.list': { access: 'member', payload: () => ({}) },
    'family.opinion': {
      access: 'member',
      own: true,
      payload: (r) => ({ consultationId: r.parking, entryId: r.entry, requestId: 'req-matrix-family-1', stance: 'support', text }),
    },
  },
  result: {
    'outcome.close': { access: 'committee', own: true, payload: outcome },
    'outcome.write': { access: 'committee', own: true, payload: outcome },
    'outcome.escalate': {
      access: 'committee',
      own: true,
      payload: (r) => ({
        id: r.ads,
        version: 1,
        reason: '未达法定人数',
        vote: {
          question: '是否同意广告收益用途',
          rule: 'residents_meeting',
          scope: { kind: 'residents' },
          opensAt: NOW + 86_400_000,
          closesAt: NOW + 2 * 86_400_000,
          secret: false,
        },
      }),
    },
    'result.publish': { access: 'committee', own: true, payload: (r) => ({ id: r.ads, version: 1 }) },
    'objection.file': {
      access: 'member',
      own: true,
      payload: (r) => ({ consultationId: r.ads, requestId: 'req-matrix-ob-1', reason: '公示内容与会议决定不符' }),
    },
    'objection.answer': { access: 'committee', own: true, payload: (r) => ({ objectionId: `${r.ads}:objection`, decision: 'dismiss', reason: '经核实无误' }) },
    'objection.list': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'implementation.start': { access: 'committee', own: true, payload: (r) => ({ id: r.ads }) },
    'progress.post': {
      access: 'committee',
      own: true,
      payload: (r) => ({ consultationId: r.lights, requestId: 'req-matrix-pg-1', text: '已完成一半', percent: 50, photos: [], attachments: [] }),
    },
    'implementation.complete': { access: 'committee', own: true, payload: (r) => ({ id: r.lights, report: '已完成', photos: [] }) },
    'evaluation.submit': { access: 'member', own: true, payload: (r) => ({ consultationId: r.lights, score: 5 }) },
    'evaluation.report': { access: 'readers', own: true, payload: (r) => ({ consultationId: r.lights }) },
    'archive.seal': { access: 'committee', own: true, payload: (r) => ({ id: r.lights }) },
    'archive.export': { access: 'readers', own: true, payload: (r) => ({ id: r.lights }) },
  },
  voting: {
    'vote.get': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.open': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.close': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.reschedule': {
      access: 'committee',
      own: true,
      payload: (r) => ({ consultationId: r.ads, version: 1, opensAt: NOW + 86_400_000, closesAt: NOW + 2 * 86_400_000, reason: '改期' }),
    },
    'vote.participation': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.electors': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.preview': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.ballotPapers': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'vote.tallySheet': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'ballot.cast': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads, choice: 'agree' }) },
    'ballot.enterPaper': {
      access: 'committee',
      own: true,
      payload: (r) => ({ consultationId: r.ads, electorId: r.entry, choice: 'agree', channel: 'paper', evidence: [r.photo] }),
    },
    'ballot.respond': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads, verdict: 'confirm' }) },
    'family.requestProxy': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads, entryId: r.entry, evidence: [r.photo] }) },
    'family.proxyRequests': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'family.confirmProxy': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.ads, electorId: r.entry, verdict: 'confirm' }) },
    'family.vote': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads }) },
    'family.castFor': { access: 'member', own: true, payload: (r) => ({ consultationId: r.ads, entryId: r.entry, choice: 'agree' }) },
    'vote.enterRoomCount': {
      access: 'committee',
      own: true,
      payload: (r) => ({
        consultationId: r.ads,
        method: 'hands',
        counts: { agree: 1, disagree: 0, abstain: 0, silent: 0 },
        teller: '李秀英',
        scrutineer: '赵德明',
        evidence: [r.photo],
      }),
    },
  },
  meeting: {
    'meeting.get': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.open': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.close': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.renewScreenCode': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.checkIn': { access: 'member', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.checkInFor': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking, entryId: r.entry }) },
    'meeting.checkOut': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking, electorId: r.entry }) },
    'meeting.find': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking, query: '张' }) },
    'meeting.minutes': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking }) },
    'meeting.saveMinutes': {
      access: 'committee',
      own: true,
      payload: (r) => ({ consultationId: r.parking, version: 0, recorder: '李秀英', agenda: '停车位', speeches: [], decisions: '划线停车' }),
    },
    'meeting.confirmMinutes': { access: 'committee', own: true, payload: (r) => ({ consultationId: r.parking, version: 1, as: 'recorder' }) },
  },
  screen: {
    'screen.get': { access: 'anonymous', payload: () => ({ code: 'ABCD2345' }) },
  },
  street: {
    'street.join': { access: 'signedIn', payload: (r) => ({ code: r.staffCode, name: '新同事' }) },
    'street.home': { access: 'streetStaff', payload: () => ({}) },
    'street.createJoint': {
      access: 'streetOfficer',
      own: true,
      payload: () => ({ requestId: 'req-matrix-joint-new', plan: completePlan(), communityIds: ['demo-xingfuli', 'demo-chunfeng'], countRule: 'overall' }),
    },
    'street.joint': { access: 'streetStaff', own: true, payload: (r) => ({ id: r.joint }) },
    'street.dashboard': { access: 'streetStaff', payload: () => ({}) },
    'street.report': { access: 'streetStaff', payload: () => ({ period: { year: 2026, quarter: 4 } }) },
    'street.jointOutcome': {
      access: 'streetOfficer',
      own: true,
      payload: (r) => ({ id: r.joint, version: 1, text: '拓宽道路', responsible: '城管科', dueAt: NOW + 30 * 86_400_000 }),
    },
    'street.jointComplete': { access: 'streetOfficer', own: true, payload: (r) => ({ id: r.joint, version: 1, report: '已拓宽完成' }) },
    'street.commission': { access: 'streetOfficer', own: true, payload: () => commissionFields('matrix') },
    'street.commissions': { access: 'streetStaff', payload: () => ({}) },
    'street.commissionItem': { access: 'streetStaff', own: true, payload: (r) => ({ id: r.commission }) },
    'street.feedback': { access: 'streetOfficer', own: true, payload: (r) => ({ id: r.commission, decision: 'partly', reasons: '部分内容需区里统筹' }) },
    'streetCatalogue.get': { access: 'streetStaff', payload: () => ({}) },
    'streetCatalogue.add': {
      access: 'streetOfficer',
      payload: () => ({ requestId: 'req-matrix-cat-add', version: 0, categoryId: 'services', name: '加装电梯协调', note: '' }),
    },
    'streetCatalogue.retire': { access: 'streetOfficer', payload: () => ({ requestId: 'req-matrix-cat-retire', version: 0, itemId: 'services-04' }) },
    'streetCatalogue.note': {
      access: 'streetOfficer',
      payload: () => ({ requestId: 'req-matrix-cat-note', version: 0, itemId: 'services-01', note: '本街道：按季度公示' }),
    },
    'streetCatalogue.export': { access: 'streetStaff', payload: () => ({}) },
  },
  suggestion: {
    'suggestion.raise': { access: 'member', payload: () => suggestionFields('raise') },
    'suggestion.enter': { access: 'committee', own: true, payload: (r) => ({ ...suggestionFields('enter'), memberId: r.resident, channel: 'box' }) },
    'suggestion.list': { access: 'member', payload: () => ({}) },
    'suggestion.get': { access: 'member', own: true, payload: (r) => ({ id: r.suggestion }) },
    'suggestion.cosign': { access: 'member', own: true, payload: (r) => ({ id: r.suggestion, on: true }) },
    'suggestion.moderate': { access: 'committee', own: true, payload: (r) => ({ id: r.suggestion, approve: true }) },
    'suggestion.triage': { access: 'committee', own: true, payload: (r) => ({ id: r.suggestion, version: 1, decision: 'handle', text: '已转物业' }) },
    'suggestion.ledger': { access: 'readers', payload: () => ({}) },
    'suggestion.export': { access: 'readers', payload: () => ({}) },
    'suggestion.themes': { access: 'readers', payload: () => ({ from: '2026-01-01', to: '2026-12-31' }) },
  },
  consultation: {
    'catalogue.list': { access: 'signedIn', payload: () => ({}) },
    'consultation.list': { access: 'member', payload: () => ({}) },
    'consultation.get': { access: 'member', own: true, payload: (r) => ({ id: r.parking }) },
    'consultation.createDraft': { access: 'committee', payload: () => ({ requestId: 'req-matrix-draft', plan }) },
    'consultation.updateDraft': { access: 'committee', own: true, payload: (r) => ({ id: r.lift, version: 1, plan }) },
    'consultation.publishNotice': { access: 'committee', own: true, payload: (r) => ({ id: r.lift, version: 1 }) },
    'consultation.withdraw': { access: 'committee', own: true, payload: (r) => ({ id: r.parking, reason: '重新征求意见' }) },
    'consultation.startConsulting': { access: 'committee', own: true, payload: (r) => ({ id: r.parking }) },
    'consultation.follow': { access: 'member', own: true, payload: (r) => ({ id: r.parking, follow: true }) },
    'consultation.recordPriorStep': {
      access: 'committee',
      own: true,
      payload: (r) => ({
        id: r.ads,
        version: 1,
        step: 'party_discussion',
        heldOn: '2026-11-01',
        meeting: '党支部会议',
        conclusion: '同意提交表决',
        evidence: [r.photo],
      }),
    },
    'notice.poster': { access: 'committee', own: true, payload: (r) => ({ id: r.parking }) },
    'consultation.signInSheet': { access: 'committee', own: true, payload: (r) => ({ id: r.parking }) },
    'board.list': { access: 'signedIn', payload: () => ({}) },
    'board.item': { access: 'signedIn', payload: (r) => ({ id: r.lights }) },
    'commission.list': { access: 'committee', payload: () => ({}) },
    'commission.draft': { access: 'committee', own: true, payload: (r) => ({ id: r.commission, categoryId: 'services-01' }) },
    'commission.report': { access: 'committee', own: true, payload: (r) => ({ id: r.commission, note: '已按协商意见办理' }) },
  },
};

export const entries = () =>
  Object.entries(MATRIX).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, Entry>).map(([action, entry]) => ({ fn: fn as FunctionName, action, entry })),
  );

/** The records the samples name: the demo's own, and an opinion and a suggestion of 张伟's made here. */
export async function loadRecords(w: World): Promise<Records> {
  const titled = async (title: string) =>
    (await w.store.find<ConsultationDoc>('consultations', { communityId: 'demo-xingfuli' })).find((c) => c.plan.title.includes(title))!._id;
  const memberOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0]._id;
  const parking = await titled('停车位');
  const opinion = await w.ok(ZHANG, 'participation', 'opinion.submit', {
    consultationId: parking,
    requestId: 'req-matrix-seed-op',
    stance: 'support',
    text,
    photos: [],
    channel: 'online',
  });
  const suggestion = await w.ok(ZHANG, 'suggestion', 'suggestion.raise', suggestionFields('seed'));
  return {
    parking,
    ads: await titled('广告'),
    lights: await titled('照明'),
    lift: await titled('电梯'),
    opinion: opinion.id,
    suggestion: suggestion.id,
    pending: await memberOf('demo-lin-xiao'),
    resident: await memberOf(ZHANG),
    entry: registerEntry('张伟'),
    photo: await w.files.put(PNG),
    staffCode: await issueStaffInvite(w.store, 'demo-heping', 'officer', NOW),
    joint: (
      await w.ok(HE_JING, 'street', 'street.createJoint', {
        requestId: 'req-matrix-joint-seed',
        plan: completePlan(),
        communityIds: ['demo-xingfuli', 'demo-chunfeng'],
        countRule: 'overall',
      })
    ).id,
    commission: (await w.ok(HE_JING, 'street', 'street.commission', commissionFields('seed'))).id,
    workbook: await w.files.putDocument(
      await registerBuffer({
        花名册: [
          ['姓名', '住址'],
          ['赵大爷', '5号楼1单元101'],
        ],
      }),
      '花名册.xlsx',
    ),
  };
}
