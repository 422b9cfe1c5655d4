import { Input, View } from '@tarojs/components';

/** A labelled one-line input with an optional hint below it, as every form here lays them out. */
export function TextField(props: {
  label: string;
  value: string;
  placeholder: string;
  maxlength: number;
  onInput: (v: string) => void;
  hint?: string;
  type?: 'text' | 'number';
}) {
  return (
    <View className="field">
      <View className="field-label">{props.label}</View>
      <Input
        className="input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.maxlength}
        onInput={(e) => props.onInput(e.detail.value)}
      />
      {props.hint ? <View className="field-hint">{props.hint}</View> : null}
    </View>
  );
}
