import { Input, Textarea, View } from '@tarojs/components';

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

/**
 * A labelled multi-line box, as the forms lay it out; `counted` shows how much is written against
 * the limit, for the long texts residents write (opinions, suggestions).
 */
export function TextAreaField(props: {
  label: string;
  value: string;
  placeholder: string;
  maxlength: number;
  onInput: (v: string) => void;
  counted?: boolean;
  /** Set off from what stands above it (a card, a line of context). */
  section?: boolean;
}) {
  return (
    <View className={props.section ? 'field section' : 'field'}>
      <View className="field-label">{props.label}</View>
      <Textarea
        className="textarea"
        value={props.value}
        maxlength={props.maxlength}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.detail.value)}
      />
      {props.counted ? (
        <View className="field-hint">
          已写 {props.value.trim().length} 字，最多 {props.maxlength} 字
        </View>
      ) : null}
    </View>
  );
}
