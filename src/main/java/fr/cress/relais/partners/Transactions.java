package fr.cress.relais.partners;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/** Runs the directory’s work in one transaction and turns store failures into a message for the user. */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final Store store;

    public Transactions(Store store) {
        this.store = store;
    }

    public <T> T run(Function<DSLContext, T> work) {
        try {
            return store.transaction(work);
        } catch (DataAccessException e) {
            Throwable cause = fr.cress.relais.common.error.ErrorMessages.unwrap(e);
            if (cause instanceof AppException app) {
                throw app;
            }
            LOG.error("Directory transaction failed", e);
            throw new AppException(e, "partners.error.store");
        }
    }

    public <T> T read(Function<DSLContext, T> work) {
        try {
            return work.apply(store.dsl());
        } catch (DataAccessException e) {
            LOG.error("Directory read failed", e);
            throw new AppException(e, "partners.error.store");
        }
    }
}
