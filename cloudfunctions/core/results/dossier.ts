import {
  ATTENDANCE_LABELS,
  BALLOT_CHANNEL_LABELS,
  CHANNEL_LABELS,
  CHOICE_LABELS,
  findCatalogueItem,
  formatArea,
  formatChinaTime,
  FORM_LABELS,
  OBJECTION_LABELS,
  REPLY_LABELS,
  RULE_LABELS,
  STANCE_LABELS,
  STATE_LABELS,
  type CommunityKind,
} from '@shared';
import type {
  ArchiveDoc,
  AttendanceDoc,
  AuditDoc,
  BallotDoc,
  CommunityDoc,
  ConsultationDoc,
  ElectorDoc,
  EvaluationDoc,
  MemberDoc,
  ObjectionDoc,
  OpinionDoc,
  ProgressDoc,
  TallyDoc,
} from '../docs';
import { recordName } from '../membership/views';
import { ARCHIVE_PARTS, type ArchivePart, type ArchiveRecord } from './archiveRecord';

/** One part of the dossier: a sheet of the workbook and a table of the printed record. */
export interface DossierSection {
  part: ArchivePart | 'seal';
  title: string;
  columns: string[];
  rows: string[][];
}

export interface Dossier {
  title: string;
  community: string;
  sections: DossierSection[];
}

export const PART_TITLES: Record<ArchivePart | 'seal', string> = {
  consultation: '议题与结果',
  attendance: '参会与列席',
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

const time = (ms: number | undefined) => (ms === undefined ? '' : formatChinaTime(ms));
type Names = (memberId: string | undefined) => string;

function namesOf(members: MemberDoc[], kind: CommunityKind): Names {
  const byId = new Map(members.map((m) => [m._id, m]));
  return (id) => {
    const m = id ? byId.get(id) : undefined;
    if (!m) return id ? '（已不在册）' : '';
    return recordName(m, kind);
  };
}

function consultationRows(c: ConsultationDoc, name: Names): string[][] {
  const category = findCatalogueItem(c.plan.categoryId);
  const rows: [string, string][] = [
    ['议题', c.plan.title],
    ['协商事项', category ? `${category.category.name} · ${category.item.name}` : c.plan.categoryId],
    ['背景说明', c.plan.background ?? ''],
    ['协商形式', (c.plan.forms ?? []).map((f) => FORM_LABELS[f]).join('、')],
    ['时间', [time(c.plan.schedule?.startsAt), time(c.plan.schedule?.endsAt)].filter(Boolean).join(' 至 ')],
    ['地点', c.plan.place ?? ''],
    ['主持人', c.plan.host ?? ''],
    ['参加人员', c.plan.participantsNote ?? ''],
    ['发起人', name(c.createdBy)],
    ['公告发布', time(c.noticePublishedAt)],
    ['表决事项', c.plan.vote ? `${c.plan.vote.question}（${RULE_LABELS[c.plan.vote.rule]}，${c.plan.vote.secret ? '不记名' : '记名'}）` : '无'],
    ['协商意见', c.outcome?.text ?? ''],
    ['落实责任人', c.outcome?.responsible ?? ''],
    ['落实期限', time(c.outcome?.dueAt)],
    ['结果公示至', time(c.objectionWindowEndsAt)],
    ['落实报告', c.completion?.report ?? ''],
    ['完成时间', time(c.completion?.at)],
    ['当前状态', STATE_LABELS[c.status]],
  ];
  const timeline = c.timeline.map((t): [string, string] => [
    `进程 ${time(t.at)}`,
    `${STATE_LABELS[t.status]}（${'system' in t.by ? '系统' : name(t.by.memberId)}）${t.note ? `：${t.note}` : ''}`,
  ]);
  return [...rows, ...timeline];
}

/** Who chose what is left out of a secret round: its ballots show only that the elector voted. */
function ballotRows(ballots: BallotDoc[], electors: ElectorDoc[], tallies: TallyDoc[], name: Names): string[][] {
  const secret = new Set(tallies.filter((t) => t.secret).map((t) => t._id));
  const label = new Map(electors.map((e) => [`${e.voteId}|${e.electorId}`, e.label]));
  return ballots.map((b) => [
    b.voteId,
    label.get(`${b.voteId}|${b.electorId}`) ?? b.electorId,
    secret.has(b.voteId) ? '不记名' : CHOICE_LABELS[b.choice],
    BALLOT_CHANNEL_LABELS[b.channel],
    b.channel === 'online' ? '' : name(b.castBy),
    b.proxyMemberId ? name(b.proxyMemberId) : '',
    b.evidence.length + b.proxyEvidence.length > 0 ? `${b.evidence.length + b.proxyEvidence.length}张` : '',
    time(b.at),
  ]);
}

function tallyRows(tallies: TallyDoc[]): string[][] {
  return tallies.map((t) => {
    const d = t.sealed?.decision;
    const area = (n: number) => (t.areaTotal > 0 ? ` / ${formatArea(n)}㎡` : '');
    return [
      `第${t.round}轮`,
      RULE_LABELS[t.rule],
      String(t.electors),
      `${t.counters.agree}${area(t.counters.agreeArea)}`,
      `${t.counters.disagree}${area(t.counters.disagreeArea)}`,
      `${t.counters.abstain}${area(t.counters.abstainArea)}`,
      d ? (d.passed ? '通过' : '未通过') : '未计票',
      d?.explanation ?? '',
      time(t.sealed?.sealedAt),
    ];
  });
}

function auditRows(events: AuditDoc[], name: Names): string[][] {
  return [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) => [
      time(e.at),
      'system' in e.actor ? '系统' : name(e.actor.memberId),
      e.action,
      e.entityId,
      e.before ? `${e.before.status} (v${e.before.version})` : '',
      `${e.after.status} (v${e.after.version})`,
      e.note ?? '',
    ]);
}

const docs = <T>(record: ArchiveRecord, part: ArchivePart) => record[part] as unknown as T[];

/** Everyone the record names — authors, repliers, voters, actors — to print their names. */
export function memberIdsOf(record: ArchiveRecord): string[] {
  const ids = [
    ...docs<ConsultationDoc>(record, 'consultation').flatMap((c) => [
      c.createdBy,
      c.outcome?.by,
      c.completion?.by,
      ...c.timeline.map((t) => ('memberId' in t.by ? t.by.memberId : undefined)),
    ]),
    ...docs<AttendanceDoc>(record, 'attendance').flatMap((a) => [a.memberId, a.confirmedBy]),
    ...docs<OpinionDoc>(record, 'opinions').flatMap((o) => [o.authorId, o.reply?.by, o.entry?.enteredBy]),
    ...docs<ElectorDoc>(record, 'electors').flatMap((e) => e.voters),
    ...docs<BallotDoc>(record, 'ballots').flatMap((b) => [b.castBy, b.proxyMemberId]),
    ...docs<ObjectionDoc>(record, 'objections').flatMap((o) => [o.authorId, o.answer?.by]),
    ...docs<ProgressDoc>(record, 'progress').map((p) => p.by),
    ...docs<EvaluationDoc>(record, 'evaluations').map((e) => e.memberId),
    ...docs<AuditDoc>(record, 'audit').map((e) => ('memberId' in e.actor ? e.actor.memberId : undefined)),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * The sealed record as people read it: one section per part, names and labels in words, and the
 * seal with every part's hash so a printed copy can be checked against `archive:verify`.
 */
export function buildDossier(record: ArchiveRecord, community: CommunityDoc, members: MemberDoc[], seal: ArchiveDoc): Dossier {
  const name = namesOf(members, community.kind);
  const [c] = docs<ConsultationDoc>(record, 'consultation');
  const electors = docs<ElectorDoc>(record, 'electors');
  const tallies = docs<TallyDoc>(record, 'tallies');
  const rows: Record<ArchivePart, { columns: string[]; rows: string[][] }> = {
    consultation: { columns: ['项目', '内容'], rows: c ? consultationRows(c, name) : [] },
    attendance: {
      columns: ['成员', '方式', '确认', '时间'],
      rows: docs<AttendanceDoc>(record, 'attendance').map((a) => [name(a.memberId), ATTENDANCE_LABELS[a.kind], a.confirmed ? '已确认' : '', time(a.at)]),
    },
    opinions: {
      columns: ['提出人', '态度', '渠道', '意见', '答复', '答复理由', '答复人', '时间'],
      rows: docs<OpinionDoc>(record, 'opinions').map((o) => [
        name(o.authorId),
        STANCE_LABELS[o.stance],
        CHANNEL_LABELS[o.channel],
        o.text,
        o.reply ? REPLY_LABELS[o.reply.decision] : '未答复',
        o.reply?.reason ?? '',
        name(o.reply?.by),
        time(o.createdAt),
      ]),
    },
    electors: {
      columns: ['轮次', '选民', '户', '面积（㎡）', '可投票成员'],
      rows: electors.map((e) => [e.voteId, e.label, e.household, e.areaHundredths ? formatArea(e.areaHundredths) : '', e.voters.map(name).join('、')]),
    },
    ballots: {
      columns: ['轮次', '选民', '表决', '方式', '录入人', '受托人', '凭证', '时间'],
      rows: ballotRows(docs<BallotDoc>(record, 'ballots'), electors, tallies, name),
    },
    tallies: { columns: ['轮次', '规则', '选民数', '同意', '反对', '弃权', '结果', '说明', '计票时间'], rows: tallyRows(tallies) },
    objections: {
      columns: ['提出人', '理由', '处理', '答复', '答复人', '时间'],
      rows: docs<ObjectionDoc>(record, 'objections').map((o) => [name(o.authorId), o.reason, OBJECTION_LABELS[o.state], o.answer?.reason ?? '', name(o.answer?.by), time(o.at)]),
    },
    progress: {
      columns: ['时间', '进度', '情况', '照片', '报告人'],
      rows: docs<ProgressDoc>(record, 'progress').sort((a, b) => a.at - b.at).map((p) => [time(p.at), `${p.percent}%`, p.text, p.photos.length ? `${p.photos.length}张` : '', name(p.by)]),
    },
    evaluations: {
      columns: ['成员', '评分', '意见', '时间'],
      rows: docs<EvaluationDoc>(record, 'evaluations').map((e) => [name(e.memberId), String(e.score), e.comment ?? '', time(e.at)]),
    },
    audit: { columns: ['时间', '操作人', '操作', '对象', '之前', '之后', '备注'], rows: auditRows(docs<AuditDoc>(record, 'audit'), name) },
  };
  const sections: DossierSection[] = ARCHIVE_PARTS.map((part) => ({ part, title: PART_TITLES[part], ...rows[part] }));
  sections.push({
    part: 'seal',
    title: PART_TITLES.seal,
    columns: ['项目', 'SHA-256'],
    rows: [['整档', seal.hash], ['封存时间', time(seal.sealedAt)], ...ARCHIVE_PARTS.map((p) => [PART_TITLES[p], seal.partHashes[p]])],
  });
  return { title: c?.plan.title ?? '', community: community.name, sections };
}
