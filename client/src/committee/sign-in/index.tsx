import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { SignInSheetView } from '@shared/api/views';
import { call } from '../../api';
import { Empty, Failure } from '../../components/LoadState';
import { PrintActions, useAllPages } from '../components/printable';
import './index.css';

type Row = SignInSheetView['rows'][number];

/** Who signs one line: a person, a household (its 户代表 or any adult of it), an owner. */
const UNITS: Record<SignInSheetView['signsFor'], string> = { persons: '人', households: '户', owners: '位业主' };
const UNGROUPED = '未分组';

const byAddress = (a: Row, b: Row) => a.address.localeCompare(b.address, 'zh-CN', { numeric: true }) || a.name.localeCompare(b.name, 'zh-CN');

/** The rows by 居民小组／村民小组 (for owners, by building), in order, with those of no group last. */
function byGroup(rows: Row[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.group ?? UNGROUPED, [...(groups.get(row.group ?? UNGROUPED) ?? []), row]);
  const names = [...groups.keys()].filter((g) => g !== UNGROUPED).sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
  if (groups.has(UNGROUPED)) names.push(UNGROUPED);
  return names.map((g) => [g, groups.get(g)!.sort(byAddress)]);
}

/** One group's sheet: the meeting named again, so each sheet can go round the room on its own. */
function GroupSheet({ head, group, rows, expected }: { head: SignInSheetView; group: string; rows: Row[]; expected: number }) {
  const unit = UNITS[head.signsFor];
  return (
    <View className="print-sheet signin-group">
      <View className="print-community">{head.communityName}</View>
      <View className="print-heading">{'签  到  表'}</View>
      <View className="print-title">{head.title}</View>
      {head.time ? (
        <View className="print-line">
          <Text className="print-label">会议时间：</Text>
          <Text>{head.time}</Text>
        </View>
      ) : null}
      {head.place ? (
        <View className="print-line">
          <Text className="print-label">会议地点：</Text>
          <Text>{head.place}</Text>
        </View>
      ) : null}
      <View className="print-line">
        <Text className="print-label">参与对象：</Text>
        <Text>{head.scopeLabel}</Text>
      </View>
      <View className="print-line signin-expected">
        应到 {expected} {unit}，实到
        <Text className="print-blank" />
        {unit}
      </View>
      <View className="signin-group-name">
        {group}（{rows.length} {unit}）
      </View>
      <View className="signin-table">
        <View className="signin-row signin-head">
          <Text className="signin-no">序号</Text>
          <Text className="signin-name">姓名</Text>
          <Text className="signin-address">住址</Text>
          <Text className="signin-sign">签名</Text>
        </View>
        {rows.map((row, i) => (
          <View key={`${row.name}|${row.address}|${i}`} className="signin-row">
            <Text className="signin-no">{i + 1}</Text>
            <Text className="signin-name">{row.name}</Text>
            <Text className="signin-address">{row.address}</Text>
            <Text className="signin-sign" />
          </View>
        ))}
      </View>
    </View>
  );
}

/** 签到表: the meeting's electorate from the register, a sheet per group, to sign in at the door. */
export default function SignInSheetPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useAllPages((after) => call('consultation', 'consultation.signInSheet', { id, ...(after ? { after } : {}) }));
  const rows = loaded.pages.flatMap((p) => p.rows);
  const head = loaded.pages[0];
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.retry} />;
  if (loaded.status === 'loading') {
    return <View className="state print-progress">正在载入签到名单…已载入 {rows.length} 条</View>;
  }
  if (rows.length === 0) return <Empty text="名册中没有本次协商的参与对象：请先导入或补充名册" />;
  return (
    <View className="page">
      <View className="print-sheets">
        {byGroup(rows).map(([group, members]) => (
          <GroupSheet key={group} head={head} group={group} rows={members} expected={rows.length} />
        ))}
      </View>
      <PrintActions label="打印签到表" />
    </View>
  );
}
