import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { BallotPapersView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS } from '@shared/voting/decide';
import { call } from '../../api';
import { Empty, Failure } from '../../components/LoadState';
import { PrintActions, useAllPages } from '../components/printable';
import './index.css';

type Ballot = BallotPapersView['ballots'][number];

/**
 * Where scanning a ballot's code goes: the committee's paper-ballot entry with this elector already
 * chosen, in the H5 app this page is served from. (A scan in WeChat would carry the same query.)
 */
function entryUrl(consultationId: string, electorId: string): string {
  const query = `consultationId=${encodeURIComponent(consultationId)}&elector=${encodeURIComponent(electorId)}`;
  return `${window.location.origin}${window.location.pathname}#/committee/paper/index?${query}`;
}

/** The ballot's code, drawn in the browser: printing happens there, and the code library loads only then. */
function BallotCode({ consultationId, electorId }: { consultationId: string; electorId: string }) {
  const [image, setImage] = useState('');
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    let alive = true;
    import('qrcode')
      .then((QRCode) => QRCode.toDataURL(entryUrl(consultationId, electorId), { errorCorrectionLevel: 'M', margin: 2, width: 240 }))
      .then((url) => alive && setImage(url));
    return () => {
      alive = false;
    };
  }, [consultationId, electorId]);
  return image ? <Image className="ballot-code" src={image} mode="aspectFit" nativeProps={{ alt: '表决票二维码' }} /> : <View className="ballot-code" />;
}

function BallotPaper({ head, ballot }: { head: BallotPapersView; ballot: Ballot }) {
  return (
    <View className="print-sheet ballot">
      <View className="print-community">{head.communityName}</View>
      <View className="print-heading">{'表  决  票'}</View>
      <View className="print-title">{head.title}</View>
      <View className="ballot-body">
        <View className="ballot-who">
          {ballot.label ? (
            <>
              <View className="print-line">
                <Text className="print-label">选民：</Text>
                <Text className="ballot-label">{ballot.label}</Text>
              </View>
              {/* The label names the place already for most electors: print it apart only when it does not. */}
              {ballot.place && !ballot.label.includes(ballot.place) ? (
                <View className="print-line">
                  <Text className="print-label">住址：</Text>
                  <Text>{ballot.place}</Text>
                </View>
              ) : null}
              {ballot.area ? (
                <View className="print-line">
                  <Text className="print-label">专有部分面积：</Text>
                  <Text>{ballot.area} 平方米</Text>
                </View>
              ) : null}
            </>
          ) : (
            <View className="print-line">无记名投票：本票不写姓名</View>
          )}
          <View className="print-line">
            <Text className="print-label">表决事项：</Text>
            <Text>{head.question}</Text>
          </View>
        </View>
        <View className="ballot-code-box">
          <BallotCode consultationId={head.consultationId} electorId={ballot.electorId} />
          <View className="ballot-caption">委员会扫码录入</View>
        </View>
      </View>
      <View className="ballot-choices">
        {CHOICES.map((c) => (
          <View key={c} className="ballot-choice">
            <View>{CHOICE_LABELS[c]}</View>
            <View className="ballot-box" />
          </View>
        ))}
      </View>
      <View className="ballot-hint">请在所选一项下的方框内划“√”，只能选一项。</View>
      {head.secret ? null : (
        <View className="print-line ballot-sign">
          选民签名
          <Text className="print-blank" />
          日期
          <Text className="print-blank" />
        </View>
      )}
    </View>
  );
}

/** 表决票: a paper ballot for each elector of the open vote, two to an A4 page, each with its code. */
export default function BallotPapersPage() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useAllPages((after) => call('voting', 'vote.ballotPapers', { consultationId, ...(after ? { after } : {}) }));
  const ballots = loaded.pages.flatMap((p) => p.ballots);
  const head = loaded.pages[0];
  if (loaded.status === 'error') {
    // A vote not open has no ballots to print: trying again would not change that.
    if (loaded.error.code === 'WRONG_STATE') return <Empty text={loaded.error.message} />;
    return <Failure error={loaded.error} onRetry={loaded.retry} />;
  }
  if (loaded.status === 'loading') {
    return (
      <View className="state print-progress">
        正在载入表决票…已载入 {ballots.length}
        {head ? ` / ${head.total}` : ''} 张
      </View>
    );
  }
  if (ballots.length === 0) return <Empty text="本次表决没有选民" />;
  return (
    <View className="page">
      <View className="print-sheets">
        {ballots.map((b) => (
          <BallotPaper key={b.electorId} head={head} ballot={b} />
        ))}
      </View>
      <PrintActions label={`打印表决票（${ballots.length} 张）`} />
    </View>
  );
}
