-- Widget settings an admin makes in the newsroom, without a redeploy: a widget switched on or off
-- for the whole site ('') or for one section's subtree (its path, e.g. '/sports/'), the most
-- specific setting winning; and a widget's position within its slot.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
create table widget_setting (
    widget_id     varchar(100)  not null,
    section_path  varchar(1000) not null,
    enabled       boolean       not null,
    updated_at    timestamp with time zone not null,
    primary key (widget_id, section_path)
);

create table widget_position (
    widget_id   varchar(100) primary key,
    position    integer      not null,
    updated_at  timestamp with time zone not null
);
