/**
 * Events of the account capability that other modules and the web layer may observe. Only {@link
 * dev.headline.core.account.api.PasswordResetRequested} so far: the web module mails the link.
 */
package dev.headline.core.account.api;
