import { View } from '@tarojs/components';
import type { DuplicateGroupView, OpinionThemeView } from '@shared/api/views';
import { answeredLine, SetActions, SetCard, type SetContext } from './SetCard';

/** Copies shown once: how many said it, and the text a single time. */
export function GroupText({ group }: { group: DuplicateGroupView }) {
  return (
    <>
      <View className="field-label">
        内容相同的意见 {group.count} 条（{group.people} 人 · {answeredLine(group)}）
      </View>
      <View className="opinion-text">{group.text}</View>
    </>
  );
}

/** 内容相同的意见 inside a theme: read once, answered together (重复意见 too), or opened one by one. */
function GroupInTheme({ group, ctx }: { group: DuplicateGroupView; ctx: SetContext }) {
  return (
    <View className="inset">
      <GroupText group={group} />
      <SetActions target={{ kind: 'group', title: `内容相同的意见 ${group.count} 条`, set: group }} ctx={ctx} />
    </View>
  );
}

/**
 * One theme: its keywords, weight and stances, the two or three opinions that say it best in full
 * (masked names, as residents read them), and its copies shown once.
 */
export function ThemeCard({ theme, groups, ctx }: { theme: OpinionThemeView; groups: DuplicateGroupView[]; ctx: SetContext }) {
  return (
    <SetCard target={{ kind: 'theme', title: theme.label, set: theme }} ctx={ctx}>
      {theme.quotes.length ? <View className="field-label section">代表性意见</View> : null}
      {theme.quotes.map((q) => (
        <View key={q.id} className="quote">
          <View className="meta">
            {q.authorName} · {q.stanceLabel}
          </View>
          <View className="opinion-text">{q.text}</View>
        </View>
      ))}
      {groups.map((g) => (
        <GroupInTheme key={g.key} group={g} ctx={ctx} />
      ))}
    </SetCard>
  );
}
