import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { PosterView } from '@shared/api/views';
import { call } from '../../api';
import { formatChinaDate } from '../../dates';
import { Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import '../components/printable.css';
import './index.css';

/** What the code under the notice does, said to someone standing at the board. */
const CAPTIONS: Record<PosterView['code']['kind'], string> = {
  wxacode: '微信扫一扫，查看议题、报名参加、发表意见',
  qrcode: '扫码打开议题页面',
};

/**
 * Shows the code full screen, where WeChat offers to save or forward it. previewImage takes a URL
 * or a local file, not a data URL, so a data URL is written to a file first.
 */
function previewCode(image: string) {
  if (!image.startsWith('data:')) {
    Taro.previewImage({ urls: [image] });
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/poster-code.png`;
  Taro.getFileSystemManager().writeFile({
    filePath,
    data: image.slice(image.indexOf(',') + 1),
    encoding: 'base64',
    success: () => Taro.previewImage({ urls: [filePath] }),
  });
}

/** The A4 sheet itself, as it is printed: what, when and where, the code to take part, and who issued it. */
function Sheet({ poster }: { poster: PosterView }) {
  const { code } = poster;
  return (
    <View className="poster-sheet print-sheets">
      <View className="poster-community">{poster.communityName}</View>
      <View className="poster-heading">{'公  告'}</View>
      <View className="poster-title">{poster.title}</View>
      {poster.summary ? <View className="poster-summary">{poster.summary}</View> : null}
      <View className="poster-lines">
        {poster.lines.map((line, i) => (
          <View key={i} className="poster-line">
            <Text className="poster-label">{line.label}：</Text>
            <Text>{line.value}</Text>
          </View>
        ))}
      </View>
      <View className="poster-foot">
        <View className="poster-code-box">
          <Image
            className="poster-code"
            src={code.image}
            mode="aspectFit"
            nativeProps={{ alt: `议题二维码：${CAPTIONS[code.kind]}` }}
            showMenuByLongpress
            onClick={process.env.TARO_ENV === 'weapp' ? () => previewCode(code.image) : undefined}
          />
          <View className="poster-caption">{CAPTIONS[code.kind]}</View>
        </View>
        <View className="poster-issuer">
          <View>{poster.issuer}</View>
          <View>{formatChinaDate(poster.issuedAt)}</View>
        </View>
      </View>
    </View>
  );
}

/** Below the sheet, never printed: the print button in a browser; in WeChat, which cannot print, the way round. */
function Actions() {
  return (
    <View className="poster-actions print-actions">
      {process.env.TARO_ENV === 'h5' ? (
        <Button className="btn btn-primary" onClick={() => window.print()}>
          打印公告
        </Button>
      ) : (
        <View className="field-hint">请在电脑上打开本页打印，或长按保存二维码</View>
      )}
    </View>
  );
}

/** 打印公告: the consultation's notice as an A4 sheet for the physical notice board (公告栏). */
export default function PosterPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => call('consultation', 'notice.poster', { id }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  return (
    <View className="page poster-page">
      <Sheet poster={loaded.data} />
      <Actions />
    </View>
  );
}
