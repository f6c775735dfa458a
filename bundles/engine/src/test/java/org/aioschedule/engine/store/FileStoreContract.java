package org.aioschedule.engine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store contract for a {@link FileJobStore} in the test's directory, its quarantine read from its file. */
abstract class FileStoreContract extends JobStoreContract {

    /** Opens the file store under test in {@code directory}. */
    abstract FileJobStore openIn(Path directory) throws StoreException;

    @Override
    protected JobStore open() throws StoreException {
        return openIn(dir);
    }

    @Override
    protected JobStore reopen(JobStore current) throws StoreException {
        current.close();
        return open();
    }

    @Override
    protected boolean expectDurable() {
        return true;
    }

    @Override
    protected String quarantined(String id) throws IOException {
        Path file = dir.resolve("jobs.quarantine");
        return Files.exists(file) ? Files.readString(file) : null;
    }
}
