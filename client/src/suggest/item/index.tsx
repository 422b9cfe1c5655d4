import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { SuggestionView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { Field } from '../../components/ConsultationRecord';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoStrip } from '../../components/OpinionCard';
import { formatChinaDate } from '../../dates';
import { useLoad } from '../../hooks/useLoad';
import { CosignButton } from '../CosignButton';
import { StateTags } from '../SuggestionCard';
import { usePageClass } from '../../care/careMode';

/** Why the 附议 button is what it is, so a greyed-out button never goes unexplained. */
function cosignHint(s: SuggestionView): string {
  if (s.mine) return '这是您提出的建议，不能附议';
  if (s.state !== 'open') return '建议已经答复，附议已截止';
  if (s.underReview) return '建议公开后才能附议';
  if (!s.can.cosign) return '成为本社区成员后才能附议';
  return s.cosignedByMe ? '再点一次可以撤回附议' : '赞同这条建议，可以附议支持';
}

/** 附议: the count, the button, and once enough people proposed it, the legal share reached. */
function CosignCard({ s, onDone }: { s: SuggestionView; onDone: (v: SuggestionView) => void }) {
  const t = s.legalThreshold;
  return (
    <View className="card suggestion-cosign">
      <View className="card-title">附议</View>
      <View className="meta">已有 {s.cosigns} 人附议</View>
      {t ? (
        <View className="ok-text suggestion-threshold">
          已达法定提议人数：{t.count}
          {t.unit}提议，法定须 {t.needed}
          {t.unit}（按{t.basisLabel}计，{formatChinaDate(t.reachedAt)}达到）
        </View>
      ) : null}
      <CosignButton s={s} onDone={onDone} />
      <View className="field-hint">{cosignHint(s)}</View>
    </View>
  );
}

/** 委员会答复, or when it is due; an accepted suggestion leads to its consultation, a merged one to where it went. */
function AnswerCard({ s }: { s: SuggestionView }) {
  const a = s.answer;
  if (!a) {
    return (
      <View className="card meta suggestion-unanswered">
        {s.overdue ? '已超过答复期限，委员会尚未答复' : `尚未答复，委员会将在${formatChinaTime(s.answerDueAt)}前答复`}
      </View>
    );
  }
  return (
    <View className="card suggestion-answer">
      <View className="row">
        <Text className="card-title">委员会答复</Text>
        <Text className="tag suggestion-decision">{a.decisionLabel}</Text>
      </View>
      {a.text ? <View className="opinion-text">{a.text}</View> : null}
      {a.consultation ? (
        <View className="section">
          <View className="row suggestion-consultation" onClick={() => Taro.navigateTo({ url: `/consultation/detail/index?id=${a.consultation!.id}` })}>
            <Text>已立项：《{a.consultation.title}》</Text>
            <Text className="meta">查看 ›</Text>
          </View>
          {/* A draft is the committee's alone: a resident opening it early is told it is not found. */}
          <View className="field-hint">若打开时提示找不到：议题方案正在制定，发布公告后可查看</View>
        </View>
      ) : null}
      {a.mergedInto ? (
        <View className="section row suggestion-merged" onClick={() => Taro.navigateTo({ url: `/suggest/item/index?id=${a.mergedInto!.id}` })}>
          <Text>已合并到：《{a.mergedInto.title}》</Text>
          <Text className="meta">查看 ›</Text>
        </View>
      ) : null}
      <View className="meta">
        {a.byName} · {formatChinaTime(a.at)}
      </View>
    </View>
  );
}

/** 建议详情: everything about one suggestion, 附议, and the committee's answer. */
export default function SuggestionItem() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useLoad(() => call('suggestion', 'suggestion.get', { id }));
  // What the last 附议 returned, until a fresh load (coming back to the page) supersedes it.
  const [cosigned, setCosigned] = useState<SuggestionView>();
  const loaded = detail.status === 'ready' ? detail.data : undefined;
  useEffect(() => setCosigned(undefined), [loaded]);

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <Failure error={detail.error} onRetry={detail.reload} />;
  const s = cosigned ?? detail.data;
  return (
    <View className={pageClass}>
      <View className="card suggestion-detail">
        <View className="row">
          <Text className="card-title">{s.title}</Text>
          <StateTags s={s} />
        </View>
        {s.underReview ? <View className="error-text suggestion-review">待审核：内容正在审核，通过前只有提出人和委员会能看到</View> : null}
        <View className="opinion-text">{s.description}</View>
        <PhotoStrip photos={s.photos} />
        <View className="section">
          <Field label="提出人" value={s.authorName} />
          <Field label="来源" value={s.enteredByName ? `${s.channelLabel}（${s.enteredByName} 代为录入）` : s.channelLabel} />
          <Field label="涉及地点" value={s.place} />
          <Field label="协商事项" value={s.categoryName} />
          <Field label="提出时间" value={formatChinaTime(s.createdAt)} />
          <Field label="答复期限" value={`${formatChinaTime(s.answerDueAt)}${s.overdue ? '（已超期）' : ''}`} />
        </View>
      </View>
      <CosignCard s={s} onDone={setCosigned} />
      <AnswerCard s={s} />
      {s.can.triage || s.can.moderate ? (
        <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: `/committee/triage/index?id=${s.id}` })}>
          {s.can.triage ? '答复建议' : '审核建议'}
        </Button>
      ) : null}
    </View>
  );
}
