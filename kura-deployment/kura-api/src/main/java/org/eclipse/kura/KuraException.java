package org.eclipse.kura;

import java.text.MessageFormat;
import java.util.Arrays;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The checked exception of the Kura API: an {@link KuraErrorCode error code} plus optional message arguments.
 * <p>
 * Messages read {@code "Generic Error - <CODE>: <arguments>"}, as Kura's do when no localized message bundle is
 * installed.
 */
@ProviderType
public class KuraException extends Exception {

    private static final long serialVersionUID = 1L;

    private final KuraErrorCode code;
    private final transient Object[] arguments;

    public KuraException(final KuraErrorCode code) {
        this.code = code;
        this.arguments = null;
    }

    public KuraException(final KuraErrorCode code, final Object... arguments) {
        this.code = code;
        this.arguments = arguments;
    }

    public KuraException(final KuraErrorCode code, final Throwable cause, final Object... arguments) {
        super(cause);
        this.code = code;
        this.arguments = arguments;
    }

    public static KuraException internalError(final String message) {
        return new KuraException(KuraErrorCode.INTERNAL_ERROR, null, message);
    }

    public static KuraException internalError(final Throwable cause) {
        return new KuraException(KuraErrorCode.INTERNAL_ERROR, cause, "");
    }

    public static KuraException internalError(final Throwable cause, final String message) {
        return new KuraException(KuraErrorCode.INTERNAL_ERROR, cause, message);
    }

    public KuraErrorCode getCode() {
        return this.code;
    }

    @Override
    public String getMessage() {
        final String codeName = this.code == null ? "Unknown" : this.code.name();
        return MessageFormat.format("Generic Error - {0}: {1}", codeName, joinedArguments());
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    private String joinedArguments() {
        if (this.arguments == null || this.arguments.length == 0) {
            return "";
        }
        if (this.arguments.length == 1) {
            return String.valueOf(this.arguments[0]);
        }
        return Arrays.toString(this.arguments);
    }
}
