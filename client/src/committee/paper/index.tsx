import { useEffect, useRef, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { MemberRowView, VoteElectorsView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS, type Choice } from '@shared/voting/decide';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { confirmEnterPaper } from '../../confirm';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, Thumbs, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useLatestSearch } from '../components/useLatestSearch';
import { useLoad } from '../../hooks/useLoad';
import { ReviewCard, useTwoStepForm } from '../../components/TwoStepForm';
import { MemberSearch } from '../components/MemberSearch';
import { Chosen } from '../components/Chosen';

type PaperChannel = 'paper' | 'proxy';
const PAPER_CHANNELS = ['paper', 'proxy'] as const;
const PAPER_LABELS: Record<PaperChannel, string> = { paper: '纸质', proxy: '委托' };
/** The server takes up to 4 photos of each original. */
const PHOTOS_MAX = 4;
/** How long typing must pause before the electorate is searched. */
const SEARCH_PAUSE_MS = 400;
/** Failures fixed by changing the form: back to it, with everything still filled in. */
const FIXABLE = new Set(['FILE_REJECTED', 'INVALID_INPUT', 'NOT_FOUND', 'NOT_MEMBER', 'CONFLICT']);

type Elector = VoteElectorsView['electors'][number];

/**
 * Picks the elector by name, address or the name's pinyin initials (wxy: typing Chinese is slow
 * for some) from the whole electorate (the server searches it). One
 * whose ballot is already in is marked and cannot be picked: nobody photographs a ballot first to
 * learn it cannot be entered.
 */
function ElectorPicker({ consultationId, first, onPick }: { consultationId: string; first: VoteElectorsView; onPick: (e: Elector) => void }) {
  const [query, setQuery] = useState('');
  const search = useLatestSearch(query, (q) => call('voting', 'vote.electors', { consultationId, ...(q ? { query: q } : {}) }), { pauseMs: SEARCH_PAUSE_MS });
  const found = search.found?.value ?? first;
  const error = search.error;
  return (
    <View className="field">
      <View className="field-label">为哪位选民录入</View>
      <Input className="input" value={query} placeholder="输入姓名、住址或拼音首字母查找" maxlength={30} onInput={(e) => setQuery(e.detail.value)} />
      <View className="field-hint">例如：王秀英可输入“wxy”，住址可输入“2号楼”</View>
      {error ? <View className="error-text">{error}</View> : null}
      {found.matching === 0 ? <View className="meta">没有找到“{query.trim()}”，只能为本次表决的选民录入</View> : null}
      {found.electors.map((e) => (
        <View key={e.electorId} className={`card section ${e.voted ? 'card-disabled' : ''}`} onClick={() => (e.voted ? undefined : onPick(e))}>
          <View className="card-title">{e.label}</View>
          {e.voted ? <View className="meta">{e.familyLabel ? `已由家人代投（${e.familyLabel}），不能再录入` : '已投票，不能再录入'}</View> : null}
        </View>
      ))}
      {found.matching > found.electors.length ? <View className="meta">还有 {found.matching - found.electors.length} 位，请输入更多文字缩小范围</View> : null}
    </View>
  );
}

/** The elector a scanned 表决票 names (its code opens this page with `elector`), URL-decoded once. */
function scannedElector(params: Partial<Record<string, string>>): string {
  try {
    return decodeURIComponent(params.elector ?? '');
  } catch {
    return params.elector ?? '';
  }
}

/** What a scanned ballot's elector means for this entry, when they cannot be chosen. */
function scanNote(found: VoteElectorsView | null): string {
  if (!found) return '';
  const [e] = found.electors;
  if (!e) return '未找到这张表决票的选民，请确认是本次表决的表决票';
  return e.voted ? `${e.label} 已投票，不能再录入` : '';
}

/**
 * 录入纸质选票: a signed paper ballot, or one cast by a proxy with the 委托书, entered for an elector
 * with photos of the originals. The elector can then confirm or dispute it.
 */
export default function PaperBallot() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const proxyLimit = Number(params.proxyLimit) || 0;
  const scanned = scannedElector(params);
  const list = useLoad(() => call('voting', 'vote.electors', { consultationId }));
  const scan = useLoad(() => (scanned ? call('voting', 'vote.electors', { consultationId, electorId: scanned }) : Promise.resolve(null)));
  const [elector, setElector] = useState<Elector | null>(null);
  const [channel, setChannel] = useState<PaperChannel>('paper');
  const [choice, setChoice] = useState<Choice | undefined>();
  const [evidence, setEvidence] = useState<PickedPhoto[]>([]);
  const [proxy, setProxy] = useState<MemberRowView | null>(null);
  const [proxyEvidence, setProxyEvidence] = useState<PickedPhoto[]>([]);
  const form = useTwoStepForm({ fixable: FIXABLE, fallback: '录入失败，请重试' });
  const [done, setDone] = useState('');
  // The scanned ballot's elector is chosen once, on arrival; after that the form is the committee's.
  const preselected = useRef(false);
  const fromScan = scan.status === 'ready' ? scan.data : null;
  useEffect(() => {
    if (preselected.current || !fromScan) return;
    preselected.current = true;
    const [e] = fromScan.electors;
    if (e && !e.voted) setElector(e);
  }, [fromScan]);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') {
    // A vote not yet open has no electorate: trying again would not change that.
    if (list.error.code === 'WRONG_STATE') return <Empty text={list.error.message} />;
    return <Failure error={list.error} onRetry={list.reload} />;
  }
  const data = list.data;
  const ballotIds = uploadedIds(evidence);
  const proxyIds = uploadedIds(proxyEvidence);

  const problem = () => {
    if (!elector) return '请先选择为哪位选民录入';
    if (!choice) return '请选择同意、反对或弃权';
    if (stillUploading(evidence) || stillUploading(proxyEvidence)) return '照片还在上传，请稍候';
    if (ballotIds.length === 0) return '请上传签字选票的照片';
    if (channel === 'proxy') {
      if (!proxy) return '请选择受托人';
      if (proxyIds.length === 0) return '请上传委托书照片';
    }
    return '';
  };

  const submit = () => {
    if (!elector || !choice) return;
    return form.submit(
      () => confirmEnterPaper(elector.label, PAPER_LABELS[channel], CHOICE_LABELS[choice]),
      () =>
        call('voting', 'ballot.enterPaper', {
          consultationId,
          electorId: elector.electorId,
          choice,
          channel,
          evidence: ballotIds,
          ...(channel === 'proxy' && proxy ? { proxyMemberId: proxy.id, proxyEvidence: proxyIds } : {}),
        }).then((saved) => {
          setDone(`已为 ${saved.electorLabel} 录入${saved.channelLabel}选票${saved.choiceLabel ? `“${saved.choiceLabel}”` : ''}，等待本人确认`);
          Taro.showToast({ title: '已录入', icon: 'success' });
          // The next ballot is a new one; the proxy often carries several, so keep who it is.
          setElector(null);
          setChoice(undefined);
          setEvidence([]);
          setProxyEvidence([]);
          form.edit();
          list.reload();
          Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
        }),
      // Someone else may have entered this elector meanwhile: the list should say so.
      (err) => err.code === 'CONFLICT' && list.reload(),
    );
  };

  const header = (
    <View className="card">
      <View className="card-title">录入纸质选票</View>
      <View className="meta">本次表决选民 {data.total} 位</View>
    </View>
  );

  if (form.step === 'preview' && elector && choice) {
    return (
      <View className="page">
        {header}
        <ReviewCard
          title="请核对"
          hint="录入后显示为“待本人确认”，选民本人可在表决页面确认或提出异议。录入后不能修改。"
          form={form}
          submitText="确认录入"
          busyText="正在录入…"
          onSubmit={submit}
        >
          <View className="row">
            <Text className="card-title">{elector.label}</Text>
            <Text className="tag">{CHOICE_LABELS[choice]}</Text>
          </View>
          <View className="meta">{PAPER_LABELS[channel]}选票</View>
          <View className="meta">签字选票照片 {ballotIds.length} 张</View>
          <Thumbs photos={evidence} />
          {channel === 'proxy' && proxy ? (
            <>
              <View className="meta">
                受托人：{proxy.name}（{proxy.address}）
              </View>
              <View className="meta">委托书照片 {proxyIds.length} 张</View>
              <Thumbs photos={proxyEvidence} />
            </>
          ) : null}
        </ReviewCard>
      </View>
    );
  }

  return (
    <View className="page">
      {header}
      {done ? <View className="card ok-text">{done}</View> : null}
      {!elector && !done && scanNote(fromScan) ? <View className="card error-text">{scanNote(fromScan)}</View> : null}
      {elector ? (
        <Chosen label="为哪位选民录入" title={elector.label} changeText="更换选民" onChange={() => setElector(null)} />
      ) : (
        <ElectorPicker
          consultationId={consultationId}
          first={data}
          onPick={(e) => {
            setElector(e);
            setDone('');
            form.setError('');
          }}
        />
      )}
      <View className="field">
        <View className="field-label">选票来源</View>
        <ChoiceChips options={PAPER_CHANNELS} labels={PAPER_LABELS} value={channel} onChange={setChannel} />
      </View>
      <View className="field">
        <View className="field-label">选票上的选择</View>
        <ChoiceChips options={CHOICES} labels={CHOICE_LABELS} value={choice} onChange={setChoice} />
      </View>
      <PhotoPicker label="签字选票照片（必填）" hint="请拍下选民本人签字的纸质选票" photos={evidence} onChange={setEvidence} max={PHOTOS_MAX} />
      {channel === 'proxy' ? (
        <>
          {proxy ? (
            <Chosen label="受托人" title={proxy.name} meta={proxy.address} changeText="更换受托人" onChange={() => setProxy(null)} />
          ) : (
            <MemberSearch label="受托人（代为投票的成员）" notFound="受托人须是已认证的成员" onPick={setProxy} />
          )}
          {proxyLimit > 0 ? <View className="field-hint">每位受托人在本次表决中最多代理 {proxyLimit} 位选民</View> : null}
          <PhotoPicker label="委托书照片（必填）" hint="请拍下选民签字的委托书" photos={proxyEvidence} onChange={setProxyEvidence} max={PHOTOS_MAX} />
        </>
      ) : null}
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" onClick={() => form.toPreview(problem())}>
        预览
      </Button>
    </View>
  );
}
