-- "Next post" reads the oldest article published after the current one. H2 does not walk the
-- descending list index backwards, so without an ascending one it scanned and sorted every
-- published article (seconds at 100,000, for every uncached article page).
create index article_status_oldest_ix on article (status, published_at, id);
