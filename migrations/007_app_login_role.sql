-- The app may connect as its own login role (a member of vivirk_app) while migrations run as the
-- owner (docs/operations.md). Such a role must not be able to rewrite which migrations ran.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM vivirk_app;
GRANT SELECT ON schema_migrations TO vivirk_app;
