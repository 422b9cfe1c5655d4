import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CommissionView } from '@shared/api/views';
import { COMMISSION_LIMITS as L } from '@shared/street/commission';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { CataloguePicker } from '../../components/CataloguePicker';
import { CommissionCard } from '../../components/Commission';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { TextAreaField, tooLong } from '../../components/TextField';
import { confirmStep } from '../../confirm';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

const confirmReport = (commissioner: string) =>
  confirmStep('向街道报告', `将本次协商形成的协商意见报告${commissioner}，报告后不能修改或撤回。确定报告吗？`, '确定报告', '再看看');

/** 开始协商: a draft made from the matter under the catalogue matter chosen; the committee completes its plan next. */
function StartConsultation({ m }: { m: CommissionView }) {
  const [categoryId, setCategoryId] = useState('');
  const { busy, error, setError, run } = useSubmit('发起失败，请重试');
  const start = async () => {
    if (!categoryId) return setError('请选择协商事项');
    await run(async () => {
      const started = await call('consultation', 'commission.draft', { id: m.id, categoryId });
      Taro.navigateTo({ url: `/committee/draft/index?id=${started.consultationId}` });
    });
  };
  return (
    <View className="section">
      <CataloguePicker label="协商事项" hint="从协商事项目录中选择这项委托属于哪一类" value={categoryId} onChange={(itemId) => setCategoryId(itemId)} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={start}>
        {busy ? '正在发起…' : '发起协商'}
      </Button>
      <View className="field-hint">将生成议题草稿，请补全协商方案后发布公告</View>
    </View>
  );
}

/** 向街道报告: the outcome goes up with it automatically; the note is the committee's own. */
function Report({ m, onDone }: { m: CommissionView; onDone: (v: CommissionView) => void }) {
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmit('报告失败，请重试');
  const send = async () => {
    const long = tooLong('补充说明', note, L.noteMax);
    if (long) return setError(long);
    if (!(await confirmReport(m.commissioner))) return;
    await run(async () => onDone(await call('consultation', 'commission.report', { id: m.id, ...(note.trim() ? { note: note.trim() } : {}) })));
  };
  return (
    <View className="section">
      <View className="meta">协商意见会自动附在报告中。</View>
      <TextAreaField
        label="补充说明（选填）"
        value={note}
        placeholder="例如：居民的主要意见、需要街道协调的事项"
        maxlength={L.noteMax}
        onInput={setNote}
        counted
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={send}>
        {busy ? '正在报告…' : '向街道报告'}
      </Button>
    </View>
  );
}

/** One matter with what the committee may do with it now, and why not yet. */
function Matter({ m: initial }: { m: CommissionView }) {
  const [m, setM] = useState(initial);
  return (
    <View className="section">
      <CommissionCard m={m} />
      {m.can.draft ? <StartConsultation m={m} /> : null}
      {m.consultationId ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/consultation/detail/index?id=${m.consultationId}` })}>
          查看协商议题
        </Button>
      ) : null}
      {m.can.report ? <Report m={m} onDone={setM} /> : null}
      {m.reportBlocked ? <View className="meta">{m.reportBlocked}</View> : null}
    </View>
  );
}

/** 街道委托事项: what the 街道／乡镇 commissioned this community to consult on, and the way from each to its report. */
export default function CommitteeCommissions() {
  const pageClass = usePageClass();
  // Loaded again when the page shows anew (useLoad): back from the draft or the consultation, the matter shows where it now stands.
  const loaded = useLoad(() => call('consultation', 'commission.list', {}));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const { items } = loaded.data;
  return (
    <View className={pageClass}>
      {items.length === 0 ? <Empty text="街道还没有委托本社区协商的事项" /> : items.map((m) => <Matter key={`${m.id}:${m.state}`} m={m} />)}
    </View>
  );
}
