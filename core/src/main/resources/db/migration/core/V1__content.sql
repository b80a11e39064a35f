-- Core content: media, authors, articles, static pages.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

-- EclipseLink pre-allocates 50 ids a call and needs the first value to be at least 50.
create sequence hl_seq start with 1000 increment by 50;

create table media (
    id            bigint primary key,
    file_name     varchar(255)  not null,
    mime_type     varchar(100)  not null,
    width         integer       not null,
    height        integer       not null,
    size_bytes    bigint        not null,
    alt_text      varchar(500),
    caption       varchar(1000),
    credit        varchar(255),
    created_at    timestamp with time zone not null,
    constraint media_file_name_uk unique (file_name)
);

create table author (
    id            bigint primary key,
    slug          varchar(120)  not null,
    name          varchar(200)  not null,
    bio           varchar(4000),
    avatar_id     bigint references media (id),
    created_at    timestamp with time zone not null,
    constraint author_slug_uk unique (slug)
);

create table article (
    id                 bigint primary key,
    slug               varchar(200)  not null,
    title              varchar(300)  not null,
    standfirst         varchar(1000),
    body               varchar(1000000) not null,
    language           varchar(35)   not null,
    featured_media_id  bigint references media (id),
    featured_caption   varchar(1000),
    featured_alt       varchar(500),
    status             varchar(20)   not null,
    published_at       timestamp with time zone,
    reading_minutes    integer       not null,
    word_count         integer       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null,
    constraint article_slug_uk unique (slug),
    constraint article_status_ck check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'))
);

-- Readers' lists and the scheduler: status first, then the keyset columns.
create index article_status_published_ix on article (status, published_at, id);

create table article_author (
    article_id  bigint  not null references article (id) on delete cascade,
    author_id   bigint  not null references author (id),
    position    integer not null,
    primary key (article_id, position)
);

create index article_author_author_ix on article_author (author_id, article_id);

create table page (
    id          bigint primary key,
    slug        varchar(120)  not null,
    title       varchar(300)  not null,
    body        varchar(1000000) not null,
    position    integer       not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint page_slug_uk unique (slug)
);
