package org.cppcc.platform.shared.error;

import org.springframework.http.HttpStatus;

/** Stable error codes of the API. Clients branch on these, never on the Chinese text. */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "提交的内容有误"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "请求格式不正确"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "请先登录"),
    AUTH_BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "用户名或密码错误"),
    AUTH_LOCKED(HttpStatus.UNAUTHORIZED, "账户已锁定，请稍后再试"),
    AUTH_DISABLED(HttpStatus.UNAUTHORIZED, "账户已停用，请联系系统管理员"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "无权进行此操作"),
    CSRF_INVALID(HttpStatus.FORBIDDEN, "页面已过期，请刷新后重试"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "请求的记录不存在"),
    DUPLICATE(HttpStatus.CONFLICT, "记录已存在"),
    STATE_CONFLICT(HttpStatus.CONFLICT, "当前状态下不能进行此操作"),
    MEETING_NOT_YET_HELD(HttpStatus.CONFLICT, "会议尚未到召开时间，不能记录纪要或结果"),
    DEMO_CLOCK_UNAVAILABLE(HttpStatus.CONFLICT, "演示时钟只能在单节点演示环境中使用"),
    PASSWORD_POLICY(HttpStatus.BAD_REQUEST, "密码不符合要求"),
    EXPORT_TOO_LARGE(HttpStatus.BAD_REQUEST, "导出的记录过多，请缩小筛选条件后重试"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁，请稍后再试"),
    /** A lock conflict that re-running the transaction did not resolve: the client may simply try again. */
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "系统繁忙，请稍后重试"),
    /** A query ran past the statement timeout: nothing was written; a narrower filter usually answers. */
    QUERY_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "查询耗时过长，请缩小时间范围或筛选条件后重试"),
    /** The server has no Chinese font a PDF can embed: an installation fault, not the caller's. */
    FONTS_MISSING(HttpStatus.SERVICE_UNAVAILABLE, "服务器未安装可嵌入的中文字体，暂时无法生成PDF"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后再试");

    private final HttpStatus status;
    private final String defaultMessage;

    ErrorCode(HttpStatus status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public HttpStatus status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
