import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { findCatalogueItem } from '@shared/catalogue';
import { SUGGESTION_LIMITS as LIMITS } from '@shared/suggestion/suggestion';
import { call } from '../../api';
import { confirmStep } from '../../confirm';
import { Field } from '../../components/ConsultationRecord';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, Thumbs, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { DraftRestored, TextField, TextAreaField, tooLong } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useTextDraft } from '../../hooks/useTextDraft';
import { ReviewCard, useTwoStepForm, type TwoStepForm } from '../../components/TwoStepForm';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { CataloguePicker } from '../../components/CataloguePicker';
import { usePageClass } from '../../care/careMode';

/** Failures the person can fix by changing what they wrote: they go back to the form to do it. */
const FIXABLE = new Set(['CONTENT_REJECTED', 'FILE_REJECTED', 'INVALID_INPUT']);

interface Form {
  title: string;
  description: string;
  categoryId: string;
  /** The chosen matter's name, for the preview (the community's own matters are not all in the bundled catalogue). */
  categoryName?: string;
  place: string;
  hideName: boolean;
}

const EMPTY: Form = { title: '', description: '', categoryId: '', place: '', hideName: false };

const confirmRaise = (hideName: boolean) =>
  confirmStep(
    '提交建议',
    `提交后建议将在本社区公开（${hideName ? '不显示您的姓名' : '姓名部分隐去'}），委员会将在期限内答复；提交后不能修改或撤回。确定提交吗？`,
    '确定提交',
    '再看看',
  );

/** What keeps the form from its preview, in words; '' when nothing does. The server checks the same. */
function problemOf(f: Form, photos: PickedPhoto[]): string {
  const title = f.title.trim().length;
  const description = f.description.trim().length;
  if (title < LIMITS.titleMin) return `请填写标题，至少${LIMITS.titleMin}个字`;
  if (title > LIMITS.titleMax) return `标题不能超过${LIMITS.titleMax}个字`;
  if (description === 0) return '请写明建议的内容';
  if (description > LIMITS.descriptionMax) return tooLong('建议内容', f.description, LIMITS.descriptionMax);
  if (!f.place.trim()) return '请填写涉及的楼栋或地点';
  if (f.place.trim().length > LIMITS.placeMax) return `地点不能超过${LIMITS.placeMax}个字`;
  if (stillUploading(photos)) return '照片还在上传，请稍候';
  return '';
}

/** What the person will publish, exactly as the community will read it, before they send it. */
function Preview({ f, photos, name, form, onSubmit }: { f: Form; photos: PickedPhoto[]; name: string; form: TwoStepForm; onSubmit: () => void }) {
  return (
    <ReviewCard
      title="请核对将要公开的内容"
      hint="建议将向本社区公开，其他居民可以附议；委员会将在答复期限内答复。"
      photos={photos}
      form={form}
      submitText={form.error ? '重新提交' : '提交'}
      busyText="正在提交…"
      onSubmit={onSubmit}
    >
      <View className="card-title">{f.title.trim()}</View>
      <View className="meta">提出人：{f.hideName ? '匿名（委员会仍可见您的姓名）' : `${name}（其他居民看到的姓名会部分隐去）`}</View>
      <View className="opinion-text">{f.description.trim()}</View>
      <Thumbs photos={photos} />
      <View className="section">
        <Field label="涉及地点" value={f.place.trim()} />
        <Field label="协商事项" value={f.categoryId ? (f.categoryName ?? findCatalogueItem(f.categoryId)?.item.name) : '未选择'} />
      </View>
    </ReviewCard>
  );
}

/**
 * 我要建议: a member raises a matter — title, content, where, optionally the catalogue matter and
 * photos — sees it as it will be published, and sends it after a confirmation. One request id per
 * draft, so a retried submit never makes a second suggestion; nothing typed is lost on any failure,
 * and it stays on the device until sent.
 */
export default function SuggestionForm() {
  const pageClass = usePageClass();
  // Only an approved member may raise one: say so before anything is typed, not after.
  const me = useLoad(() => call('account', 'me.get', {}));
  // Kept on the device until sent, per member: the phone's back from the preview or a reload loses nothing.
  const memberId = me.status === 'ready' ? me.data.member?.id : undefined;
  const [f, setF, draft] = useTextDraft<Form>(memberId ? `suggestion:${memberId}` : null, EMPTY);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const form = useTwoStepForm({ fixable: FIXABLE, fallback: '提交失败，请重试' });

  useEffect(() => {
    preloadSubscriptions();
  }, []);

  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <Failure error={me.error} onRetry={me.reload} />;
  const { member } = me.data;
  if (member?.status !== 'active') {
    return (
      <View className={pageClass}>
        <View className="card">
          <View className="card-title">暂时不能提出建议</View>
          <View className="section">
            {member?.status === 'pending' ? '您的入社申请正在审核中，审核通过后就可以提出建议' : '加入本社区后才能提出建议，请在“我的”中申请加入'}
          </View>
        </View>
      </View>
    );
  }

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setF((old) => ({ ...old, [key]: value }));

  const submit = () =>
    form.submit(
      () => {
        // Before the confirmation's await: WeChat opens its prompt only inside the tap itself.
        askToSubscribe('afterSuggestion');
        return confirmRaise(f.hideName);
      },
      () =>
        call('suggestion', 'suggestion.raise', {
          requestId: draft.requestId,
          title: f.title.trim(),
          description: f.description.trim(),
          ...(f.categoryId ? { categoryId: f.categoryId } : {}),
          place: f.place.trim(),
          photos: uploadedIds(photos),
          hideName: f.hideName,
        }).then((saved) => {
          draft.sent();
          return Taro.redirectTo({ url: `/suggest/item/index?id=${saved.id}` }).then(() =>
            Taro.showToast(saved.underReview ? { title: '已提交，审核后公开', icon: 'none' } : { title: '已提交', icon: 'success' }),
          );
        }),
    );

  if (form.step === 'preview') {
    return (
      <View className={pageClass}>
        <Preview f={f} photos={photos} name={member.name} form={form} onSubmit={submit} />
      </View>
    );
  }

  return (
    <View className={pageClass}>
      <View className="field meta">您的建议将向本社区公开，委员会将在答复期限内逐条答复。</View>
      <DraftRestored restored={draft.restored} />
      <TextField
        label="标题"
        value={f.title}
        placeholder="一句话说明您的建议，如：3号楼门口加装路灯"
        maxlength={LIMITS.titleMax}
        hint={`${LIMITS.titleMin}到${LIMITS.titleMax}个字`}
        onInput={(v) => set('title', v)}
      />
      <TextAreaField
        label="建议内容"
        value={f.description}
        placeholder="请写明现在的情况、您的建议和理由"
        maxlength={LIMITS.descriptionMax}
        onInput={(v) => set('description', v)}
        counted
      />
      <TextField label="涉及的楼栋或地点" value={f.place} placeholder="如：3号楼、小区东门" maxlength={LIMITS.placeMax} onInput={(v) => set('place', v)} />
      <CataloguePicker
        label="协商事项（可不选）"
        hint="不清楚属于哪一类可以不选，委员会会帮您归类"
        optional
        value={f.categoryId}
        onChange={(id, categoryName) => setF((old) => ({ ...old, categoryId: id, categoryName }))}
      />
      <PhotoPicker label="照片（可不加）" hint="可附上现场照片，每张不超过5MB" photos={photos} onChange={setPhotos} max={LIMITS.photosMax} />
      <View className="field">
        <View className="chips">
          <Text className={`chip hide-name ${f.hideName ? 'chip-on' : ''}`} onClick={() => set('hideName', !f.hideName)}>
            {f.hideName ? '✓ ' : ''}不公开我的姓名（委员会仍可见）
          </Text>
        </View>
      </View>
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" onClick={() => form.toPreview(problemOf(f, photos))}>
        预览
      </Button>
    </View>
  );
}
