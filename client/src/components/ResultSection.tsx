import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { EvaluationSummaryView, ResultSectionView } from '@shared/api/views';
import { SCORES, SCORE_LABELS } from '@shared/result/result';
import { formatChinaTime } from '@shared/time';
import { AttachmentList } from '../files/AttachmentList';
import { ReadAloud } from '../voice/ReadAloud';
import { resultSentence } from '../voice/text';
import { Field } from './ConsultationRecord';
import { MinutesCard } from './MinutesCard';
import { PhotoStrip } from './OpinionCard';
import { TermNotes } from './TermNotes';

type Result = ResultSectionView;

/** A share as a plain bar; the number is always written beside it, the bar only repeats it. */
function Meter({ percent }: { percent: number }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <View className="meter">
      <View className="meter-fill" style={{ width: `${width}%` }} />
    </View>
  );
}

/** 表决结果: the sealed verdict of the latest round, in words first. */
function VoteVerdict({ vote }: { vote: NonNullable<Result['vote']> }) {
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">表决结果</Text>
        {vote.round > 1 ? <Text className="tag">第{vote.round}轮表决</Text> : null}
      </View>
      <View className={vote.passed ? 'ok-text' : 'error-text'}>{vote.passed ? '✓ 表决通过' : '✗ 表决未通过'}</View>
      <View className="meta">{vote.explanation}</View>
      <TermNotes text={vote.explanation} />
    </View>
  );
}

/** 协商意见: what was agreed, who carries it out, by when, and who wrote it down. */
function OutcomeCard({ outcome }: { outcome: NonNullable<Result['outcome']> }) {
  return (
    <View className="card">
      <View className="card-title">协商意见</View>
      <View className="opinion-text">{outcome.text}</View>
      <View className="section">
        <Field label="责任人" value={outcome.responsible} />
        <Field label="落实期限" value={formatChinaTime(outcome.dueAt)} />
        <Field label="填写" value={`${outcome.writtenByName} · ${formatChinaTime(outcome.at)}`} />
      </View>
      <AttachmentList attachments={outcome.attachments} />
    </View>
  );
}

/** 结果公示: until when objections may be filed, and how many there are. */
function PublicationCard({ publication, children }: { publication: NonNullable<Result['publication']>; children?: ReactNode }) {
  const { objections } = publication;
  return (
    <View className="card">
      <View className="card-title">结果公示</View>
      <Field label="公示至" value={`${formatChinaTime(publication.objectionWindowEndsAt)}${publication.windowOpen ? '' : '（公示期已结束）'}`} />
      <Field label="异议" value={objections.total === 0 ? '无' : `${objections.total} 条${objections.open ? `，${objections.open} 条待答复` : '，均已答复'}`} />
      <TermNotes text="公示至 异议" />
      {children}
    </View>
  );
}

/** 落实情况: how far along, the deadline (and plainly when it has passed), the reports and the final one. */
function ImplementationCard({ implementation: im }: { implementation: NonNullable<Result['implementation']> }) {
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">落实情况</Text>
        {im.overdue ? <Text className="tag tag-overdue">已逾期</Text> : null}
      </View>
      <View className="section">已完成 {im.progressPercent}%</View>
      <Meter percent={im.progressPercent} />
      {im.dueAt !== undefined ? <Field label="落实期限" value={`${formatChinaTime(im.dueAt)}${im.overdue ? '（已逾期）' : ''}`} /> : null}
      {im.completion ? (
        <View className="reply">
          <View className="field-label">落实完成报告</View>
          <View className="opinion-text">{im.completion.report}</View>
          <PhotoStrip photos={im.completion.photos} />
          <View className="meta">
            {im.completion.byName} · {formatChinaTime(im.completion.at)}
          </View>
        </View>
      ) : null}
      {im.posts.length === 0 ? <View className="meta">还没有进展报告</View> : null}
      {im.posts.map((p) => (
        <View key={p.id} className="timeline-item">
          <View>进度 {p.percent}%</View>
          <View className="opinion-text">{p.text}</View>
          <PhotoStrip photos={p.photos} />
          <AttachmentList attachments={p.attachments} />
          <View className="meta">
            {p.byName} · {formatChinaTime(p.at)}
          </View>
        </View>
      ))}
    </View>
  );
}

const scoreLabel = (s: number) => `${s}分 ${SCORE_LABELS[s]}`;

/** How many gave each score, 5 down to 1, with the average; the supervisors' report shows the same. */
export function Ratings({ evaluation: e }: { evaluation: EvaluationSummaryView }) {
  const most = Math.max(1, ...e.counts);
  return (
    <View>
      <View className="section">{e.total > 0 ? `平均 ${e.average} 分 · ${e.total} 人评价` : '还没有人评价'}</View>
      {[...SCORES].reverse().map((s) => (
        <View key={s} className="section">
          <View className="row">
            <Text>{scoreLabel(s)}</Text>
            <Text>{e.counts[s - 1] ?? 0} 人</Text>
          </View>
          <Meter percent={((e.counts[s - 1] ?? 0) / most) * 100} />
        </View>
      ))}
    </View>
  );
}

/** 满意度测评: the distribution, whether it is still open, and my own rating. */
function EvaluationCard({ evaluation: e, children }: { evaluation: EvaluationSummaryView; children?: ReactNode }) {
  return (
    <View className="card">
      <View className="card-title">满意度测评</View>
      <View className="meta">{e.open ? `测评至 ${e.endsAt !== undefined ? formatChinaTime(e.endsAt) : ''}` : '测评已结束'}</View>
      <Ratings evaluation={e} />
      {e.mine ? (
        <View className="section">
          <View className="field-label">我的评价：{scoreLabel(e.mine.score)}</View>
          {e.mine.comment ? <View className="opinion-text">{e.mine.comment}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}

function ArchiveCard({ archive, children }: { archive: NonNullable<Result['archive']>; children?: ReactNode }) {
  return (
    <View className="card">
      <View className="card-title">档案已封存</View>
      <Field label="封存时间" value={formatChinaTime(archive.sealedAt)} />
      <View className="meta">校验码（一串数字和字母，用来核对档案有没有被改动过，一般不用理会）：</View>
      <View className="hash">{archive.hash}</View>
      {children}
    </View>
  );
}

/** What each card may carry below its facts: the detail page puts its forms and links there. */
export interface ResultSlots {
  publication?: ReactNode;
  evaluation?: ReactNode;
  archive?: ReactNode;
}

/**
 * 协商结果: what became of the consultation after the talking — the verdict, the outcome, its
 * publication, carrying it out, the participants' ratings and the archive seal. Read-only; the
 * members' detail page adds its actions through `slots`, the public board shows it as it is.
 */
export function ResultSection({ result, slots = {} }: { result: ResultSectionView; slots?: ResultSlots }) {
  const { vote, outcome, publication, implementation, evaluation, archive, minutes } = result;
  if (!vote && !outcome && !publication && !implementation && !evaluation && !archive && !minutes) return null;
  return (
    <View className="section">
      <View className="section-title">协商结果</View>
      <ReadAloud text={resultSentence(result)} />
      {vote ? <VoteVerdict vote={vote} /> : null}
      {outcome ? <OutcomeCard outcome={outcome} /> : null}
      {minutes ? <MinutesCard minutes={minutes} /> : null}
      {publication ? <PublicationCard publication={publication}>{slots.publication}</PublicationCard> : null}
      {implementation ? <ImplementationCard implementation={implementation} /> : null}
      {evaluation ? <EvaluationCard evaluation={evaluation}>{slots.evaluation}</EvaluationCard> : null}
      {archive ? <ArchiveCard archive={archive}>{slots.archive}</ArchiveCard> : null}
    </View>
  );
}
