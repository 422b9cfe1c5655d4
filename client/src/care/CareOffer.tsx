import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { useSubmit } from '../hooks/useSubmit';
import { chooseCare, declineOffer, shouldOffer } from './careMode';

/**
 * Offered once, at first use, in the page rather than as a pop-up (适老化: nothing that pushes).
 * Whoever answers it, either way, is not asked again on this phone; 我的 keeps the switch.
 */
export function CareOffer({ accountCare, member }: { accountCare: boolean | undefined; member: boolean }) {
  const [open, setOpen] = useState(() => shouldOffer(accountCare));
  const { busy, error, run } = useSubmit('已在本机开启长辈模式，但没能记到您的账号上，可稍后在“我的”里再开一次');
  if (!open) return null;
  const accept = () => run(() => chooseCare(true, member));
  const decline = () => {
    declineOffer();
    setOpen(false);
  };
  return (
    <View className="card care-offer">
      <View className="card-title">字太小、看不清？</View>
      <View>开启长辈模式：字更大、按钮更大，首页只留看通知、提意见、去表决三件事。以后可以在“我的”里随时开关。</View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={accept}>
        开启长辈模式
      </Button>
      <Button className="btn btn-plain" disabled={busy} onClick={decline}>
        不用了
      </Button>
    </View>
  );
}
