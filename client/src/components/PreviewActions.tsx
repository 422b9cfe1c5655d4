import { Button, View } from '@tarojs/components';

/** The foot of a 请核对 preview: what went wrong, send it (once at a time), or go back and change it. */
export function PreviewActions(props: { error: string; busy: boolean; submitText: string; busyText: string; onSubmit: () => void; onBack: () => void }) {
  return (
    <>
      {props.error ? <View className="error-text">{props.error}</View> : null}
      <Button className="btn btn-primary" disabled={props.busy} onClick={props.onSubmit}>
        {props.busy ? props.busyText : props.submitText}
      </Button>
      <Button className="btn btn-plain" disabled={props.busy} onClick={props.onBack}>
        返回修改
      </Button>
    </>
  );
}
