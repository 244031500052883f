-- 政策目录（resources/catalog）：每个目录文件是一个项目（编码 = 文件 id，如 tier.zjtx-sme.2026），
-- 同一项目族（versionOf，如 tier.zjtx-sme）的各版本按有效期（valid_from/valid_to）区分；
-- 适用区域增加全国、省级；政策要素（引文、申报方式、材料清单、奖补方式与原文、关联项目、
-- 人工核验项、过渡安排、核实说明）放在 details；目录文件名与内容哈希用于启动时幂等导入。
alter table program drop constraint if exists program_region_level_check;
alter table program add constraint program_region_level_check
    check (region_level in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT'));

alter table program
    add column family          varchar(100),
    add column region_name     varchar(100),
    add column benefit_kind    varchar(16)
        check (benefit_kind is null or benefit_kind in ('现金奖补', '税收优惠', '认定类', '非货币', '融资支持')),
    add column benefit_text    text,
    add column details         jsonb        not null default '{}'::jsonb,
    add column catalog_file    varchar(120),
    add column catalog_hash    varchar(64),
    add column edited_via_api  boolean      not null default false;
update program set family = code where family is null;
alter table program alter column family set not null;
create index program_family_idx on program (family, valid_from);
create unique index program_catalog_file_idx on program (catalog_file) where catalog_file is not null;

-- The four 2022 tier programs seeded from resources/programs are replaced by the catalogue, where
-- the 2022 rules are the history versions (tier.*.2022) and the 2026 办法 the versions in force.
-- Their results are dropped (a withdrawn program has none); applications and notifications stay.
update program set status = 'WITHDRAWN', updated_at = now()
    where created_by = 'seed' and status = 'PUBLISHED'
      and code in ('tier.innovative-sme', 'tier.zjtx-sme', 'tier.little-giant', 'tier.manufacturing-champion');
delete from match_result where program_id in (
    select id from program
     where created_by = 'seed'
       and code in ('tier.innovative-sme', 'tier.zjtx-sme', 'tier.little-giant', 'tier.manufacturing-champion'));
