import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { MemberRowView } from '@shared/api/views';
import { OPINION_LIMITS, STANCES, STANCE_LABELS, type Stance } from '@shared/participation/participation';
import { call, newRequestId } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { confirmRecordOnBehalf } from '../../confirm';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, Thumbs, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useLoad } from '../../hooks/useLoad';
import { ReviewCard, useTwoStepForm } from '../../components/TwoStepForm';
import { MemberSearch } from '../components/MemberSearch';
import { TextAreaField } from '../../components/TextField';
import { Chosen } from '../components/Chosen';

type RecordChannel = 'written' | 'in_person';
const RECORD_CHANNELS: { value: RecordChannel; label: string; evidence: string }[] = [
  { value: 'written', label: '书面', evidence: '请拍下本人签字的书面意见' },
  { value: 'in_person', label: '现场', evidence: '请拍下会议记录中这段发言（含签到或记录人签字）' },
];
/** Failures fixed by changing the form: back to it, with everything still filled in. */
const FIXABLE = new Set(['CONTENT_REJECTED', 'FILE_REJECTED', 'INVALID_INPUT', 'OUT_OF_SCOPE', 'NOT_MEMBER']);

/**
 * 代为录入意见: a paper opinion handed in, or a remark made at the meeting, entered for a named
 * member with a photo of the original. The member then confirms or disputes it. One request id
 * per entry, so a retried submit never makes a second one.
 */
export default function RecordOnBehalf() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const detail = useLoad(() => call('consultation', 'consultation.get', { id: consultationId }));
  const [requestId, setRequestId] = useState(newRequestId);
  const [member, setMember] = useState<MemberRowView | null>(null);
  const [channel, setChannel] = useState<RecordChannel>('written');
  const [stance, setStance] = useState<Stance | undefined>();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const form = useTwoStepForm({ fixable: FIXABLE, fallback: '录入失败，请重试' });
  const [done, setDone] = useState('');

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <Failure error={detail.error} onRetry={detail.reload} />;
  const { consultation } = detail.data;
  const open = consultation.status === 'announced' || consultation.status === 'consulting';
  const evidence = uploadedIds(photos);
  const channelInfo = RECORD_CHANNELS.find((c) => c.value === channel)!;

  const problem = () => {
    if (!member) return '请先选择为哪位成员录入';
    if (!stance) return '请选择态度：支持、反对、中立或其他建议';
    if (!text.trim()) return '请填写意见内容';
    if (stillUploading(photos)) return '照片还在上传，请稍候';
    if (evidence.length === 0) return '请上传原件照片作为凭证';
    return '';
  };

  const submit = () => {
    if (!member || !stance) return;
    return form.submit(
      () => confirmRecordOnBehalf(member.name),
      () =>
        call('participation', 'opinion.recordOnBehalf', {
          consultationId,
          requestId,
          memberId: member.id,
          channel,
          stance,
          text: text.trim(),
          evidence,
        }).then(() => {
          setDone(`已代 ${member.name} 录入，等待本人确认`);
          Taro.showToast({ title: '已录入', icon: 'success' });
          // The next entry is a new one: a fresh form and a fresh request id.
          setRequestId(newRequestId());
          setMember(null);
          setStance(undefined);
          setText('');
          setPhotos([]);
          form.edit();
          Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
        }),
    );
  };

  const header = (
    <View className="card">
      <View className="card-title">{consultation.plan.title}</View>
      <View className="meta">{consultation.statusLabel}</View>
    </View>
  );

  if (!open) {
    return (
      <View className="page">
        {header}
        <Empty text="本次协商已结束，不能再补录意见" />
      </View>
    );
  }

  if (form.step === 'preview' && member && stance) {
    return (
      <View className="page">
        {header}
        <ReviewCard
          title="请核对"
          hint={`录入后显示为“待本人确认”，${member.name} 可在“我的意见”中确认或提出异议。其他居民看到的姓名部分隐去。`}
          form={form}
          submitText="确认录入"
          busyText="正在录入…"
          onSubmit={submit}
        >
          <View className="row">
            <Text className="card-title">{member.name}</Text>
            <Text className="tag">{STANCE_LABELS[stance]}</Text>
          </View>
          <View className="meta">
            {member.address} · {channelInfo.label}意见
          </View>
          <View className="opinion-text">{text.trim()}</View>
          <View className="meta">原件照片 {evidence.length} 张（仅本人和委员会可见）</View>
          <Thumbs photos={photos} />
        </ReviewCard>
      </View>
    );
  }

  return (
    <View className="page">
      {header}
      {done ? <View className="card ok-text">{done}</View> : null}
      {member ? (
        <Chosen label="为哪位成员录入" title={member.name} meta={member.address} changeText="更换成员" onChange={() => setMember(null)} />
      ) : (
        <MemberSearch
          label="为哪位成员录入"
          notFound="只能为已认证的成员录入"
          onPick={(m) => {
            setMember(m);
            setDone('');
          }}
        />
      )}
      <View className="field">
        <View className="field-label">意见来源</View>
        <View className="chips">
          {RECORD_CHANNELS.map((c) => (
            <Text key={c.value} className={`chip ${channel === c.value ? 'chip-on' : ''}`} onClick={() => setChannel(c.value)}>
              {channel === c.value ? '✓ ' : ''}
              {c.label}
            </Text>
          ))}
        </View>
      </View>
      <View className="field">
        <View className="field-label">态度</View>
        <ChoiceChips options={STANCES} labels={STANCE_LABELS} value={stance} onChange={setStance} />
      </View>
      <TextAreaField label="意见内容" value={text} placeholder="请按原件或发言如实录入" maxlength={OPINION_LIMITS.textMax} onInput={setText} counted />
      <PhotoPicker label="原件照片（必填）" hint={`请上传原件照片作为凭证：${channelInfo.evidence}`} photos={photos} onChange={setPhotos} />
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" onClick={() => form.toPreview(problem())}>
        预览
      </Button>
    </View>
  );
}
