import { actorName } from '../actors';
import {
  ATTENDANCE_LABELS,
  AUDIT_ENTITY_LABELS,
  auditActionLabel,
  auditStatusLabel,
  BALLOT_CHANNEL_LABELS,
  CHANNEL_LABELS,
  CHOICE_LABELS,
  catalogueVersionLabel,
  DOCUMENT_TYPES,
  ENTRY_LABELS,
  formatAddress,
  formatArea,
  formatBytes,
  formatChinaTime,
  FORM_LABELS,
  MODERATION_LABELS,
  OBJECTION_LABELS,
  REPLY_LABELS,
  ruleLabelsOf,
  safeFileName,
  SCORE_LABELS,
  STANCE_LABELS,
  STATE_LABELS,
  timelineLabel,
  type Attachment,
  type AuditEntity,
  type CommunityKind,
  type RuleKind,
} from '@shared';
import { matterOf } from '../catalogue/communityCatalogue';
import type {
  ArchiveDoc,
  AttendanceDoc,
  AuditDoc,
  BallotDoc,
  CheckinDoc,
  CommunityDoc,
  ConsultationDoc,
  ElectorDoc,
  EvaluationDoc,
  MeetingDoc,
  MemberDoc,
  ObjectionDoc,
  OpinionDoc,
  ProgressDoc,
  TallyDoc,
  UnitDoc,
} from '../docs';
import { unlinkedMemberOf } from '../member/buildElectorate';
import { recordName } from '../member/views';
import { ARCHIVE_PARTS, type ArchivePart, type ArchiveRecord } from './archiveRecord';
import { meetingRows } from './meetingRows';

/** One part of the dossier: a sheet of the workbook and a table of the printed record. */
interface DossierSection {
  part: ArchivePart | 'seal';
  title: string;
  columns: string[];
  rows: string[][];
}

export interface Dossier {
  title: string;
  community: string;
  /** What the files are called, without extension: 一事一档-<议题>. */
  name: string;
  sections: DossierSection[];
}

export const PART_TITLES: Record<ArchivePart | 'seal', string> = {
  consultation: '议题与结果',
  attendance: '参会与列席',
  meeting: '会议签到与纪要',
  opinions: '意见与答复',
  electors: '表决范围',
  ballots: '选票',
  tallies: '计票结果',
  objections: '异议',
  progress: '落实进展',
  evaluations: '满意度测评',
  audit: '操作记录',
  seal: '存档校验',
};

/** Who and where the record's ids stand for, so that no id is printed. */
export interface DossierPeople {
  members: MemberDoc[];
  /** The registered units the electors' households are. */
  units: UnitDoc[];
}

/** How the dossier says the record's references: a member's name, a household's address, a round's number. */
interface Reader {
  name: (memberId: string | undefined) => string;
  address: (household: string) => string;
  round: (voteId: string) => string;
  rule: (rule: RuleKind) => string;
}

const time = (ms: number | undefined) => (ms === undefined ? '' : formatChinaTime(ms));
const photoCount = (n: number) => (n > 0 ? `${n}张` : '');
const byTime = <T extends { at: number }>(items: T[]) => [...items].sort((a, b) => a.at - b.at);
const docs = <T>(record: ArchiveRecord, part: ArchivePart) => record[part] as unknown as T[];

function readerOf(record: ArchiveRecord, kind: CommunityKind, people: DossierPeople): Reader {
  const members = new Map(people.members.map((m) => [m._id, m]));
  const units = new Map(people.units.map((u) => [u._id, u]));
  const rounds = new Map(docs<TallyDoc>(record, 'tallies').map((t) => [t._id, t.round]));
  return {
    name: (id) => {
      const m = id ? members.get(id) : undefined;
      if (!m) return id ? '（已不在册）' : '';
      return recordName(m, kind);
    },
    address: (household) => {
      const memberId = unlinkedMemberOf(household);
      const m = memberId ? members.get(memberId) : undefined;
      if (m) return m.status === 'deleted' ? '已注销成员' : formatAddress(m.address, kind);
      const u = units.get(household);
      return u ? formatAddress(u, kind) : '（已不在台账）';
    },
    round: (voteId) => {
      const n = rounds.get(voteId);
      return n === undefined ? '（轮次不明）' : `第${n}轮`;
    },
    rule: (rule) => ruleLabelsOf(kind)[rule],
  };
}

/**
 * Attachments as the record names them: each file's name, kind, size and SHA-256, so a printed
 * dossier says exactly which document residents read (the files stay in storage).
 */
function attachmentsText(list: Attachment[] | undefined): string {
  return (list ?? []).map((a) => `${a.name}（${DOCUMENT_TYPES[a.type].label}，${formatBytes(a.size)}，SHA-256：${a.sha256}）`).join('；');
}

function consultationRows(c: ConsultationDoc, r: Reader): string[][] {
  const matter = matterOf(c);
  const rows: [string, string][] = [
    ['议题', c.plan.title],
    ['协商事项', matter ? `${matter.categoryName} · ${matter.itemName}` : '（协商事项目录中已无此项）'],
    ['目录版本', catalogueVersionLabel(matter?.catalogue ?? { version: 0 })],
    ['背景说明', c.plan.background ?? ''],
    ['协商形式', (c.plan.forms ?? []).map((f) => FORM_LABELS[f]).join('、')],
    ['时间', [time(c.plan.schedule?.startsAt), time(c.plan.schedule?.endsAt)].filter(Boolean).join(' 至 ')],
    ['地点', c.plan.place ?? ''],
    ['主持人', c.plan.host ?? ''],
    ['参加人员', c.plan.participantsNote ?? ''],
    ['方案附件', attachmentsText(c.plan.attachments)],
    ['发起人', c.joint ? `${c.joint.streetName}工作人员` : r.name(c.createdBy)],
    ['公告发布', time(c.noticePublishedAt)],
    ['表决事项', c.plan.vote ? `${c.plan.vote.question}（${r.rule(c.plan.vote.rule)}，${c.plan.vote.secret ? '不记名' : '记名'}）` : '无'],
    ['协商意见', c.outcome?.text ?? ''],
    ['落实责任人', c.outcome?.responsible ?? ''],
    ['落实期限', time(c.outcome?.dueAt)],
    ['协商意见附件', attachmentsText(c.outcome?.attachments)],
    ['结果公示至', time(c.objectionWindowEndsAt)],
    ['落实报告', c.completion?.report ?? ''],
    ['落实照片', photoCount(c.completion?.photos.length ?? 0)],
    ['完成时间', time(c.completion?.at)],
    ['当前状态', STATE_LABELS[c.status]],
  ];
  const timeline = c.timeline.map((t): [string, string] => [
    `进程 ${time(t.at)}`,
    `${timelineLabel(t.action)}，${STATE_LABELS[t.status]}，${actorName(t.by, r.name)}${t.note ? `：${t.note}` : ''}`,
  ]);
  return [...rows, ...timeline];
}

function attendanceRows(attendance: AttendanceDoc[], r: Reader): string[][] {
  return byTime(attendance).map((a) => [
    r.name(a.memberId),
    ATTENDANCE_LABELS[a.kind],
    // Only a participant's place is confirmed; observers and absences need no confirming.
    a.kind === 'participant' ? (a.confirmed ? `${r.name(a.confirmedBy)} 确认` : '报名未经确认') : '',
    time(a.at),
  ]);
}

function opinionRows(opinions: OpinionDoc[], r: Reader): string[][] {
  return [...opinions]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((o) => [
      r.name(o.authorId),
      STANCE_LABELS[o.stance],
      CHANNEL_LABELS[o.channel],
      o.text,
      [o.photos.length && `照片${o.photos.length}张`, o.evidence.length && `原件${o.evidence.length}张`].filter(Boolean).join('，'),
      o.entry ? `${r.name(o.entry.enteredBy)}代录，${ENTRY_LABELS[o.entry.state]}${o.entry.note ? `：${o.entry.note}` : ''}` : '',
      MODERATION_LABELS[o.moderation],
      o.reply ? REPLY_LABELS[o.reply.decision] : '未答复',
      o.reply?.reason ?? '',
      r.name(o.reply?.by),
      time(o.createdAt),
    ]);
}

function electorRows(electors: ElectorDoc[], r: Reader): string[][] {
  return electors.map((e) => [
    r.round(e.voteId),
    e.label,
    e.place ?? r.address(e.household),
    e.areaHundredths ? formatArea(e.areaHundredths) : '',
    e.voters.map(r.name).join('、'),
  ]);
}

/** Who chose what is left out of a secret round: its ballots show only that the elector voted. */
function ballotRows(ballots: BallotDoc[], electors: ElectorDoc[], tallies: TallyDoc[], r: Reader): string[][] {
  const secret = new Set(tallies.filter((t) => t.secret).map((t) => t._id));
  const label = new Map(electors.map((e) => [`${e.voteId}|${e.electorId}`, e.label]));
  return byTime(ballots).map((b) => [
    r.round(b.voteId),
    label.get(`${b.voteId}|${b.electorId}`) ?? '（不在表决范围）',
    secret.has(b.voteId) || !b.choice ? '不记名' : CHOICE_LABELS[b.choice],
    BALLOT_CHANNEL_LABELS[b.channel],
    b.channel === 'online' ? '' : r.name(b.castBy),
    b.proxyMemberId ? r.name(b.proxyMemberId) : '',
    photoCount(b.evidence.length + b.proxyEvidence.length),
    b.entry ? ENTRY_LABELS[b.entry.state] : '',
    time(b.at),
  ]);
}

function tallyRows(tallies: TallyDoc[], r: Reader): string[][] {
  return [...tallies]
    .sort((a, b) => a.round - b.round)
    .map((t) => {
      const d = t.sealed?.decision;
      // Heads always; the area too where the rule weighs it (the owners' rules).
      const count = (heads: number, area: number) => `${heads}人${t.areaTotal > 0 ? `，${formatArea(area)}` : ''}`;
      return [
        `第${t.round}轮`,
        r.rule(t.rule),
        t.secret ? '不记名' : '记名',
        count(t.electors, t.areaTotal),
        count(t.counters.agree, t.counters.agreeArea),
        count(t.counters.disagree, t.counters.disagreeArea),
        count(t.counters.abstain, t.counters.abstainArea),
        d ? (d.passed ? '通过' : '未通过') : '未计票',
        d?.explanation ?? '',
        time(t.sealed?.sealedAt),
      ];
    });
}

/**
 * What each audit event is about, in words (意见：张伟（1号楼1单元101）, 选票：第2轮 …, 议题), keyed by
 * entity and id: an attendance, a rating and a first-round ballot of the same member share an id.
 */
function subjectsOf(record: ArchiveRecord, r: Reader): Map<string, string> {
  const electorLabels = new Map(docs<ElectorDoc>(record, 'electors').map((e) => [`${e.voteId}|${e.electorId}`, e.label]));
  const subject = (entity: AuditEntity, id: string, whose?: string): [string, string] => [
    `${entity}|${id}`,
    whose ? `${AUDIT_ENTITY_LABELS[entity]}：${whose}` : AUDIT_ENTITY_LABELS[entity],
  ];
  return new Map([
    ...docs<ConsultationDoc>(record, 'consultation').map((c) => subject('consultation', c._id)),
    ...docs<AttendanceDoc>(record, 'attendance').map((a) => subject('attendance', a._id, r.name(a.memberId))),
    ...docs<OpinionDoc>(record, 'opinions').map((o) => subject('opinion', o._id, r.name(o.authorId))),
    ...docs<BallotDoc>(record, 'ballots').map((b) =>
      subject('ballot', b._id, `${r.round(b.voteId)} ${electorLabels.get(`${b.voteId}|${b.electorId}`) ?? ''}`.trim()),
    ),
    ...docs<ObjectionDoc>(record, 'objections').map((o) => subject('objection', o._id, r.name(o.authorId))),
    ...docs<ProgressDoc>(record, 'progress').map((p) => subject('progress', p._id, `${p.percent}%`)),
    ...docs<EvaluationDoc>(record, 'evaluations').map((e) => subject('evaluation', e._id, r.name(e.memberId))),
  ]);
}

/** The audit log in words: an action's label, what it was about, and the states before and after. */
function auditRows(record: ArchiveRecord, r: Reader): string[][] {
  const subjects = subjectsOf(record, r);
  return byTime(docs<AuditDoc>(record, 'audit')).map((e) => [
    time(e.at),
    actorName(e.actor, r.name),
    auditActionLabel(e.action),
    subjects.get(`${e.entity}|${e.entityId}`) ?? AUDIT_ENTITY_LABELS[e.entity] ?? '',
    e.before ? auditStatusLabel(e.entity, e.before.status) : '',
    auditStatusLabel(e.entity, e.after.status),
    e.note ?? '',
  ]);
}

/** Everyone the record names — authors, repliers, voters, actors, unlinked households — to print their names. */
export function memberIdsOf(record: ArchiveRecord): string[] {
  const ids = [
    ...docs<ConsultationDoc>(record, 'consultation').flatMap((c) => [
      c.createdBy,
      c.outcome?.by,
      c.completion?.by,
      ...c.timeline.map((t) => ('memberId' in t.by ? t.by.memberId : undefined)),
    ]),
    ...docs<AttendanceDoc>(record, 'attendance').flatMap((a) => [a.memberId, a.confirmedBy]),
    ...docs<MeetingDoc | CheckinDoc>(record, 'meeting').flatMap((d) =>
      'meetingId' in d ? [d.by, d.memberId] : [d.openedBy, d.minutes?.savedBy, d.minutes?.confirmed.recorder?.by, d.minutes?.confirmed.host?.by],
    ),
    ...docs<TallyDoc>(record, 'tallies').map((t) => t.room?.by),
    ...docs<OpinionDoc>(record, 'opinions').flatMap((o) => [o.authorId, o.reply?.by, o.entry?.enteredBy]),
    ...docs<ElectorDoc>(record, 'electors').flatMap((e) => [...e.voters, unlinkedMemberOf(e.household)]),
    ...docs<BallotDoc>(record, 'ballots').flatMap((b) => [b.castBy, b.proxyMemberId]),
    ...docs<ObjectionDoc>(record, 'objections').flatMap((o) => [o.authorId, o.answer?.by]),
    ...docs<ProgressDoc>(record, 'progress').map((p) => p.by),
    ...docs<EvaluationDoc>(record, 'evaluations').map((e) => e.memberId),
    ...docs<AuditDoc>(record, 'audit').map((e) => ('memberId' in e.actor ? e.actor.memberId : undefined)),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** The registered units the electors' households are, to print their addresses. */
export function unitIdsOf(record: ArchiveRecord): string[] {
  const households = docs<ElectorDoc>(record, 'electors').map((e) => e.household);
  return [...new Set(households.filter((h) => h && !unlinkedMemberOf(h)))];
}

/** 一事一档-<议题>: the name of the files and of the printed page. */
const dossierName = (title: string) => safeFileName(`一事一档-${title}`);

/**
 * The sealed record as people read it: one section per part, in words — names, addresses, rounds
 * and labels, never an id or a code — and the seal with every part's hash, so a printed copy can
 * be checked against `archive:verify`.
 */
export function buildDossier(record: ArchiveRecord, community: CommunityDoc, people: DossierPeople, seal: ArchiveDoc): Dossier {
  const r = readerOf(record, community.kind, people);
  const [c] = docs<ConsultationDoc>(record, 'consultation');
  const electors = docs<ElectorDoc>(record, 'electors');
  const tallies = docs<TallyDoc>(record, 'tallies');
  const rows: Record<ArchivePart, { columns: string[]; rows: string[][] }> = {
    consultation: { columns: ['项目', '内容'], rows: c ? consultationRows(c, r) : [] },
    attendance: { columns: ['成员', '方式', '确认', '时间'], rows: attendanceRows(docs(record, 'attendance'), r) },
    meeting: { columns: ['项目', '内容'], rows: meetingRows(docs(record, 'meeting'), c, tallies, r.name) },
    opinions: {
      columns: ['提出人', '态度', '渠道', '意见', '照片', '代为录入', '公开', '答复', '答复理由', '答复人', '时间'],
      rows: opinionRows(docs(record, 'opinions'), r),
    },
    electors: { columns: ['轮次', '选民', '户', '面积', '可投票成员'], rows: electorRows(electors, r) },
    ballots: {
      columns: ['轮次', '选民', '表决', '方式', '录入人', '受托人', '凭证', '本人确认', '时间'],
      rows: ballotRows(docs(record, 'ballots'), electors, tallies, r),
    },
    tallies: { columns: ['轮次', '规则', '方式', '选民', '同意', '反对', '弃权', '结果', '说明', '计票时间'], rows: tallyRows(tallies, r) },
    objections: {
      columns: ['提出人', '理由', '处理', '答复', '答复人', '时间'],
      rows: byTime(docs<ObjectionDoc>(record, 'objections')).map((o) => [
        r.name(o.authorId),
        o.reason,
        OBJECTION_LABELS[o.state],
        o.answer?.reason ?? '',
        r.name(o.answer?.by),
        time(o.at),
      ]),
    },
    progress: {
      columns: ['时间', '进度', '情况', '照片', '附件', '报告人'],
      rows: byTime(docs<ProgressDoc>(record, 'progress')).map((p) => [
        time(p.at),
        `${p.percent}%`,
        p.text,
        photoCount(p.photos.length),
        attachmentsText(p.attachments),
        r.name(p.by),
      ]),
    },
    evaluations: {
      columns: ['成员', '评分', '意见', '时间'],
      rows: byTime(docs<EvaluationDoc>(record, 'evaluations')).map((e) => [
        r.name(e.memberId),
        `${e.score}分（${SCORE_LABELS[e.score] ?? ''}）`,
        e.comment ?? '',
        time(e.at),
      ]),
    },
    audit: { columns: ['时间', '操作人', '操作', '对象', '之前', '之后', '备注'], rows: auditRows(record, r) },
  };
  // A consultation that never met has no meeting part: the sheet is left out rather than printed empty.
  const parts = ARCHIVE_PARTS.filter((part) => part !== 'meeting' || rows.meeting.rows.length > 0);
  const sections: DossierSection[] = parts.map((part) => ({ part, title: PART_TITLES[part], ...rows[part] }));
  sections.push({
    part: 'seal',
    title: PART_TITLES.seal,
    columns: ['项目', '校验码（SHA-256）'],
    rows: [['整档', seal.hash], ['封存时间', time(seal.sealedAt)], ...ARCHIVE_PARTS.map((p) => [PART_TITLES[p], seal.partHashes[p] ?? '（封存时尚无此部分）'])],
  });
  const title = c?.plan.title ?? '';
  return { title, community: community.name, name: dossierName(title), sections };
}
