package dev.headline.core.content.domain;

/** Where an article stands in its life: only {@link #PUBLISHED} articles are shown to readers. */
public enum ArticleStatus {
  /** Being written; visible in the newsroom only. */
  DRAFT,
  /** Approved with a publish time in the future; the scheduler publishes it when due. */
  SCHEDULED,
  /** Live on the site. */
  PUBLISHED,
  /** Taken down after publication; its URL answers 410/404 and it leaves every list. */
  WITHDRAWN
}
