import { useEffect, useState } from 'react';
import { Button, Input, Switch, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { AttendeesView, MeetingView, QuorumView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmStep } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useLatestSearch } from '../components/useLatestSearch';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import './index.css';

/** How often the host's counts refresh while people are arriving. */
const REFRESH_MS = 3000;
const SEARCH_PAUSE_MS = 300;

type Opened = Exclude<MeetingView, { status: 'none' }>;

/** 应到 / 实到 / the quorum line, large enough to read at arm's length. */
export function QuorumBoard({ q }: { q: QuorumView }) {
  return (
    <View className="quorum" role="status">
      <View className="quorum-row">
        <View className="quorum-cell">
          <View className="quorum-label">应到</View>
          <View className="quorum-number">{q.expected}</View>
        </View>
        <View className="quorum-cell">
          <View className="quorum-label">实到</View>
          <View className="quorum-number" data-testid="present">
            {q.present}
          </View>
        </View>
        {q.line !== undefined ? (
          <View className="quorum-cell">
            <View className="quorum-label">须到</View>
            <View className="quorum-number">{q.line}</View>
          </View>
        ) : null}
      </View>
      <View className={`quorum-verdict ${q.met ? 'quorum-met' : 'quorum-short'}`}>{q.text}</View>
    </View>
  );
}

/** The projector's code and where the hall's screen opens it (H5: this app's own address). */
function ScreenCode({ m, onRenew, busy }: { m: Opened; onRenew: () => void; busy: boolean }) {
  if (!m.screen) return null;
  const url = process.env.TARO_ENV === 'h5' ? `${window.location.origin}/?screen#/screen/index/index?code=${m.screen.code}` : '';
  return (
    <View className="card section">
      <View className="card-title">投屏</View>
      <View className="meta">在会场电脑的浏览器中打开投屏页面，输入投屏码即可显示到会人数（不显示任何姓名）。</View>
      <View className="screen-code" data-testid="screen-code">
        {m.screen.code}
      </View>
      {url ? <View className="meta screen-url">{url}</View> : null}
      <View className="meta">有效至 {formatChinaTime(m.screen.until)}</View>
      <Button className="btn btn-plain" disabled={busy} onClick={onRenew}>
        更换投屏码
      </Button>
    </View>
  );
}

/** 代为签到: find someone of the register by name or initials; an elder without the app, or their proxy with the 委托书. */
function HostCheckIn({ consultationId, onDone }: { consultationId: string; onDone: (m: MeetingView) => void }) {
  const [query, setQuery] = useState('');
  const [byProxy, setByProxy] = useState(false);
  const [proxyName, setProxyName] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [arrived, setArrived] = useState('');
  const { busy, error, setError, run } = useSubmit('签到失败，请重试');
  const search = useLatestSearch(query, (q) => call('meeting', 'meeting.find', { consultationId, query: q }).then((v) => v.people), {
    pauseMs: SEARCH_PAUSE_MS,
    clearWhenEmpty: true,
  });
  const found: AttendeesView['people'] = search.found?.value ?? [];
  const searchError = search.error;

  const checkIn = (entryId: string) => {
    if (byProxy) {
      if (!proxyName.trim()) return setError('请填写代理人姓名');
      if (stillUploading(photos)) return setError('照片还在上传，请稍候');
      if (uploadedIds(photos).length === 0) return setError('请上传委托书照片');
    }
    run(async () => {
      const proxy = byProxy ? { proxy: { name: proxyName.trim(), evidence: uploadedIds(photos) } } : {};
      const view = await call('meeting', 'meeting.checkInFor', { consultationId, entryId, ...proxy });
      setArrived(view.arrival.already ? `${view.arrival.label} 已签到过` : `已签到：${view.arrival.label}`);
      onDone(view);
      setProxyName('');
      setPhotos([]);
      await search.refresh();
    });
  };

  return (
    <View className="card section">
      <View className="card-title">代为签到</View>
      <Input className="input" value={query} placeholder="输入姓名或拼音首字母，如 wxy" maxlength={20} onInput={(e) => setQuery(e.detail.value)} />
      <View className="field-hint">为没有使用小程序的居民签到；由他人代为参会的，请打开“委托代理”并上传委托书照片。</View>
      <View className="kv">
        <View className="kv-label">委托代理人到会</View>
        <Switch checked={byProxy} onChange={(e) => setByProxy(e.detail.value)} />
      </View>
      {byProxy ? (
        <View className="field">
          <Input className="input" value={proxyName} placeholder="代理人姓名" maxlength={30} onInput={(e) => setProxyName(e.detail.value)} />
          <PhotoPicker label="委托书照片" photos={photos} onChange={setPhotos} max={4} disabled={busy} />
        </View>
      ) : null}
      {searchError ? <View className="error-text">{searchError}</View> : null}
      {query.trim() && found.length === 0 && !searchError ? <View className="meta">名册中没有找到“{query.trim()}”</View> : null}
      {found.map((p) => (
        <View key={p.entryId} className="attendee">
          <View className="attendee-label">{p.label}</View>
          {p.problem ? (
            <View className="meta">{p.problem}</View>
          ) : p.present ? (
            <View className="meta">已签到</View>
          ) : (
            <Button className="btn btn-primary btn-small" disabled={busy} onClick={() => checkIn(p.entryId)}>
              签到
            </Button>
          )}
        </View>
      ))}
      {arrived ? (
        <View className="ok-text" role="status">
          {arrived}
        </View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/**
 * 会议签到: the host opens and closes the meeting's check-in, sees 应到 / 实到 and the quorum line as
 * people arrive, checks in those without the app, marks someone who left early, and shows the hall's
 * screen its code.
 */
export default function MeetingCheckIn() {
  const { params } = useRouter();
  const consultationId = params.id ?? '';
  const loaded = useLoad(() => call('meeting', 'meeting.get', { consultationId }));
  const [latest, setLatest] = useState<MeetingView | null>(null);
  const { busy, error, run } = useSubmit('操作失败，请重试');
  const meeting = latest ?? (loaded.status === 'ready' ? loaded.data : null);
  const open = meeting?.status === 'open';

  // While people arrive, the counts follow within seconds (others check in on their phones).
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => {
      call('meeting', 'meeting.get', { consultationId }).then(setLatest, () => undefined);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, consultationId]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const m = meeting!;
  const act = (action: 'meeting.open' | 'meeting.close' | 'meeting.renewScreenCode') =>
    run(async () => setLatest(await call('meeting', action, { consultationId })));
  const close = async () => {
    if (await confirmStep('结束签到', '结束后不能再签到（可重新开始）；会场表决以结束时的到会人数为准。确定结束吗？', '确定结束', '继续签到'))
      act('meeting.close');
  };
  const leave = async (electorId: string, label: string) => {
    if (await confirmStep('离场', `${label} 提前离场，不再计入到会人数？`, '确定离场', '取消')) {
      run(async () => setLatest(await call('meeting', 'meeting.checkOut', { consultationId, electorId })));
    }
  };

  if (m.status === 'none') {
    return (
      <View className="page">
        <View className="card">
          <View className="card-title">{m.title}</View>
          <View className="meta">开始签到后，居民可在议题页点击“签到”或扫描公告上的二维码签到，您也可以为没有使用小程序的居民签到。</View>
          <Button className="btn btn-primary" disabled={busy || !m.mayOpen} onClick={() => act('meeting.open')}>
            开始签到
          </Button>
          {!m.mayOpen ? <View className="meta">只有公示、协商或表决期间可以开会签到</View> : null}
        </View>
        {error ? <View className="error-text">{error}</View> : null}
      </View>
    );
  }

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{m.title}</View>
        <View className="meta">
          {m.body} · {m.status === 'open' ? '签到中' : m.status === 'closed' ? '签到已结束' : '已计票，到会名单已确定'}
        </View>
        <QuorumBoard q={m.quorum} />
        {m.status === 'open' ? (
          <Button className="btn btn-danger" disabled={busy} onClick={close}>
            结束签到
          </Button>
        ) : m.status === 'closed' ? (
          <Button className="btn btn-plain" disabled={busy} onClick={() => act('meeting.open')}>
            重新开始签到
          </Button>
        ) : null}
        {error ? <View className="error-text">{error}</View> : null}
      </View>
      {m.status === 'open' ? <HostCheckIn consultationId={consultationId} onDone={setLatest} /> : null}
      <ScreenCode m={m} busy={busy} onRenew={() => act('meeting.renewScreenCode')} />
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/minutes/index?id=${consultationId}` })}>
        会议纪要
      </Button>
      <View className="section">
        <View className="section-title">最近签到</View>
        {m.recent.length === 0 ? <View className="meta">还没有人签到</View> : null}
        {m.recent.map((r) => (
          <View key={r.electorId} className="attendee">
            <View className="attendee-label">
              {r.label}
              <View className="meta">
                {r.wayLabel}
                {r.proxyName ? `（代理人 ${r.proxyName}）` : ''} · {formatChinaTime(r.at)} · {r.present ? '在场' : '已离场'}
              </View>
            </View>
            {r.present && m.status !== 'counted' ? (
              <Button className="btn btn-plain btn-small" disabled={busy} onClick={() => leave(r.electorId, r.label)}>
                离场
              </Button>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}
