import { View } from '@tarojs/components';
import type { RegisterSummaryView } from '@shared/api/views';
import type { CommunityTerms } from '@shared/member/terms';
import '../components/register.css';

function Count({ label, value, flagged }: { label: string; value: string; flagged?: boolean }) {
  return (
    <View className={`kv ${flagged ? 'register-flagged' : ''}`}>
      <View className="kv-key register-count-key">{label}</View>
      <View className="kv-value">{value}</View>
    </View>
  );
}

/**
 * 名册概况: the numbers every statutory vote is measured against, counted on the server's today.
 * People whose 18th birthday cannot be placed are said in words with what to do, not only in red:
 * until their birth is completed, no vote can count them as adults.
 */
export function RegisterCounts({ summary: s, terms }: { summary: RegisterSummaryView; terms: CommunityTerms }) {
  return (
    <View className="card">
      <View className="card-title">名册概况</View>
      <View className="meta">按 {s.today} 计</View>
      <Count label="在册人数" value={`${s.persons} 人`} />
      <Count label="今日年满18周岁" value={`${s.adults} 人`} />
      <Count label="户数" value={`${s.households} 户`} />
      <Count label="已使用小程序" value={`${s.withApp} 人`} />
      <Count
        label="出生日期待确认"
        value={s.undecided > 0 ? `${s.undecided} 人（需补全出生日期，才能确定是否年满18周岁）` : '0 人'}
        flagged={s.undecided > 0}
      />
      <Count label="已迁出／已故" value={`${s.left} 人`} />
      {s.groups.length > 0 ? (
        <View className="section">
          <View className="field-label">各{terms.people}小组</View>
          {s.groups.map((g) => (
            <Count key={g.group} label={g.group} value={`${g.persons} 人 · 年满18周岁 ${g.adults} 人 · ${g.households} 户`} />
          ))}
        </View>
      ) : null}
    </View>
  );
}
