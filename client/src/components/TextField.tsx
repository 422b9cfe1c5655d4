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
  /** What the server said is wrong with this field, shown under it. */
  error?: string;
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
      {props.error ? <View className="error-text">{props.error}</View> : null}
    </View>
  );
}

/** How many characters `value` runs past `max`, counted as the server counts them (trimmed); 0 when it fits. */
const overBy = (value: string, max: number) => Math.max(0, value.trim().length - max);

/** What keeps a form from sending a text that is too long, in words; '' when it fits. The server refuses it too. */
export function tooLong(label: string, value: string, max: number): string {
  const over = overBy(value, max);
  return over > 0 ? `${label}超出${over}字，请删减后再提交` : '';
}

/**
 * A labelled multi-line box, as the forms lay it out; `counted` shows how much is written against
 * the limit, for the long texts residents write (opinions, suggestions). The box itself never cuts:
 * a paste past the limit stays whole and the box says by how much it is over, so nothing
 * disappears unseen; the form refuses to send it (tooLong) until it is shortened.
 */
export function TextAreaField(props: {
  /** Left out where the box sits under a prompt of its own (a reply under its choice chips). */
  label?: string;
  value: string;
  placeholder: string;
  maxlength: number;
  onInput: (v: string) => void;
  counted?: boolean;
  /** Set off from what stands above it (a card, a line of context). */
  section?: boolean;
}) {
  const over = overBy(props.value, props.maxlength);
  return (
    <View className={props.section ? 'field section' : 'field'}>
      {props.label ? <View className="field-label">{props.label}</View> : null}
      <Textarea
        className="textarea"
        value={props.value}
        // -1: no cap (a mini program Textarea cuts at 140 by default, a browser at maxlength).
        maxlength={-1}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.detail.value)}
      />
      {over > 0 ? (
        <View className="error-text">
          已写 {props.value.trim().length} 字，超出 {over} 字（最多 {props.maxlength} 字），请删减后再提交
        </View>
      ) : props.counted ? (
        <View className="field-hint">
          已写 {props.value.trim().length} 字，最多 {props.maxlength} 字
        </View>
      ) : null}
    </View>
  );
}

/** Said above a form that opened with what the person typed last time and did not send. */
export function DraftRestored({ restored }: { restored: boolean }) {
  return restored ? <View className="field-hint">已恢复您上次没有提交的内容</View> : null;
}
