package org.eclipse.kura.cloudconnection.request;

import org.eclipse.kura.KuraErrorCode;
import org.eclipse.kura.KuraException;
import org.eclipse.kura.cloudconnection.message.KuraMessage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the cloud requests of one application id ({@code <APP_ID>/<METHOD>/<resources...>}); a method it does not
 * override fails with {@link KuraErrorCode#OPERATION_NOT_SUPPORTED}.
 */
@ConsumerType
public interface RequestHandler {

    default KuraMessage doGet(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        throw new KuraException(KuraErrorCode.OPERATION_NOT_SUPPORTED, "get");
    }

    default KuraMessage doPut(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        throw new KuraException(KuraErrorCode.OPERATION_NOT_SUPPORTED, "put");
    }

    default KuraMessage doPost(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        throw new KuraException(KuraErrorCode.OPERATION_NOT_SUPPORTED, "post");
    }

    default KuraMessage doDel(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        throw new KuraException(KuraErrorCode.OPERATION_NOT_SUPPORTED, "delete");
    }

    default KuraMessage doExec(RequestHandlerContext context, KuraMessage reqMessage) throws KuraException {
        throw new KuraException(KuraErrorCode.OPERATION_NOT_SUPPORTED, "exec");
    }
}
