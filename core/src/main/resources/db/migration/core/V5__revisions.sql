-- Article revisions: the text of an article (title, slug, standfirst, body) as it was after each
-- save, numbered per article, so the newsroom can compare and restore earlier versions.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table article_revision (
    id          bigint primary key,
    article_id  bigint        not null references article (id) on delete cascade,
    -- 1, 2, 3... per article; never reused (older ones may be pruned, the numbers stay).
    number      integer       not null,
    title       varchar(300)  not null,
    slug        varchar(200)  not null,
    standfirst  varchar(1000),
    body        varchar(1000000) not null,
    -- The account's username, or "system" for saves made by the site itself (demo content).
    saved_by    varchar(40)   not null,
    -- When the first and the last of the saves folded into this revision were made.
    started_at  timestamp with time zone not null,
    saved_at    timestamp with time zone not null,
    -- Why the revision is special, for example "restored from 3"; null for an ordinary save.
    note        varchar(100)
);

-- The list of an article's revisions, the newest one, and pruning: all by (article_id, number).
create unique index article_revision_number_ix on article_revision (article_id, number);
