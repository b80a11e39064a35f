-- The site's identity as an admin set it in the newsroom (name, tagline, description, social
-- links), overriding configuration (headline.site.*) key by key. A row with an empty value for a
-- social network means "no link", even where configuration has one.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
create table site_setting (
    setting_key    varchar(100)  primary key,
    setting_value  varchar(2000) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(40)   not null
);
