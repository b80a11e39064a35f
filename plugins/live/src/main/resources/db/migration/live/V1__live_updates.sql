-- Live coverage: the timestamped updates of a live story, newest first.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
create table live_update (
    id          bigint primary key,
    article_id  bigint        not null references article (id) on delete cascade,
    posted_at   timestamp with time zone not null,
    headline    varchar(300),
    body        varchar(20000) not null,
    author      varchar(200)  not null
);

create index live_update_article_ix on live_update (article_id, id desc);
