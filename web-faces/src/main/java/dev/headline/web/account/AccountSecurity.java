package dev.headline.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security for the whole WAR: form login on the site's own page ({@code /account/login}),
 * checked by {@link AccountIdentityStore}; a protected page redirects there (a redirect, not a
 * forward, so the login page keeps its own address for its form). The roles are those of {@link
 * dev.headline.core.account.domain.Role}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/account/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"READER", "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN"})
@ApplicationScoped
public class AccountSecurity {}
