package org.tandem.common.web;

import jakarta.enterprise.context.RequestScoped;

/** The id of the request being served (see {@link RequestIds}). */
@RequestScoped
public class RequestId {
    private String value;

    void set(String value) {
        this.value = value;
    }

    /** Null outside an HTTP request (start-up, scheduled work). */
    public String value() {
        return value;
    }
}
