import { useState } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { StreetCommunityView } from '@shared/api/views';
import { COMMISSION_LIMITS as L } from '@shared/street/commission';
import { toChinaDateTimeParts } from '@shared/time';
import { call, newRequestId } from '../../api';
import { usePageClass } from '../../care/careMode';
import { confirmStep } from '../../confirm';
import { formatDay } from '../../dates';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { TextAreaField, TextField, tooLong } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

const confirmCommission = (community: string) =>
  confirmStep('委托协商', `将这项事项委托${community}协商，社区委员会会立即看到，委托后不能撤回。确定委托吗？`, '确定委托', '再看看');

/** The form: which community, what, on whose behalf (the street or a department), and by when the report is due. */
function CommissionForm({ communities }: { communities: StreetCommunityView[] }) {
  const [communityId, setCommunityId] = useState('');
  const [title, setTitle] = useState('');
  const [matter, setMatter] = useState('');
  const [department, setDepartment] = useState('');
  const [dueOn, setDueOn] = useState('');
  // One id for this form's sending: a retry after a lost reply commissions nothing twice.
  const [requestId] = useState(newRequestId);
  const { busy, error, setError, run } = useSubmit('委托失败，请重试');
  const today = toChinaDateTimeParts(Date.now()).date;
  const community = communities.find((c) => c.id === communityId);

  const submit = async () => {
    const problem =
      (!community && '请选择承办的社区') ||
      (title.trim().length < L.titleMin && `请填写事项名称（至少${L.titleMin}个字）`) ||
      (matter.trim().length < 10 && '请写清要协商的内容（至少10个字）') ||
      tooLong('协商内容', matter, L.matterMax) ||
      (!dueOn && '请选择报告期限');
    if (problem) return setError(problem);
    if (!(await confirmCommission(community!.name))) return;
    await run(async () => {
      const payload = {
        requestId,
        communityId,
        title: title.trim(),
        matter: matter.trim(),
        dueOn,
        ...(department.trim() ? { department: department.trim() } : {}),
      };
      const made = await call('street', 'street.commission', payload);
      Taro.redirectTo({ url: `/street/commission/index?id=${made.id}` });
    });
  };

  return (
    <View>
      <View className="field">
        <View className="field-label">承办社区</View>
        <View className="chips">
          {communities.map((c) => (
            <View key={c.id} className={`chip ${c.id === communityId ? 'chip-on' : ''}`} onClick={() => setCommunityId(c.id)}>
              {c.id === communityId ? '✓ ' : ''}
              {c.name}
            </View>
          ))}
        </View>
      </View>
      <TextField label="事项名称" value={title} placeholder="例如：背街小巷夜间停车整治" maxlength={L.titleMax} onInput={setTitle} />
      <TextAreaField
        label="协商内容"
        value={matter}
        placeholder="请写清要社区协商什么、希望听取哪些方面的意见"
        maxlength={L.matterMax}
        onInput={setMatter}
        counted
      />
      <TextField
        label="委托科室（选填）"
        value={department}
        placeholder="例如：城管科；不填即以街道名义委托"
        maxlength={L.departmentMax}
        onInput={setDepartment}
      />
      <View className="field">
        <View className="field-label">报告期限</View>
        <Picker mode="date" value={dueOn || today} start={today} onChange={(e) => setDueOn(String(e.detail.value))}>
          <View className="picker">{dueOn ? formatDay(dueOn) : '请选择社区报告协商结果的期限'}</View>
        </Picker>
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在委托…' : '委托协商'}
      </Button>
    </View>
  );
}

/** 委托社区协商: an officer commissions one of the street's communities. */
export default function NewCommission() {
  const pageClass = usePageClass();
  const home = useLoad(() => call('street', 'street.home', {}));
  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error') return <Failure error={home.error} onRetry={home.reload} />;
  const { me, communities, street } = home.data;
  let body;
  if (!me.mayAct) body = <Empty text="民政／督查账号只能查看，不能委托协商" />;
  else if (communities.length === 0) body = <Empty text={`${street.name}下还没有社区`} />;
  else body = <CommissionForm communities={communities} />;
  return <View className={pageClass}>{body}</View>;
}
