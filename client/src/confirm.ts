import Taro from '@tarojs/taro';

/**
 * The yes button's colour: the action red's darker shade, 8.9:1 on the dialog's white, as 长辈模式
 * asks. Taro's H5 dialog otherwise paints it #3CC51F (2.28:1), which older eyes cannot read.
 */
const CONFIRM_COLOR = '#8f1d14';

/** Asks before a step that cannot be undone; resolves true only on an explicit yes. */
export async function confirmStep(title: string, content: string, confirmText: string, cancelText: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText, confirmColor: CONFIRM_COLOR });
  return confirm;
}

export const confirmPublish = () => confirmStep('发布公告', '发布后将向本社区公示，方案不能再修改。确定发布吗？', '确定发布', '再看看');

export const confirmWithdraw = () => confirmStep('撤回议题', '撤回后议题将终止，不能恢复。确定撤回吗？', '确定撤回', '不撤回');

export const confirmDeleteMyData = () =>
  confirmStep(
    '删除我的数据',
    '您的姓名和住址将被清除，不能恢复。您以前参与的记录会保留，但只显示为“已注销成员”。删除后如需再参与协商，须重新申请加入。',
    '确定删除',
    '不删除',
  );

export const confirmChangeRole = (name: string, roleLabel: string) => confirmStep('调整角色', `将 ${name} 的角色改为 ${roleLabel}？`, '确定调整', '不调整');

export const confirmRemoveMember = (name: string) =>
  confirmStep('移出成员', `移出后 ${name} 将不能再发表意见和投票，如需回来须重新申请。确定移出吗？`, '确定移出', '不移出');

export const confirmImportRoster = (unitsCreated: number, unitsUpdated: number, peopleCreated: number, peopleUpdated: number) =>
  confirmStep(
    '导入花名册',
    `将新增 ${unitsCreated} 户、更新 ${unitsUpdated} 户房屋，新增 ${peopleCreated} 名${peopleUpdated ? `、更新 ${peopleUpdated} 名` : ''}人员。有误的行不会导入。确定导入吗？`,
    '确定导入',
    '再看看',
  );

/** 迁出／死亡 cannot be taken back: the person stays on the register but leaves every later electorate. */
export const confirmMarkLeft = (name: string, status: string, on: string) =>
  confirmStep(`标记${status}`, `将 ${name} 标记为${status}（${on}）。标记后不能撤销，此后开始的表决不再计入此人。确定标记吗？`, '确定标记', '再看看');

export const confirmSubmitOpinion = (written: boolean) =>
  confirmStep(written ? '提交书面意见' : '提交意见', '提交后意见将在本社区公开（姓名部分隐去），不能修改或撤回。确定提交吗？', '确定提交', '再看看');

export const confirmChangeAttendance = (from: string, to: string) =>
  confirmStep('修改报名', `您的“${from}”已由委员会确认，改为“${to}”后需要重新确认。确定修改吗？`, '确定修改', '不修改');

export const confirmEntryTrue = () => confirmStep('确认代录意见', '确认这条意见与您的原意一致？确认后不能再更改。', '确认属实', '再看看');

export const confirmEntryDispute = () => confirmStep('提出异议', '提交后委员会将看到您的说明，不能再更改。确定提交吗？', '确定提交', '再看看');

export const confirmModerate = (approve: boolean) =>
  approve
    ? confirmStep('通过审核', '通过后这条意见将向本社区公开，不能撤回。确定通过吗？', '确定通过', '再看看')
    : confirmStep('不予公开', '这条意见将不再显示，委员会列表中也将不再出现，不能恢复。确定不予公开吗？', '不予公开', '再看看');

export const confirmRecordOnBehalf = (name: string) =>
  confirmStep('代为录入', `将以 ${name} 的名义录入这条意见，由本人确认后方为属实。录入后不能修改。确定录入吗？`, '确定录入', '再看看');

export const confirmStartConsulting = () => confirmStep('开始协商', '开始后公示期结束，议题进入协商阶段，不能再撤回。确定开始吗？', '确定开始', '再等等');

export const confirmPriorStep = (label: string) =>
  confirmStep('记录前置研究', `将记录“${label}”及会议记录照片。记录后不能修改或删除，并记入协商记录。确定记录吗？`, '确定记录', '再看看');

export const confirmOpenVote = () =>
  confirmStep('开始表决', '开始后选民名单即以此刻为准，之后加入的成员不能参加本次表决；表决开始后不能撤回。确定开始吗？', '确定开始', '再等等');

export const confirmRescheduleVote = () =>
  confirmStep('调整表决时间', '新的表决时间和调整原因将通知范围内的所有居民，并记入协商记录。确定调整吗？', '确定调整', '再看看');

export const confirmCloseVote = () => confirmStep('关闭表决', '关闭后不能再投票，将按选民名单计票并公布结果，不能撤销。确定关闭吗？', '确定关闭', '不关闭');

export const confirmCastBallot = (choiceLabel: string, changing: boolean) =>
  confirmStep(
    changing ? '修改投票' : '投票',
    changing ? `确定改投“${choiceLabel}”吗？截止前仍可以修改。` : `确定投“${choiceLabel}”吗？截止前可以修改。`,
    `确定${choiceLabel}`,
    '再想想',
  );

export const confirmBallotTrue = () => confirmStep('确认选票', '确认委员会为您录入的选票与您的意愿一致？确认后不能再更改。', '确认属实', '再看看');

export const confirmBallotDispute = () => confirmStep('提出异议', '提交后委员会将看到您的说明，不能再更改。确定提交吗？', '确定提交', '再看看');

export const confirmEnterPaper = (electorLabel: string, channelLabel: string, choiceLabel: string) =>
  confirmStep(
    '录入选票',
    `将为 ${electorLabel} 录入${channelLabel}选票“${choiceLabel}”。录入后不能修改，选民本人可以提出异议。确定录入吗？`,
    '确定录入',
    '再看看',
  );

/* ---------- after the talking: outcome, publication, objections, implementation, archive ---------- */

export const confirmCloseConsultation = () => confirmStep('形成协商意见', '形成协商意见后协商即告结束，居民不能再发表意见。确定提交吗？', '确定提交', '再看看');

export const confirmEscalate = (meeting: string) =>
  confirmStep(
    `提交${meeting}表决`,
    `提交后将按新的表决安排由${meeting}表决，已填写的协商意见作废，表决后重新填写。不能撤回。确定提交吗？`,
    '确定提交',
    '再看看',
  );

export const confirmPublishResult = () =>
  confirmStep('公示结果', '协商意见将向本社区公示，公示期内居民可以提出异议；公示后不能再修改。确定公示吗？', '确定公示', '再看看');

export const confirmFileObjection = () =>
  confirmStep('提出异议', '异议将公开显示（姓名部分隐去），由委员会答复；提交后不能修改或撤回。确定提交吗？', '确定提交', '再看看');

export const confirmAnswerObjection = (uphold: boolean) =>
  uphold
    ? confirmStep('采纳异议', '采纳后协商结果撤回公示，议题重新进入协商（复议），其他待答复的异议一并处理。不能撤销。确定采纳吗？', '确定采纳', '再看看')
    : confirmStep('不予采纳', '答复和理由将公开显示，不能修改。确定不予采纳吗？', '确定答复', '再看看');

export const confirmStartImplementation = () => confirmStep('组织实施', '开始落实协商结果，之后请定期报告进展。确定开始吗？', '确定开始', '再等等');

export const confirmComplete = () =>
  confirmStep('落实完成', '确认后议题标记为已完成，落实报告将公开，参与的居民可以为落实结果打分；不能撤销。确定完成吗？', '确定完成', '再看看');

export const confirmSealArchive = () => confirmStep('归档封存', '归档后本议题的全部记录将封存，任何内容都不能再修改。确定归档吗？', '确定归档', '再看看');

export const confirmFamilyOpinion = (name: string) =>
  confirmStep('为家人代提意见', `将以 ${name} 的名义提交这条意见，标注“家人代办”，公开时姓名部分隐去。提交后不能修改。确定提交吗？`, '确定提交', '再看看');

export const confirmFamilyBallot = (name: string, choice: string) =>
  confirmStep(
    '为家人代为表决',
    `将为 ${name} 投“${choice}”，标注“家人代办”。投出后不能修改，${name}本人可以提出异议并自己重新投票。确定投票吗？`,
    '确定投票',
    '再看看',
  );

export const confirmProxyDecision = (name: string, confirm: boolean) =>
  confirm
    ? confirmStep('确认委托书', `确认 ${name} 的委托书真实有效？确认后，受托的家人可以代为投票。`, '确认有效', '再看看')
    : confirmStep('退回委托书', `退回 ${name} 的委托书？家人会看到退回原因，可以重新上传。`, '确定退回', '再看看');

export const confirmPublishJoint = (communities: string[]) =>
  confirmStep(
    '发布跨社区协商',
    `发布后${communities.join('、')}的公示栏将同时公告，各社区居民按本社区名册参与，方案不能再修改。确定发布吗？`,
    '确定发布',
    '再看看',
  );

export const confirmJointOutcome = () =>
  confirmStep('形成协商意见', '协商意见和落实期限记录后不能修改，街道将按期限督促落实。确定提交吗？', '确定提交', '再看看');

export const confirmJointComplete = () => confirmStep('报告落实完成', '报告后本事项不再督促，落实情况将留档。确定提交吗？', '确定提交', '再看看');
