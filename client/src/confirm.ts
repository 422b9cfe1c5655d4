import Taro from '@tarojs/taro';

/** Asks before a step that cannot be undone; resolves true only on an explicit yes. */
export async function confirmStep(title: string, content: string, confirmText: string, cancelText: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText });
  return confirm;
}

export const confirmPublish = () =>
  confirmStep('发布公告', '发布后将向本社区公示，方案不能再修改。确定发布吗？', '确定发布', '再看看');

export const confirmWithdraw = () => confirmStep('撤回议题', '撤回后议题将终止，不能恢复。确定撤回吗？', '确定撤回', '不撤回');
