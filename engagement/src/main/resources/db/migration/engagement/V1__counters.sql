-- Engagement counters, keyed by article id (core's article table; no foreign key, so that a flush
-- never fails on an article removed meanwhile). Written only with additive updates
-- (views = views + ?), so several server nodes can flush into the same rows and the sums stay
-- exact. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table article_counter (
    article_id  bigint primary key,
    views       bigint not null,
    hits        bigint not null,
    shares      bigint not null
);

-- Most viewed: the top of this index, never a scan.
create index article_counter_views_ix on article_counter (views, article_id);

-- Counted views per article and hour (hours since 1970-01-01T00:00Z), read by trending.
create table article_view_hour (
    article_id  bigint not null,
    epoch_hour  bigint not null,
    views       bigint not null,
    primary key (article_id, epoch_hour)
);

-- Trending reads the recent hours only.
create index article_view_hour_hour_ix on article_view_hour (epoch_hour, article_id);
