import { useEffect, useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { InviteView } from '@shared/api/views';
import { ADDRESS_LABELS, TENURE_LABELS, TENURES, type Tenure } from '@shared/member/member';
import { roleLabel } from '@shared/member/roles';
import { TextField } from '../../components/TextField';
import { ChoiceChips } from '../../components/ChoiceChips';
import { ApiError, call, errorText, errorWithDetails } from '../../api';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { usePageClass } from '../../care/careMode';

/**
 * The code a link or a scanned mini-program code carries. A scanned code passes it URL-encoded
 * in `scene`, either bare (XFL2026) or as `code=XFL2026`; both are accepted.
 */
function codeFromParams(params: Partial<Record<string, string>>): string {
  if (params.code) return params.code;
  if (!params.scene) return '';
  let scene = params.scene;
  try {
    scene = decodeURIComponent(scene);
  } catch {
    // A malformed escape: use the text as it came.
  }
  const named = /(?:^|&)(?:code|c)=([^&]*)/.exec(scene);
  return named ? named[1] : scene;
}

const PLACEHOLDERS = {
  community: { building: '例如：3号楼', unit: '例如：1单元', room: '例如：101' },
  village: { building: '例如：东组', unit: '', room: '例如：12' },
};

interface JoinForm {
  name: string;
  building: string;
  unit: string;
  room: string;
  tenure: Tenure | '';
}

/** The first empty field, in the words of the form; the server still checks everything. */
function missingField(form: JoinForm, labels: { building: string; room: string }): string {
  if (!form.name.trim()) return '请填写姓名';
  if (!form.building.trim()) return `请填写${labels.building}`;
  if (!form.room.trim()) return `请填写${labels.room}`;
  if (!form.tenure) return '请选择业主或租户';
  return '';
}

/**
 * 加入社区: the person enters the invite code, sees which community it is for, then fills in who
 * they are and where they live. A resident code makes a request the committee reviews; a
 * committee code makes them the committee member at once.
 */
export default function Join() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const [code, setCode] = useState(() => codeFromParams(params));
  const [invite, setInvite] = useState<InviteView | null>(null);
  const [form, setForm] = useState<JoinForm>({ name: '', building: '', unit: '', room: '', tenure: '' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof JoinForm>(key: K, value: JoinForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => {
    preloadSubscriptions();
  }, []);

  const lookup = async () => {
    setError('');
    if (!code.trim()) return setError('请输入邀请码');
    setBusy(true);
    try {
      setInvite(await call('member', 'invite.lookup', { code }));
    } catch (e) {
      setError(errorText(e, '查询失败，请重试'));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!invite) return;
    const village = invite.community.kind === 'village';
    const problem = missingField(form, ADDRESS_LABELS[invite.community.kind]);
    setError(problem);
    if (problem || !form.tenure) return;
    setBusy(true);
    const joining = call('member', 'member.join', {
      code,
      name: form.name,
      // A 村 has no 单元: the household is 村民小组 + 户号.
      address: { building: form.building, unit: village ? '' : form.unit, room: form.room },
      tenure: form.tenure,
    });
    // To hear whether the committee approved: asked within the tap (no await before it), as
    // WeChat requires, and recorded once the request exists.
    askToSubscribe('afterJoin', { after: joining });
    try {
      await joining;
      Taro.showToast({ title: invite.kind === 'committee' ? '已加入' : '申请已提交', icon: 'success' });
      Taro.switchTab({ url: '/pages/me/index' });
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '提交失败，请重试');
      setError(errorWithDetails(err));
    } finally {
      setBusy(false);
    }
  };

  if (!invite) {
    return (
      <View className={pageClass}>
        <View className="card">
          <View className="card-title">第一步：输入邀请码</View>
          <View className="meta">邀请码由社区居委会或村委会提供，扫描社区二维码进入时会自动填好。</View>
        </View>
        <View className="field section">
          <View className="field-label">邀请码</View>
          <Input className="input" value={code} placeholder="请输入邀请码" maxlength={12} onInput={(e) => setCode(e.detail.value)} onConfirm={lookup} />
        </View>
        {error ? <View className="error-text">{error}</View> : null}
        <Button className="btn btn-primary" disabled={busy} onClick={lookup}>
          {busy ? '正在查询…' : '下一步'}
        </Button>
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/street/join/index' })}>
          我是街道／乡镇工作人员
        </Button>
      </View>
    );
  }

  const { community } = invite;
  const labels = ADDRESS_LABELS[community.kind];
  const placeholders = PLACEHOLDERS[community.kind];
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="card-title">
          您将加入：{community.name}（{community.kindLabel}）
        </View>
        {invite.kind === 'committee' ? (
          <View className="meta">
            这是委员会邀请码：提交后您将直接成为{community.name}的{roleLabel('committee', community.kind)}，无需审核。
          </View>
        ) : (
          <View className="meta">提交后由{community.kind === 'village' ? '村' : '居'}委会审核，审核通过前可以查看公告和协商结果。</View>
        )}
        <Button className="btn btn-plain" disabled={busy} onClick={() => setInvite(null)}>
          换一个邀请码
        </Button>
      </View>
      <View className="section">
        <TextField label="姓名" value={form.name} placeholder="请填写真实姓名" maxlength={30} onInput={(v) => set('name', v)} />
        <TextField label={labels.building} value={form.building} placeholder={placeholders.building} maxlength={20} onInput={(v) => set('building', v)} />
        {labels.unit ? (
          <TextField
            label={labels.unit}
            value={form.unit}
            placeholder={placeholders.unit}
            maxlength={20}
            onInput={(v) => set('unit', v)}
            hint="楼里不分单元的可以不填"
          />
        ) : null}
        <TextField label={labels.room} value={form.room} placeholder={placeholders.room} maxlength={20} onInput={(v) => set('room', v)} />
        <View className="field">
          <View className="field-label">您是</View>
          <ChoiceChips options={TENURES} labels={TENURE_LABELS} value={form.tenure} onChange={(t) => set('tenure', t)} />
        </View>
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交申请'}
      </Button>
    </View>
  );
}
