-- PostgreSQL only (runs before V1): the few type names the common migrations write the H2 way.
-- CLOB (large text, e.g. contours) is PostgreSQL's text: the domain keeps V1..V6 identical on both stores.
CREATE DOMAIN clob AS text;
