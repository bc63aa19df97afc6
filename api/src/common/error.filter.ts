import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '@wy/shared';
import { AppError } from './app-error.js';

const HTTP_MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'VALIDATION_FAILED', message: '请求格式不正确' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '没有权限执行此操作' },
  404: { code: 'NOT_FOUND', message: '请求的地址不存在' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持该请求方法' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '上传内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' },
  429: { code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' },
};

/** One error format for the whole API: { code, message, details } with a Chinese message. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    let status = 500;
    let body: ApiError = { code: 'INTERNAL', message: '系统繁忙，请稍后再试' };
    if (exception instanceof AppError) {
      status = exception.status;
      body = { code: exception.code, message: exception.message, details: exception.details };
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const known = HTTP_MESSAGES[status];
      body = known ? { ...known } : { code: `HTTP_${status}`, message: '请求失败' };
      if (status === 400 && /JSON/i.test(exception.message))
        body = { code: 'VALIDATION_FAILED', message: '请求内容不是合法的 JSON' };
    } else if (isFastifyError(exception)) {
      status = exception.statusCode;
      const known = HTTP_MESSAGES[status];
      body = known
        ? { ...known, ...(exception.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? {} : {}) }
        : { code: `HTTP_${status}`, message: '请求失败' };
      if (exception.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || exception.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
        body = { code: 'VALIDATION_FAILED', message: '请求内容不是合法的 JSON' };
      }
    }
    if (status >= 500) {
      this.logger.error({ err: exception, reqId: req?.id }, 'unhandled error');
    }
    if (body.details === undefined) delete body.details;
    // a route that answers a file (an Excel export) has set its type already: an error is JSON, not a download
    reply.removeHeader('content-disposition');
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

function isFastifyError(e: unknown): e is { statusCode: number; code?: string } {
  return typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number';
}
