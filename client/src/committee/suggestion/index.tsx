import { useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MemberRowView } from '@shared/api/views';
import { COLLECTED_CHANNELS, SUGGESTION_CHANNEL_LABELS, SUGGESTION_LIMITS } from '@shared/suggestion/suggestion';
import { call, newRequestId } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { TextField, TextAreaField } from '../../components/TextField';
import { confirmStep } from '../../confirm';
import { useSubmit } from '../../hooks/useSubmit';
import { CataloguePicker } from '../../components/CataloguePicker';
import { MemberSearch } from '../components/MemberSearch';
import { Chosen } from '../components/Chosen';

type Channel = (typeof COLLECTED_CHANNELS)[number];
type NameChoice = 'show' | 'hide';
const NAME_CHOICES: readonly NameChoice[] = ['show', 'hide'];
const NAME_LABELS: Record<NameChoice, string> = { show: '公开姓名（部分隐去）', hide: '不公开姓名（显示为匿名）' };

const confirmEnter = (name: string, channel: Channel) =>
  confirmStep(
    '录入建议',
    `将以 ${name} 的名义录入这条${SUGGESTION_CHANNEL_LABELS[channel]}收集的建议，录入后不能修改，须在答复期限内答复。确定录入吗？`,
    '确定录入',
    '再看看',
  );

/**
 * 录入建议: a suggestion a resident made through the 意见箱, on a home visit, by phone or on the
 * spot, entered in their name and tagged with how it came in. One request id for the entry, so a
 * retried submit never makes a second one; once stored, it opens for its answer.
 */
export default function EnterSuggestion() {
  const requestId = useRef(newRequestId());
  const [member, setMember] = useState<MemberRowView | null>(null);
  const [channel, setChannel] = useState<Channel | undefined>();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [place, setPlace] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [nameChoice, setNameChoice] = useState<NameChoice>('show');
  const { busy, error, setError, run } = useSubmit('录入失败，请重试');

  /** The first thing still missing, in words; the server checks everything again. */
  const problem = () => {
    if (!member) return '请先选择提出建议的居民';
    if (!channel) return '请选择建议的来源';
    if (title.trim().length < SUGGESTION_LIMITS.titleMin) return `标题至少${SUGGESTION_LIMITS.titleMin}个字`;
    if (!description.trim()) return '请写明建议的内容';
    if (!place.trim()) return '请填写涉及的楼栋或地点';
    if (stillUploading(photos)) return '照片还在上传，请稍候';
    return '';
  };

  const submit = async () => {
    const missing = problem();
    if (missing || !member || !channel) return setError(missing);
    setError('');
    if (!(await confirmEnter(member.name, channel))) return;
    await run(async () => {
      const saved = await call('suggestion', 'suggestion.enter', {
        requestId: requestId.current,
        memberId: member.id,
        channel,
        title: title.trim(),
        description: description.trim(),
        ...(categoryId ? { categoryId } : {}),
        place: place.trim(),
        photos: uploadedIds(photos),
        hideName: nameChoice === 'hide',
      });
      Taro.showToast({ title: '已录入', icon: 'success' });
      Taro.redirectTo({ url: `/committee/triage/index?id=${saved.id}` });
    });
  };

  return (
    <View className="page">
      {member ? (
        <Chosen label="提出建议的居民" title={member.name} meta={member.address} changeText="更换居民" onChange={() => setMember(null)} />
      ) : (
        <MemberSearch label="提出建议的居民" notFound="只能为已认证的成员录入" onPick={setMember} />
      )}
      <View className="field">
        <View className="field-label">来源</View>
        <ChoiceChips options={COLLECTED_CHANNELS} labels={SUGGESTION_CHANNEL_LABELS} value={channel} onChange={setChannel} />
      </View>
      <TextField label="标题" value={title} placeholder="一句话说明要解决的问题" maxlength={SUGGESTION_LIMITS.titleMax} onInput={setTitle} />
      <TextAreaField
        label="建议内容"
        value={description}
        placeholder="请按居民的原话如实录入"
        maxlength={SUGGESTION_LIMITS.descriptionMax}
        onInput={setDescription}
        counted
      />
      <TextField label="涉及的楼栋或地点" value={place} placeholder="如：3栋、东门停车场" maxlength={SUGGESTION_LIMITS.placeMax} onInput={setPlace} />
      <CataloguePicker label="协商事项（可不选）" hint="立项时再选也可以" optional value={categoryId} onChange={(id) => setCategoryId(id)} />
      <PhotoPicker label="照片（可选）" hint="如意见箱的纸条、现场情况" photos={photos} onChange={setPhotos} max={SUGGESTION_LIMITS.photosMax} />
      <View className="field">
        <View className="field-label">其他居民看到的姓名</View>
        <ChoiceChips options={NAME_CHOICES} labels={NAME_LABELS} value={nameChoice} onChange={setNameChoice} />
        <View className="field-hint">请按居民本人的意愿选择；委员会始终可以看到全名</View>
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在录入…' : '确认录入'}
      </Button>
    </View>
  );
}
