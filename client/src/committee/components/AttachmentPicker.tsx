import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { AttachmentView } from '@shared/api/views';
import { ATTACHMENT_LIMITS, DOCUMENT_TYPES, documentTypeOf, formatBytes, pickedFileProblem } from '@shared/files/documents';
import { errorText } from '../../api';
import { chooseDocuments, uploadDocument } from '../../files/pickDocuments';

/** One document on its way: its id is known once the upload is done; a refused one says why. */
export interface PickedAttachment {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  fileId?: string;
  error?: string;
}

/** What to send: only documents that reached storage, under the name they were picked with. */
export const attachmentInputs = (list: PickedAttachment[]) =>
  list.filter((a) => a.status === 'done' && a.fileId).map((a) => ({ fileId: a.fileId!, name: a.name }));
export const attachmentsUploading = (list: PickedAttachment[]) => list.some((a) => a.status === 'uploading');

let nextKey = 0;

/** Attachments already on the record, as the picker holds them, to keep or remove. */
export function pickedFromRecord(list: { fileId: string; name: string; size: number }[] | undefined): PickedAttachment[] {
  return (list ?? []).map((a) => ({ key: `a${++nextKey}`, name: a.name, size: a.size, status: 'done', fileId: a.fileId }));
}
export const pickedFromViews = (views: AttachmentView[] | undefined) => pickedFromRecord(views?.map((v) => ({ fileId: v.id, name: v.name, size: v.size })));

const facts = (a: PickedAttachment) => {
  const type = documentTypeOf(a.name);
  return `${type ? DOCUMENT_TYPES[type].label : '文件'} · ${formatBytes(a.size)}`;
};

/**
 * 附件: documents residents read (PDF, Word, Excel, images), added from the phone's chats or the
 * computer's files, up to the limit. A file of the wrong kind or too large is refused on the
 * spot, before a byte is sent; the rest upload at once, so saving waits for nothing. The form
 * owns the list, so attachments survive a failed save. `onChange` takes an update, because
 * uploads finish after the list has moved on.
 */
export function AttachmentPicker(props: {
  label: string;
  hint?: string;
  value: PickedAttachment[];
  onChange: (update: (list: PickedAttachment[]) => PickedAttachment[]) => void;
  disabled?: boolean;
}) {
  const { value, onChange } = props;
  const max = ATTACHMENT_LIMITS.perPost;
  const [notice, setNotice] = useState('');
  const counted = value.filter((a) => a.status !== 'failed').length;
  const room = max - counted;

  const update = (key: string, change: Partial<PickedAttachment>) => onChange((list) => list.map((a) => (a.key === key ? { ...a, ...change } : a)));

  const add = async () => {
    setNotice('');
    let chosen;
    try {
      chosen = await chooseDocuments(room);
    } catch (e) {
      setNotice(errorText(e, '打开文件失败，请重试'));
      return;
    }
    if (chosen.length > room) setNotice(`最多${max}个附件，多选的 ${chosen.length - room} 个没有加入`);
    const added = chosen.slice(0, room).map((doc) => {
      const problem = pickedFileProblem(doc.name, doc.size);
      const item: PickedAttachment = { key: `a${++nextKey}`, name: doc.name, size: doc.size, status: problem ? 'failed' : 'uploading' };
      if (problem) item.error = problem;
      return { doc, item };
    });
    onChange((list) => [...list, ...added.map((a) => a.item)]);
    for (const { doc, item } of added) {
      if (item.status !== 'uploading') continue;
      uploadDocument(doc, 'attachments').then(
        (fileId) => update(item.key, { status: 'done', fileId }),
        (e: unknown) => update(item.key, { status: 'failed', error: errorText(e, `“${doc.name}”上传失败，请重试`) }),
      );
    }
  };

  const remove = (key: string) => onChange((list) => list.filter((a) => a.key !== key));

  return (
    <View className="field">
      <View className="field-label">
        {props.label}（{counted}/{max}）
      </View>
      <View className="field-hint">
        {props.hint ? `${props.hint}。` : ''}PDF、Word、Excel 或图片，每个不超过{formatBytes(ATTACHMENT_LIMITS.maxBytes)}
      </View>
      {value.map((a) => (
        <View key={a.key} className="attachment">
          <View className="attachment-name">📎 {a.name}</View>
          <View className={a.status === 'failed' ? 'meta error-text' : 'meta'}>
            {facts(a)} · {a.status === 'uploading' ? '上传中…' : a.status === 'done' ? '✓ 已上传' : `✗ 未上传：${a.error ?? ''}`}
          </View>
          {props.disabled ? null : (
            <Text className="photo-action" onClick={() => remove(a.key)}>
              移除
            </Text>
          )}
        </View>
      ))}
      {notice ? <View className="error-text">{notice}</View> : null}
      {!props.disabled && room > 0 ? (
        <Button className="btn btn-plain" onClick={add}>
          {counted === 0 ? '添加附件' : '继续添加附件'}
        </Button>
      ) : null}
    </View>
  );
}
