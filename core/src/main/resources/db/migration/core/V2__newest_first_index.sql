-- Readers' lists read the newest articles first. H2 does not walk an ascending index backwards,
-- so the list index is descending, and the queries order by (status, published_at desc, id desc)
-- to match it; PostgreSQL uses it either way.
drop index article_status_published_ix;
create index article_status_newest_ix on article (status, published_at desc, id desc);
