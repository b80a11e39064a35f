-- Accounts of readers and staff (one account, any number of roles) and password reset tokens.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

create table account (
    id             bigint primary key,
    username       varchar(40)   not null,
    -- Lower-case copies: usernames and addresses are unique whatever their case.
    username_key   varchar(40)   not null,
    email          varchar(254)  not null,
    email_key      varchar(254)  not null,
    display_name   varchar(100)  not null,
    password_hash  varchar(500)  not null,
    enabled        boolean       not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint account_username_uk unique (username_key),
    constraint account_email_uk unique (email_key)
);

create table account_role (
    account_id  bigint       not null references account (id) on delete cascade,
    role_name   varchar(20)  not null,
    primary key (account_id, role_name),
    constraint account_role_ck check (role_name in ('READER', 'CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'))
);

-- "Is there an admin yet?" at every start.
create index account_role_role_ix on account_role (role_name, account_id);

-- Only a SHA-256 of each token is kept: a copy of the table cannot reset anyone's password.
create table password_reset_token (
    id          bigint primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint password_reset_token_hash_uk unique (token_hash)
);

create index password_reset_token_account_ix on password_reset_token (account_id, created_at);
