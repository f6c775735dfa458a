package org.eclipse.kura;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Thrown by a bulk operation some of whose steps failed; {@link #getCauses()} holds their failures. */
@ProviderType
public class KuraPartialSuccessException extends KuraException {

    private static final long serialVersionUID = 1L;

    private final List<Throwable> causes;

    public KuraPartialSuccessException(String message, List<Throwable> causes) {
        super(KuraErrorCode.PARTIAL_SUCCESS, (Throwable) null, message);
        this.causes = causes;
    }

    /** The failures of the steps that failed. */
    public List<Throwable> getCauses() {
        return this.causes;
    }
}
