package dev.headline.web.account;

/**
 * Fired when an account is switched on or off or its roles change: its open sessions, signed in
 * with what it was, are checked again on their next request ({@link AccountStandings}).
 *
 * @param username the account's username
 */
public record AccountChanged(String username) {}
