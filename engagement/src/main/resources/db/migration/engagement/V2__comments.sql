-- Reader comments and their moderation. Keyed by article id like the counters (no foreign key to
-- core's article table: engagement owns its rows). Ids come from core's hl_seq, like every id of
-- the portal. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table reader_comment (
    id              bigint primary key,
    article_id      bigint        not null,
    -- The top-level comment this one replies to; null for a top-level comment. Replies are one
    -- level deep: a reply to a reply is stored under the top-level comment.
    parent_id       bigint,
    author_name     varchar(200)  not null,
    -- Stored for the newsroom, never shown to readers; null for a signed-in reader's comment.
    author_email    varchar(254),
    -- The account's user name when the reader was signed in.
    author_account  varchar(200),
    -- Who wrote it, for the "first comment is held" rule: 'email:<address>' or 'account:<name>'.
    author_key      varchar(300)  not null,
    -- Plain text as typed (line breaks kept), escaped when shown.
    body            varchar(20000) not null,
    status          varchar(10)   not null,
    -- Hex of the keyed hash of address and User-Agent under the day's key; never the address.
    visitor         varchar(32)   not null,
    created_at      timestamp with time zone not null,
    moderated_at    timestamp with time zone,
    moderated_by    varchar(200),
    constraint reader_comment_status_ck check (status in ('PENDING', 'APPROVED', 'SPAM', 'TRASH'))
);

-- An article's approved comments in order (the article page), and its approved count.
create index reader_comment_article_ix on reader_comment (article_id, status, created_at, id);

-- The moderation queue: one status, newest first, and the counts per status.
create index reader_comment_queue_ix on reader_comment (status, created_at, id);

-- Most commented: approved comments of the recent days, grouped by article, from the index alone.
create index reader_comment_recent_ix on reader_comment (status, created_at, article_id);

-- Whether an author already has an approved comment.
create index reader_comment_author_ix on reader_comment (author_key, status);

-- Replies of a comment, re-attached when it is deleted.
create index reader_comment_parent_ix on reader_comment (parent_id);
