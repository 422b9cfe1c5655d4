import type { PropsWithChildren } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { OpinionView, PhotoView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { previewPhotos } from '../files/previewPhotos';

/** Photos as the server hands them out: thumbnails; a tap opens them full screen to read a signed page. */
export function PhotoStrip({ photos, label }: { photos: PhotoView[]; label?: string }) {
  const shown = photos.filter((p) => p.url);
  if (shown.length === 0) return null;
  const urls = shown.map((p) => p.url);
  return (
    <View>
      {label ? <View className="meta">{label}</View> : null}
      <View className="photos">
        {shown.map((p) => (
          <Image
            key={p.id}
            className="photo"
            src={p.url}
            mode="aspectFill"
            nativeProps={{ alt: '意见所附照片，点按查看大图' }}
            onClick={() => void previewPhotos(urls, p.url)}
          />
        ))}
      </View>
    </View>
  );
}

/**
 * One opinion as the server lets this viewer see it: the name (masked for the public), stance and
 * channel in words, the text and photos, an entry made on someone's behalf, and the committee's
 * reply. Actions the viewer may take come in as children.
 */
export function OpinionCard({ opinion: o, title, children }: PropsWithChildren<{ opinion: OpinionView; title?: string }>) {
  return (
    <View className="card">
      {title ? <View className="meta">协商：{title}</View> : null}
      <View className="row">
        <Text className="card-title">{o.authorName}</Text>
        <Text className="tag">{o.stanceLabel}</Text>
        {o.family ? <Text className="tag">{o.family.label}</Text> : null}
      </View>
      <View className="meta">
        {o.channelLabel}意见 · {formatChinaTime(o.createdAt)}
        {o.building ? ` · ${o.building}` : ''}
      </View>
      {o.moderation && o.moderation !== 'visible' ? <View className="meta">审核：{o.moderationLabel}（其他居民暂时看不到）</View> : null}
      <View className="opinion-text">{o.text}</View>
      <PhotoStrip photos={o.photos} />
      {o.evidence?.length ? <PhotoStrip photos={o.evidence} label="原件照片（仅本人和委员会可见）" /> : null}
      {o.family || o.entry ? (
        <View className="section">
          <View className="meta">
            {o.family ? `${o.family.label}：由家人 ${o.family.helperName} 代为提交` : `由 ${o.entry!.enteredByName} 代为录入`}
            {o.entry ? ` · ${o.entry.stateLabel}` : ''}
          </View>
          {o.entry?.note ? <View className="meta">本人说明：{o.entry.note}</View> : null}
        </View>
      ) : null}
      {o.reply ? (
        <View className="reply">
          <View>
            <Text className="field-label">答复：{o.reply.decisionLabel}</Text>
          </View>
          {o.reply.reason ? <View className="opinion-text">{o.reply.reason}</View> : null}
          <View className="meta">
            {o.reply.byName} · {formatChinaTime(o.reply.at)}
          </View>
        </View>
      ) : (
        <View className="meta">尚未答复</View>
      )}
      {children}
    </View>
  );
}
