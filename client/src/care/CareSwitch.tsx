import { Button, View } from '@tarojs/components';
import { useSubmit } from '../hooks/useSubmit';
import { chooseCare, useCare } from './careMode';

/** 我的's switch: on this phone at once, and on the account of a member so another phone follows it. */
export function CareSwitch({ member }: { member: boolean }) {
  const care = useCare();
  const { busy, error, run } = useSubmit('没能记到您的账号上，本机已按您的选择显示，请稍后再试');
  const toggle = () => {
    void run(() => chooseCare(!care, member));
  };
  return (
    <View className="card care-switch">
      <View className="card-title">长辈模式：{care ? '已开启' : '未开启'}</View>
      <View className="meta">字更大、按钮更大、颜色更分明，首页只留看通知、提意见、去表决三件事。</View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className={`btn ${care ? 'btn-plain' : 'btn-primary'}`} disabled={busy} onClick={toggle}>
        {care ? '关闭长辈模式' : '开启长辈模式'}
      </Button>
    </View>
  );
}
