-- Taxonomy: the category tree, the links from articles to it, tags, and old paths for redirects.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table category (
    id             bigint primary key,
    parent_id      bigint references category (id),
    -- parent_id, or 0 for a top-level section: lets one unique key cover siblings at every level.
    parent_key     bigint        not null,
    slug           varchar(120)  not null,
    name           varchar(200)  not null,
    description    varchar(2000),
    position       integer       not null,
    accent_colour  varchar(7),
    fallback       boolean       not null default false,
    updated_at     timestamp with time zone not null,
    constraint category_sibling_slug_uk unique (parent_key, slug)
);

create index category_parent_ix on category (parent_key, position);

-- Every seed key a contributor ever planted: a section an editor deleted is not planted again.
create table category_seed (
    seed_key     varchar(500) primary key,
    category_id  bigint,
    seeded_at    timestamp with time zone not null
);

-- Paths a category had before a rename or move: they answer 301 to the current path.
create table category_path_history (
    old_path     varchar(1000) primary key,
    category_id  bigint not null references category (id) on delete cascade,
    changed_at   timestamp with time zone not null
);

-- Which categories an article is filed under. kind: P = primary, S = secondary, A = an ancestor
-- of either (so a section's archive includes its subsections). archive_rank numbers the visible
-- articles of a category from 1 (oldest) upwards: page n of an archive is a range of ranks,
-- read through the index, however deep the page.
create table article_category (
    article_id    bigint       not null references article (id) on delete cascade,
    category_id   bigint       not null references category (id) on delete cascade,
    kind          char(1)      not null,
    published_at  timestamp with time zone,
    archive_rank  bigint,
    primary key (article_id, category_id),
    constraint article_category_kind_ck check (kind in ('P', 'S', 'A'))
);

create index article_category_archive_ix on article_category (category_id, archive_rank);
create index article_category_primary_ix on article_category (kind, article_id);

create table tag (
    id    bigint primary key,
    slug  varchar(120) not null,
    name  varchar(200) not null,
    constraint tag_slug_uk unique (slug)
);

create table article_tag (
    article_id    bigint not null references article (id) on delete cascade,
    tag_id        bigint not null references tag (id) on delete cascade,
    published_at  timestamp with time zone,
    archive_rank  bigint,
    primary key (article_id, tag_id)
);

create index article_tag_archive_ix on article_tag (tag_id, archive_rank);

-- Slugs an article had before an edit: /section/old-slug answers 301 to the current URL.
create table article_slug_history (
    old_slug    varchar(200) primary key,
    article_id  bigint not null references article (id) on delete cascade
);
