import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { AttendanceRowView } from '@shared/api/views';
import { ATTENDANCE_KINDS, ATTENDANCE_LABELS } from '@shared/participation/participation';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { useUntilReload } from '../../hooks/useUntilReload';

function Row({ row, consultationId, onConfirmed }: { row: AttendanceRowView; consultationId: string; onConfirmed: (r: AttendanceRowView) => void }) {
  const { busy, error, run } = useSubmit('操作失败，请重试');
  const confirm = () =>
    run(async () => {
      onConfirmed(await call('participation', 'attendance.confirm', { consultationId, memberId: row.memberId }));
    });
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{row.name}</Text>
        <Text className="tag">{row.kindLabel}</Text>
      </View>
      <View className="meta">{row.address}</View>
      <View className="meta">报名时间：{formatChinaTime(row.at)}</View>
      {row.confirmed ? <View className="ok-text">✓ 已确认参加</View> : null}
      {row.confirmable ? (
        <Button className="btn btn-primary" disabled={busy} onClick={confirm}>
          {busy ? '正在确认…' : '确认参加'}
        </Button>
      ) : null}
      {!row.confirmed && !row.confirmable && row.placeLabel ? <View className="meta">{row.placeLabel}</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 报名情况: who answered the notice; the committee confirms each participant (协商主体) before or at the meeting. */
export default function AttendanceList() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const list = useLoad(() => call('participation', 'attendance.list', { consultationId }));
  // The rows confirmed here, until the list reloads.
  const confirmed = useUntilReload<Record<string, AttendanceRowView>>();
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const { consultation, counts } = list.data;
  const changed = confirmed.over(list.data, {});
  const rows = list.data.rows.map((r) => changed[r.memberId] ?? r);
  const waiting = rows.filter((r) => r.confirmable).length;
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{consultation.title}</View>
        <View className="meta">{consultation.statusLabel}</View>
        <View className="meta">{ATTENDANCE_KINDS.map((k) => `${ATTENDANCE_LABELS[k]} ${counts[k]}`).join(' · ')}</View>
        {waiting > 0 ? <View className="meta">{waiting} 位报名参加的成员待确认</View> : null}
      </View>
      <View className="section">
        {rows.length === 0 ? (
          <Empty text="还没有人报名" />
        ) : (
          rows.map((r) => (
            <Row
              key={r.memberId}
              row={r}
              consultationId={consultationId}
              onConfirmed={(row) => confirmed.set(list.data, { ...changed, [row.memberId]: row })}
            />
          ))
        )}
      </View>
    </View>
  );
}
