package org.aioschedule.provider.internal.rest;

import org.aioschedule.provider.internal.store.StoreChoice;

/** The store's type as the {@code store.type} values name it. */
final class StoreJson {

    private StoreJson() {
    }

    static String type(StoreChoice.Kind kind) {
        switch (kind) {
        case KEYVALUE:
            return "kura.keyvalue";
        case DB:
            return "kura.db";
        case FILE:
            return "file";
        default:
            return "memory";
        }
    }
}
