import { useState, type Dispatch, type SetStateAction } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import { OPINION_LIMITS } from '@shared/participation/participation';
import { errorText } from '../api';
import { previewPhotos } from '../files/previewPhotos';
import { choosePhotos, uploadPhoto } from '../files/uploadPhoto';

/** One photo on its way: shown from the device at once, its id known once the upload is done. */
export interface PickedPhoto {
  key: string;
  path: string;
  status: 'uploading' | 'done' | 'failed';
  fileId?: string;
  error?: string;
}

/** The ids to send: only photos that reached storage; a failed one is never sent. */
export const uploadedIds = (photos: PickedPhoto[]) => photos.filter((p) => p.status === 'done' && p.fileId).map((p) => p.fileId!);
export const stillUploading = (photos: PickedPhoto[]) => photos.some((p) => p.status === 'uploading');

let nextKey = 0;

/**
 * Photos for an opinion: thumbnails, add up to the limit, remove. Each photo uploads as soon as it
 * is picked, so sending the form waits for nothing. The form owns the list (not this component),
 * so photos survive the preview step and a failed submit.
 */
export function PhotoPicker(props: {
  label: string;
  hint?: string;
  photos: PickedPhoto[];
  onChange: Dispatch<SetStateAction<PickedPhoto[]>>;
  max?: number;
  disabled?: boolean;
}) {
  const { photos, onChange } = props;
  const max = props.max ?? OPINION_LIMITS.photosMax;
  // Why something picked was not added: too many, or files that are no photos.
  const [notices, setNotices] = useState<string[]>([]);
  // A failed photo stays on screen with its reason until removed, but does not take a place.
  const counted = photos.filter((p) => p.status !== 'failed').length;
  const room = max - counted;

  const update = (key: string, change: Partial<PickedPhoto>) => onChange((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const add = async () => {
    setNotices([]);
    let picked;
    try {
      picked = await choosePhotos(room);
    } catch (e) {
      setNotices([errorText(e, '打开相册失败，请重试')]);
      return;
    }
    const { photos: chosen, refused } = picked;
    const said = refused.map((r) => `“${r.name}”${r.reason}，没有加入。只能添加 JPG、PNG 或 WebP 格式的照片`);
    if (chosen.length > room) said.push(`最多${max}张照片，多选的 ${chosen.length - room} 张没有加入`);
    setNotices(said);
    const added: PickedPhoto[] = chosen.slice(0, room).map((c) => {
      const key = `p${++nextKey}`;
      // Said before a byte is sent: waiting for an upload only to be refused wastes an old phone's data.
      if (c.size > OPINION_LIMITS.photoMaxBytes) return { key, path: c.path, status: 'failed', error: '照片超过5MB，请换一张或截图后再上传' };
      return { key, path: c.path, status: 'uploading' };
    });
    onChange((list) => [...list, ...added]);
    for (const p of added) {
      if (p.status !== 'uploading') continue;
      uploadPhoto(p.path).then(
        (fileId) => update(p.key, { status: 'done', fileId }),
        (e: unknown) => update(p.key, { status: 'failed', error: errorText(e, '照片上传失败，请重试') }),
      );
    }
  };

  const remove = (key: string) => onChange((list) => list.filter((p) => p.key !== key));
  const preview = (path: string) =>
    void previewPhotos(
      photos.map((p) => p.path),
      path,
    );
  const failed = photos.filter((p) => p.status === 'failed');

  return (
    <View className="field">
      <View className="field-label">
        {props.label}（{counted}/{max}）
      </View>
      {props.hint ? <View className="field-hint">{props.hint}</View> : null}
      {photos.length > 0 ? (
        <View className="photos">
          {photos.map((p) => (
            <View key={p.key} className="photo-cell">
              <Image className="photo" src={p.path} mode="aspectFill" nativeProps={{ alt: '已选照片，点按查看大图' }} onClick={() => preview(p.path)} />
              <View className={p.status === 'failed' ? 'photo-state error-text' : 'photo-state'}>
                {p.status === 'uploading' ? '上传中…' : p.status === 'done' ? '✓ 已上传' : '✗ 未上传'}
              </View>
              {props.disabled ? null : (
                <Text className="photo-action" onClick={() => remove(p.key)}>
                  移除
                </Text>
              )}
            </View>
          ))}
        </View>
      ) : null}
      {failed.map((p) => (
        <View key={p.key} className="error-text">
          第{photos.indexOf(p) + 1}张没有上传：{p.error}
        </View>
      ))}
      {notices.map((n, i) => (
        <View key={i} className="error-text">
          {n}
        </View>
      ))}
      {!props.disabled && room > 0 ? (
        <Button className="btn btn-plain" onClick={add}>
          {counted === 0 ? '添加照片' : '继续添加照片'}
        </Button>
      ) : null}
    </View>
  );
}

/** The photos that finished uploading, as they will be sent: for a preview before submitting. */
export function Thumbs({ photos }: { photos: PickedPhoto[] }) {
  return (
    <View className="photos">
      {photos
        .filter((p) => p.status === 'done')
        .map((p) => (
          <Image key={p.key} className="photo" src={p.path} mode="aspectFill" nativeProps={{ alt: '照片' }} />
        ))}
    </View>
  );
}
