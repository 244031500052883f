-- 停用的用户：其已签发的访问令牌在有效期内仍可验签通过，网关据此立即拒绝（所有网关副本共享）。
create table revoked_user (
    user_id     varchar(64)  primary key,
    revoked_at  timestamptz  not null default now(),
    until       timestamptz  not null
);
