package org.eclipse.kura.message;

import org.osgi.annotation.versioning.ProviderType;

/** The payload of a reply to a cloud request: its response code is the metric {@value #METRIC_RESPONSE_CODE}. */
@ProviderType
public class KuraResponsePayload extends KuraPayload {

    public static final int RESPONSE_CODE_OK = 200;
    public static final int RESPONSE_CODE_BAD_REQUEST = 400;
    public static final int RESPONSE_CODE_NOTFOUND = 404;
    public static final int RESPONSE_CODE_ERROR = 500;

    public static final String METRIC_RESPONSE_CODE = "response.code";
    public static final String METRIC_EXCEPTION_MSG = "response.exception.message";

    public KuraResponsePayload(int responseCode) {
        setResponseCode(responseCode);
    }

    public int getResponseCode() {
        return (Integer) getMetric(METRIC_RESPONSE_CODE);
    }

    public void setResponseCode(int responseCode) {
        addMetric(METRIC_RESPONSE_CODE, responseCode);
    }

    public String getExceptionMessage() {
        return (String) getMetric(METRIC_EXCEPTION_MSG);
    }

    public void setExceptionMessage(String message) {
        if (message != null) {
            addMetric(METRIC_EXCEPTION_MSG, message);
        }
    }
}
