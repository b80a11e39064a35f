-- Menus an admin arranged in the newsroom. A row in category_menu means the menu is no longer
-- taken from configuration (headline.taxonomy.menu.<name>): its entries are those below, in
-- order, and may be none. Deleting a section takes it out of every menu.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.
create table category_menu (
    menu_name   varchar(40)  primary key,
    updated_at  timestamp with time zone not null
);

create table category_menu_entry (
    menu_name    varchar(40) not null references category_menu (menu_name) on delete cascade,
    position     integer     not null,
    category_id  bigint      not null references category (id) on delete cascade,
    primary key (menu_name, category_id)
);
