package cn.gov.huaian.zjtx.enterprise.registry;

/** A contact person of an enterprise (联系人). */
public record Contact(String name, String title, String phone, String email) {}
