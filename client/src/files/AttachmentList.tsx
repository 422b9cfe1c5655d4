import { View } from '@tarojs/components';
import type { AttachmentView } from '@shared/api/views';

/**
 * 附件, H5: a link per document with its name, type and size (公约草案.pdf · PDF · 1.2 MB) that
 * opens it in a new tab (PDF, images) or saves it (Word, Excel) under its own name, which the link
 * carries. (AttachmentList.weapp.tsx is the mini program's version; Taro picks it for weapp.)
 */
export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  if (attachments.length === 0) return null;
  return (
    <View className="attachments">
      <View className="field-label">附件（{attachments.length}）</View>
      {attachments.map((a) =>
        a.url ? (
          <a key={a.id} className="attachment" href={a.url} target="_blank" rel="noopener noreferrer">
            <View className="attachment-name">📎 {a.name}</View>
            <View className="meta">
              {a.typeLabel} · {a.sizeLabel}
            </View>
          </a>
        ) : (
          <View key={a.id} className="attachment">
            <View className="attachment-name">📎 {a.name}</View>
            <View className="meta">
              {a.typeLabel} · {a.sizeLabel} · 暂时无法打开，请稍后刷新
            </View>
          </View>
        ),
      )}
    </View>
  );
}
