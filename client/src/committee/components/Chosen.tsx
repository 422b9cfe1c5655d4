import { Button, View } from '@tarojs/components';

/**
 * Who a committee member is acting for, once picked (a member, an elector, a proxy): shown as a
 * card, with a button to pick someone else.
 */
export function Chosen(props: { label: string; title: string; meta?: string; changeText: string; onChange: () => void }) {
  return (
    <View className="field">
      <View className="field-label">{props.label}</View>
      <View className="card">
        <View className="card-title">{props.title}</View>
        {props.meta ? <View className="meta">{props.meta}</View> : null}
      </View>
      <Button className="btn btn-plain" onClick={props.onChange}>
        {props.changeText}
      </Button>
    </View>
  );
}
