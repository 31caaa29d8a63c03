CREATE OR REPLACE FUNCTION relais_record_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    before_row jsonb := '{}'::jsonb;
    after_row  jsonb := '{}'::jsonb;
    changes    jsonb := '{}'::jsonb;
    col        text;
    row_id     bigint;
BEGIN
    IF current_setting('relais.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_row := to_jsonb(NEW);
    END IF;
    FOR col IN SELECT jsonb_object_keys(before_row || after_row) LOOP
        CONTINUE WHEN col IN ('id', 'created_at', 'updated_at', 'version');
        IF (before_row -> col) IS DISTINCT FROM (after_row -> col)
           AND coalesce(before_row -> col, 'null'::jsonb) <> coalesce(after_row -> col, 'null'::jsonb) THEN
            changes := changes || jsonb_build_object(col,
                jsonb_build_array(coalesce(before_row -> col, 'null'::jsonb), coalesce(after_row -> col, 'null'::jsonb)));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN
        RETURN NULL;
    END IF;
    row_id := CASE WHEN TG_OP = 'DELETE' THEN (before_row ->> 'id')::bigint ELSE (after_row ->> 'id')::bigint END;
    INSERT INTO change_history (table_name, record_id, operation, changed_at, changed_by, changes)
    VALUES (TG_TABLE_NAME, row_id, TG_OP, localtimestamp,
            coalesce(nullif(current_setting('relais.user', true), ''), session_user), changes::text);
    RETURN NULL;
END
$fn$
