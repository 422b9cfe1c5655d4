import { useEffect, useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ScreenView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call, errorText } from '../../api';
import './index.css';

/** How often the hall's screen asks again: a new check-in shows within seconds. */
const REFRESH_MS = 3000;

/**
 * 投屏: the hall's screen shows 应到 / 实到 and whether the meeting is quorate, in type large enough
 * to read from the back of the room. No login: the host's code opens this meeting's counts and
 * nothing else, and no name is ever shown.
 */
export default function Projector() {
  const { params } = useRouter();
  const [code, setCode] = useState((params.code ?? '').toUpperCase());
  const [typed, setTyped] = useState('');
  const [board, setBoard] = useState<ScreenView | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!code) return;
    let stopped = false;
    const load = () =>
      call('screen', 'screen.get', { code }).then(
        (v) => !stopped && (setBoard(v), setError('')),
        (e: unknown) => !stopped && setError(errorText(e, '暂时连不上，正在重试')),
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [code]);

  if (!code) {
    return (
      <View className="projector">
        <View className="projector-title">请输入主持人手机上显示的投屏码</View>
        <Input className="projector-input" value={typed} maxlength={8} placeholder="8位投屏码" onInput={(e) => setTyped(e.detail.value)} />
        <Button className="btn btn-primary" disabled={typed.trim().length !== 8} onClick={() => setCode(typed.trim().toUpperCase())}>
          显示到会人数
        </Button>
      </View>
    );
  }
  if (!board)
    return <View className="projector">{error ? <View className="projector-error">{error}</View> : <View className="projector-title">正在读取…</View>}</View>;
  const q = board.quorum;
  return (
    <View className="projector">
      <View className="projector-community">{board.community}</View>
      <View className="projector-title">{board.title}</View>
      <View className="projector-row">
        <View className="projector-cell">
          <View className="projector-label">应到</View>
          <View className="projector-number">{q.expected}</View>
        </View>
        <View className="projector-cell">
          <View className="projector-label">实到</View>
          <View className="projector-number" data-testid="present">
            {q.present}
          </View>
        </View>
        {q.line !== undefined ? (
          <View className="projector-cell">
            <View className="projector-label">须到</View>
            <View className="projector-number">{q.line}</View>
          </View>
        ) : null}
      </View>
      <View className={`projector-verdict ${q.met ? 'projector-met' : 'projector-short'}`}>
        {q.line === undefined ? '' : q.met ? '✓ 到会人数已达到法定要求，会议可以举行' : `✗ 还差 ${q.line - q.present} ${q.unit}`}
      </View>
      <View className="projector-meta">
        {board.status === 'open' ? '签到进行中' : '签到已结束'} · 更新于 {formatChinaTime(board.at)}
        {error ? ` · ${error}` : ''}
      </View>
    </View>
  );
}
