import { Text, View } from '@tarojs/components';
import type { RegisterPersonView } from '@shared/api/views';
import type { CommunityTerms } from '@shared/member/terms';
import './register.css';

/** Whether the person counts as an adult today, in words: a statutory vote's electorate turns on it. */
const AGE_WORDS: Record<RegisterPersonView['age'], string> = {
  adult: '已满18周岁',
  minor: '未满18周岁',
  unknown: '是否满18周岁待确认',
};

/** The roles the register gives a person, as words (never a colour or an icon alone). */
function roleTags(p: RegisterPersonView, terms: CommunityTerms): string[] {
  return [p.householdRep ? '户代表' : '', p.representative ? terms.representatives : '', p.collectiveRepresentative ? '成员代表' : ''].filter(Boolean);
}

/** One person of the register as the committee reads them: where, born when, roles, app or not, and whether they left. */
export function PersonCard({ person: p, terms, action, onOpen }: { person: RegisterPersonView; terms: CommunityTerms; action?: string; onOpen?: () => void }) {
  const tags = roleTags(p, terms);
  return (
    <View className="card" onClick={onOpen}>
      <View className="card-title">{p.name}</View>
      <View className="meta">
        {p.addressText}
        {p.group && p.group !== p.address.building ? ` · ${p.group}` : ''}
      </View>
      <View className="meta">
        出生：{p.birthText} · {AGE_WORDS[p.age]}
      </View>
      <View className="meta">{p.usesApp ? '已使用小程序' : '未使用小程序'}</View>
      {p.status !== 'current' ? (
        <View className="register-left">
          {p.statusLabel}
          {p.leftOn ? `（${p.leftOn}）` : ''}
        </View>
      ) : null}
      {tags.length > 0 ? (
        <View className="register-tags">
          {tags.map((t) => (
            <Text key={t} className="tag">
              {t}
            </Text>
          ))}
        </View>
      ) : null}
      {action ? <View className="meta register-action">{action} ›</View> : null}
    </View>
  );
}
