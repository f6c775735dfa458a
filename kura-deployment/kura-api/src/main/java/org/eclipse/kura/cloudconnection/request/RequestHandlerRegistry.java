package org.eclipse.kura.cloudconnection.request;

import org.eclipse.kura.KuraException;
import org.osgi.annotation.versioning.ProviderType;

/** Where request handlers register under their application id (a cloud connection's service). */
@ProviderType
public interface RequestHandlerRegistry {

    void registerRequestHandler(String id, RequestHandler requestHandler) throws KuraException;

    void unregister(String id) throws KuraException;
}
