package org.aioschedule.engine.store;

import java.nio.file.Path;

/** Power cuts inside the commit window on the file store, closed at the cut and opened again from its files. */
class FilePowerCutTest extends PowerCutContract {

    @Override
    protected JobStore open(Path directory) throws StoreException {
        return new FileJobStore(directory);
    }
}
