/**
 * One error shape for every API answer that is not a success:
 * `{ code, message, details }` with a Chinese message fit to show a person.
 */
export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

/** Common codes; each module adds its own (ORG_*, PEOPLE_*, AUTH_* …). */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  TOKEN_INVALID: { status: 401, message: '登录已失效，请重新登录' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, message: '记录不存在' },
  CONFLICT: { status: 409, message: '数据冲突，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  NOT_READY: { status: 503, message: '服务尚未就绪，请稍后再试' },
  // auth
  AUTH_BAD_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_LOCKED: { status: 423, message: '账号已被锁定，请稍后再试' },
  AUTH_SMS_CODE_INVALID: { status: 400, message: '验证码错误或已过期' },
  AUTH_WECHAT_CODE_INVALID: { status: 400, message: '微信登录凭证无效，请重新进入小程序' },
  AUTH_WECHAT_UNAVAILABLE: { status: 503, message: '微信服务暂时不可用，请稍后再试' },
  PAY_UNAVAILABLE: { status: 503, message: '在线缴费暂时不可用，请稍后再试或到服务中心缴费' },
  PAY_NOTIFY_REFUSED: { status: 401, message: '支付通知验证失败' },
  // org
  ORG_CODE_TAKEN: { status: 409, message: '编码已被使用' },
  ORG_IMPORT_INVALID: { status: 400, message: '导入文件有错误，未导入任何数据' },
  // people
  PEOPLE_BINDING_EXISTS: { status: 409, message: '该房屋已有您的绑定申请或绑定' },
  PEOPLE_BINDING_NOT_PENDING: { status: 409, message: '该申请已处理' },
  PEOPLE_PLATE_TAKEN: { status: 409, message: '该车牌已登记' },
  PEOPLE_ARCHIVED: { status: 409, message: '该档案已归档' },
  STAFF_USERNAME_TAKEN: { status: 409, message: '用户名已存在' },
  // service requests
  SRV_ILLEGAL_TRANSITION: { status: 409, message: '工单当前状态不能执行该操作' },
  /** R-SRV-05: an open request for the same spot and category exists (details.duplicates lists them) */
  SRV_DUPLICATE: { status: 409, message: '同一位置同一类别已有未完成的工单，请关联到该工单' },
  // complaints
  CMP_ILLEGAL_TRANSITION: { status: 409, message: '投诉当前状态不能执行该操作' },
  // suggestions and inquiries
  ENQ_ILLEGAL_TRANSITION: { status: 409, message: '当前状态不能执行该操作' },
  // parking
  PRK_ILLEGAL_TRANSITION: { status: 409, message: '车位申请当前状态不能执行该操作' },
  PAS_ILLEGAL_TRANSITION: { status: 409, message: '放行申请当前状态不能执行该操作' },
  VIS_ILLEGAL_TRANSITION: { status: 409, message: '访客当前状态不能执行该操作' },
  REN_ILLEGAL_TRANSITION: { status: 409, message: '装修申请当前状态不能执行该操作' },
  PRK_SPACE_TAKEN: { status: 409, message: '该车位已被占用，请选择其他车位' },
  // storage
  STORAGE_UNAVAILABLE: { status: 503, message: '文件存储暂时不可用，请稍后再试' },
  SMS_UNAVAILABLE: { status: 503, message: '短信发送失败，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldProblem {
  field: string;
  message: string;
}
export interface ImportRowProblem {
  line: number;
  message: string;
}
