package org.eclipse.kura;

/**
 * Error codes carried by {@link KuraException}. Only the constants aioschedule uses are declared; the names match
 * Kura's, which is what binary compatibility of an enum constant depends on.
 */
public enum KuraErrorCode {
    CONFIGURATION_ERROR,
    CONFIGURATION_UPDATE,
    CONFIGURATION_ATTRIBUTE_INVALID,
    INTERNAL_ERROR,
    NOT_CONNECTED,
    TIMED_OUT,
    STORE_ERROR,
    ENCODE_ERROR,
    DECODER_ERROR,
    OPERATION_NOT_SUPPORTED,
    INVALID_PARAMETER,
    BAD_REQUEST,
    NOT_FOUND,
    SERVICE_UNAVAILABLE,
    IO_ERROR,
    PARTIAL_SUCCESS
}
