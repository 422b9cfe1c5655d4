import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { FigureView, SummaryPart } from '@shared/api/views';
import { call } from '../../api';
import { useSubmit } from '../../hooks/useSubmit';
import { OpinionsOf } from './OpinionsOf';
import './themes.css';

/** The draft as plain text for the outcome field: each figure as its number, a paragraph a line. */
const plainText = (summary: SummaryPart[][]) => summary.map((p) => p.map((part) => ('text' in part ? part.text : String(part.figure.n))).join('')).join('\n');

const unitOf = (f: FigureView) => (f.counts === 'people' ? '人' : '条');

/** Which figure is open: its paragraph, its place in it, and what it counts. */
interface Opened {
  p: number;
  i: number;
  figure: FigureView;
}

/** A paragraph whose every figure can be tapped (underlined, and said so to a screen reader) to open the opinions it counts. */
function Paragraph({ parts, onTap }: { parts: SummaryPart[]; onTap: (i: number, figure: FigureView) => void }) {
  return (
    <View className="summary-paragraph">
      {parts.map((part, i) =>
        'text' in part ? (
          <Text key={i}>{part.text}</Text>
        ) : (
          <Text
            key={i}
            className="figure"
            aria-role="button"
            aria-label={`${part.figure.n} ${unitOf(part.figure)}，点按查看对应的意见`}
            onClick={() => onTap(i, part.figure)}
          >
            {part.figure.n}
          </Text>
        ),
      )}
    </View>
  );
}

/**
 * 意见归纳草稿 in the outcome editor: the drafted start of the 协商意见, drawn from the opinions when
 * asked. Every figure opens the opinions behind it, so the committee checks a number before it
 * writes it; 填入协商意见 hands the text to the editor, which asks before replacing anything typed.
 */
export function SummaryDraft({ consultationId, onFill }: { consultationId: string; onFill: (text: string) => void }) {
  const [summary, setSummary] = useState<SummaryPart[][] | null>(null);
  const [open, setOpen] = useState<Opened | null>(null);
  // An opinion answered from an opened figure changes the draft's numbers: say so, never redraw under the reader.
  const [stale, setStale] = useState(false);
  const { busy, error, run } = useSubmit('生成失败，请重试');

  const generate = () =>
    run(() =>
      call('participation', 'opinion.themes', { consultationId }).then((v) => {
        setSummary(v.summary);
        setOpen(null);
        setStale(false);
      }),
    );
  const tap = (p: number, i: number, figure: FigureView) => setOpen(open?.p === p && open.i === i ? null : { p, i, figure });

  return (
    <View className="section">
      <View className="section-title">意见归纳草稿</View>
      <View className="field-hint">按已公开的意见自动归纳。点带下划线的数字可以核对对应的意见；填入后请按协商结果修改。</View>
      {summary ? (
        <View className="card">
          {summary.map((parts, p) => (
            <View key={p}>
              <Paragraph parts={parts} onTap={(i, figure) => tap(p, i, figure)} />
              {open?.p === p ? (
                <View className="inset">
                  <View className="field-label">
                    这 {open.figure.n} {unitOf(open.figure)}对应的意见
                  </View>
                  <OpinionsOf key={open.i} consultationId={consultationId} ids={open.figure.opinionIds} onChanged={() => setStale(true)} />
                  <Button className="btn btn-plain" onClick={() => setOpen(null)}>
                    收起
                  </Button>
                </View>
              ) : null}
            </View>
          ))}
          {stale ? <View className="field-hint">答复已有变化，请重新生成草稿以更新数字</View> : null}
          <Button className="btn btn-primary" onClick={() => onFill(plainText(summary))}>
            填入协商意见
          </Button>
        </View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-plain" disabled={busy} onClick={generate}>
        {busy ? '正在生成…' : summary ? '重新生成草稿' : '生成草稿'}
      </Button>
    </View>
  );
}
