/**
 * The closed set of error codes every cloud function may return, each with the
 * Chinese message the UI shows when it has nothing more specific to say.
 * Adding a code is a deliberate change: the client switches on these.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  NOT_MEMBER: '您还不是本社区的成员',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '内容不存在或您无权查看',
  CONFLICT: '内容已被他人修改，请刷新后重试',
  WRONG_STATE: '当前阶段不能进行此操作',
  PLAN_INCOMPLETE: '协商方案还不完整',
  PRIOR_DISCUSSION_MISSING: '表决前须先经党组织研究讨论',
  NOTICE_TOO_SHORT: '距协商开始的时间少于公示期',
  TOO_EARLY: '时间未到，暂不能进行此操作',
  DEADLINE_PASSED: '已过截止时间',
  OPINIONS_UNANSWERED: '还有意见没有答复',
  OBJECTIONS_OPEN: '还有异议没有处理',
  REASON_REQUIRED: '请填写原因',
  OUT_OF_SCOPE: '本次协商不在您的参与范围内',
  CONTENT_REJECTED: '内容含有不适宜公开的信息，请修改后再提交',
  FILE_REJECTED: '文件不符合要求',
  LIMIT_REACHED: '已达到提交上限，请稍后再试',
  UNKNOWN_ACTION: '这项功能暂时用不了，请关闭后重新打开小程序再试',
  INTERNAL: '系统繁忙，请稍后再试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A failure the caller can understand and act on; never carries a stack to the client. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: string[];

  constructor(code: ErrorCode, message?: string, details?: string[]) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    if (details && details.length > 0) this.details = details;
  }
}
