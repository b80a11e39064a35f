-- The newsroom: who created an article (its owner for the role rules) and the audit log.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

-- An account's username; null for articles made before the newsroom (demo content): only editors
-- and admins may edit those.
alter table article add column created_by varchar(40);

create index article_created_by_ix on article (created_by, updated_at);

-- Who did what, when: publish, withdraw, delete, role changes. Never updated, never deleted.
create table audit_entry (
    id         bigint primary key,
    at         timestamp with time zone not null,
    actor      varchar(40)   not null,
    action     varchar(30)   not null,
    subject    varchar(300)  not null,
    detail     varchar(500)
);

create index audit_entry_at_ix on audit_entry (at, id);
