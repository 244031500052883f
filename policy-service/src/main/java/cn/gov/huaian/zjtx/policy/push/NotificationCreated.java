package cn.gov.huaian.zjtx.policy.push;

/**
 * Fired when a notification is stored; observed after the commit to stream it to open SSE clients.
 */
public record NotificationCreated(NotificationView notification) {}
