import { useState, type ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import type { OpinionSetView } from '@shared/api/views';
import { OpinionsOf } from './OpinionsOf';
import { StanceSplit } from './StanceSplit';

/** What 统一答复 answers: the set, named as the page names it; a group may also be answered 重复意见. */
export interface ReplyTarget {
  kind: 'theme' | 'group' | 'rest';
  title: string;
  set: OpinionSetView;
}

/** What every set card shares: how to reach its opinions and answer them. */
export interface SetContext {
  consultationId: string;
  canReply: boolean;
  onReply: (target: ReplyTarget) => void;
  /** An opinion of it was answered on its own: the counts above are stale. */
  onChanged: () => void;
}

/** 未答复 n, or that all are answered: what 统一答复 would do is the first thing the committee looks for. */
export const answeredLine = (set: OpinionSetView) => (set.unanswered > 0 ? `未答复 ${set.unanswered} 条` : '已全部答复');

/**
 * 查看全部 N 条 and 统一答复 under a set, and its opinions once opened. 统一答复 only while the
 * committee may answer and something still waits.
 */
export function SetActions({ target, ctx }: { target: ReplyTarget; ctx: SetContext }) {
  const [open, setOpen] = useState(false);
  const { set } = target;
  return (
    <View>
      <Button className="btn btn-plain" onClick={() => setOpen(!open)}>
        {open ? '收起' : `查看全部 ${set.count} 条`}
      </Button>
      {ctx.canReply && set.unanswered > 0 ? (
        <Button className="btn btn-primary" onClick={() => ctx.onReply(target)}>
          统一答复
        </Button>
      ) : null}
      {open ? <OpinionsOf consultationId={ctx.consultationId} ids={set.opinionIds} onChanged={ctx.onChanged} /> : null}
    </View>
  );
}

/** One set as a card: its name, weight, how far it is answered, its stance split, what it holds, then its actions. */
export function SetCard({ target, ctx, children }: { target: ReplyTarget; ctx: SetContext; children?: ReactNode }) {
  const { set } = target;
  return (
    <View className="card">
      <View className="card-title">{target.title}</View>
      <View className="meta">
        {set.count} 条意见 · {set.people} 人 · {answeredLine(set)}
      </View>
      <StanceSplit stances={set.stances} />
      {children}
      <SetActions target={target} ctx={ctx} />
    </View>
  );
}
