import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CheckInView } from '@shared/api/views';
import type { ConsultationDetailView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { useSubmit } from '../../hooks/useSubmit';

/**
 * 会议签到: while the meeting's check-in is open, the resident in the hall taps here (or scans the
 * meeting's code, which opens this page). A second tap only says they are in already.
 */
export function CheckInCard({ detail }: { detail: ConsultationDetailView }) {
  const [done, setDone] = useState<CheckInView | null>(null);
  const { busy, error, run } = useSubmit('签到失败，请重试');
  if (!detail.can.checkIn) return null;
  const checkIn = () =>
    run(async () => {
      const view = await call('meeting', 'meeting.checkIn', { consultationId: detail.consultation.id });
      setDone(view);
      // In household form one of the 户 checks it in: a second member finds it in already.
      Taro.showToast({ title: view.already ? '已签到' : '签到成功', icon: 'success' });
    });
  return (
    <View className="section">
      <View className="card checkin-card">
        <View className="card-title">会议正在签到</View>
        {done ? (
          <View className="checkin-done" role="status">
            {done.already ? '已签到' : '签到成功'}：{done.label}，{formatChinaTime(done.at)}
          </View>
        ) : (
          <>
            <View className="meta">到达会场后请点击签到，您将计入到会人数。</View>
            <Button className="btn btn-primary" disabled={busy} onClick={checkIn}>
              签到
            </Button>
          </>
        )}
        {error ? <View className="error-text">{error}</View> : null}
      </View>
    </View>
  );
}
