import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { TallySheetView } from '@shared/api/views';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { PrintActions } from '../components/printable';
import './index.css';

/** What the counting table writes in: those present, then each choice, and those who stated none. */
const COUNTS = ['实到', '同意', '反对', '弃权', '未表态'];
const SIGNERS = ['计票人', '监票人', '主持人'];

function Sheet({ sheet }: { sheet: TallySheetView }) {
  return (
    <View className="print-sheet">
      <View className="print-community">{sheet.communityName}</View>
      <View className="print-heading">{'计  票  单'}</View>
      <View className="print-title">{sheet.title}</View>
      <View className="print-line">
        <Text className="print-label">表决事项：</Text>
        <Text>{sheet.question}</Text>
      </View>
      <View className="print-line">
        <Text className="print-label">表决规则：</Text>
        <Text>{sheet.ruleLabel}</Text>
      </View>
      <View className="print-line">
        <Text className="print-label">怎样通过：</Text>
        <Text>{sheet.ruleText}</Text>
      </View>
      <View className="print-line tally-expected">
        应到 {sheet.electors} 人{sheet.areaTotal ? `，专有部分总面积 ${sheet.areaTotal} 平方米` : ''}
      </View>
      <View className="tally-counts">
        {COUNTS.map((label) => (
          <View key={label} className="tally-count">
            <Text className="tally-count-label">{label}</Text>
            <Text className="print-blank" />人
            {sheet.areaTotal ? (
              <>
                ，面积
                <Text className="print-blank" />
                平方米
              </>
            ) : null}
          </View>
        ))}
      </View>
      <View className="print-line">
        <Text className="print-label">表决结果：</Text>
        <Text className="print-blank tally-result" />
      </View>
      <View className="tally-signers">
        {SIGNERS.map((who) => (
          <View key={who} className="print-line">
            {who}（签名）
            <Text className="print-blank" />
          </View>
        ))}
        <View className="print-line">
          日期
          <Text className="print-blank" />年<Text className="print-blank tally-short" />月<Text className="print-blank tally-short" />日
        </View>
      </View>
    </View>
  );
}

/** 计票单: the counting table's sheet for a show of hands or a paper count, filled in by hand and signed. */
export default function TallySheetPage() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useLoad(() => call('voting', 'vote.tallySheet', { consultationId }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    // Before the electorate is fixed there is no 应到 to print: trying again would not change that.
    if (loaded.error.code === 'WRONG_STATE') return <Empty text={loaded.error.message} />;
    return <Failure error={loaded.error} onRetry={loaded.reload} />;
  }
  return (
    <View className="page">
      <View className="print-sheets">
        <Sheet sheet={loaded.data} />
      </View>
      <PrintActions label="打印计票单" />
    </View>
  );
}
