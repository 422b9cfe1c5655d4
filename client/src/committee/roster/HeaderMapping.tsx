import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { RosterReportView } from '@shared/api/views';
import { REGISTER_FIELD_LABELS, REGISTER_FIELDS, type RegisterField } from '@shared/member/register';
import { ChoiceChips } from '../../components/ChoiceChips';

/** What the committee said each unknown header means, by the header's text (the same header on two sheets means one thing). */
export type HeaderMap = Record<string, RegisterField>;

/** One unknown column: its header, where it is, and the meanings to pick from until one is picked. */
function HeaderChoice(props: { header: string; sheets: string[]; value?: RegisterField; onChoose: (field: RegisterField) => void }) {
  const [choosing, setChoosing] = useState(!props.value);
  return (
    <View className="card">
      <View className="card-title">列名“{props.header}”</View>
      <View className="meta">所在工作表：{props.sheets.join('、')}</View>
      {choosing || !props.value ? (
        <View className="section">
          <View className="field-label">这一列是：</View>
          <ChoiceChips
            options={REGISTER_FIELDS}
            labels={REGISTER_FIELD_LABELS}
            value={props.value}
            onChange={(field) => {
              props.onChoose(field);
              setChoosing(false);
            }}
          />
        </View>
      ) : (
        <View className="row">
          <Text>含义：{REGISTER_FIELD_LABELS[props.value]}</Text>
          <Text className="chip" onClick={() => setChoosing(true)}>
            改选
          </Text>
        </View>
      )}
    </View>
  );
}

/**
 * 无法识别的列: the import did not know these headers, so their columns were not read. The
 * committee says what each one is and checks the file again with that; the import then uses the
 * same choices, and the community keeps them for its next workbook.
 */
export function HeaderMapping(props: {
  unknown: RosterReportView['unknownHeaders'];
  choices: HeaderMap;
  onChoose: (header: string, field: RegisterField) => void;
  onRecheck: () => void;
  busy: boolean;
}) {
  const sheetsOf = new Map<string, string[]>();
  for (const { sheet, header } of props.unknown) sheetsOf.set(header, [...(sheetsOf.get(header) ?? []), sheet]);
  const chosen = [...sheetsOf.keys()].filter((h) => props.choices[h]).length;
  return (
    <View className="section">
      <View className="section-title">无法识别的列（{sheetsOf.size}）</View>
      <View className="meta">
        这些列没有读取。请选择每一列的含义，再按所选含义重新检查；不需要的列选“{REGISTER_FIELD_LABELS.ignore}”。导入后本社区会记住这些选择。
      </View>
      {[...sheetsOf].map(([header, sheets]) => (
        <HeaderChoice key={header} header={header} sheets={sheets} value={props.choices[header]} onChoose={(f) => props.onChoose(header, f)} />
      ))}
      <Button className="btn btn-primary" disabled={props.busy || chosen === 0} onClick={props.onRecheck}>
        {props.busy ? '正在检查文件…' : `按所选含义重新检查（已选 ${chosen} 列）`}
      </Button>
    </View>
  );
}

/** The choices a check was made with, said after the columns are read, so the committee sees what the import will apply. */
export function HeaderChoicesUsed({ map }: { map: HeaderMap }) {
  const entries = Object.entries(map);
  if (entries.length === 0) return null;
  return (
    <View className="card">
      <View className="field-label">已按所选含义读取的列</View>
      {entries.map(([header, field]) => (
        <View key={header} className="kv">
          <View className="kv-key">{header}</View>
          <View className="kv-value">{REGISTER_FIELD_LABELS[field]}</View>
        </View>
      ))}
    </View>
  );
}
