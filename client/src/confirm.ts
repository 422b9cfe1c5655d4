import Taro from '@tarojs/taro';

/** Asks before a step that cannot be undone; resolves true only on an explicit yes. */
export async function confirmStep(title: string, content: string, confirmText: string, cancelText: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText });
  return confirm;
}

export const confirmPublish = () =>
  confirmStep('发布公告', '发布后将向本社区公示，方案不能再修改。确定发布吗？', '确定发布', '再看看');

export const confirmWithdraw = () => confirmStep('撤回议题', '撤回后议题将终止，不能恢复。确定撤回吗？', '确定撤回', '不撤回');

export const confirmDeleteMyData = () =>
  confirmStep(
    '删除我的数据',
    '您的姓名和住址将被清除，不能恢复。您以前参与的记录会保留，但只显示为“已注销成员”。删除后如需再参与协商，须重新申请加入。',
    '确定删除',
    '不删除',
  );

export const confirmChangeRole = (name: string, roleLabel: string) =>
  confirmStep('调整角色', `将 ${name} 的角色改为 ${roleLabel}？`, '确定调整', '不调整');

export const confirmRemoveMember = (name: string) =>
  confirmStep('移出成员', `移出后 ${name} 将不能再发表意见和投票，如需回来须重新申请。确定移出吗？`, '确定移出', '不移出');

export const confirmImportRoster = (unitsCreated: number, unitsUpdated: number, peopleCreated: number, peopleUpdated: number) =>
  confirmStep(
    '导入花名册',
    `将新增 ${unitsCreated} 户、更新 ${unitsUpdated} 户房屋，新增 ${peopleCreated} 名${peopleUpdated ? `、更新 ${peopleUpdated} 名` : ''}人员。有误的行不会导入。确定导入吗？`,
    '确定导入',
    '再看看',
  );
