package org.eclipse.kura.connection.listener;

import org.osgi.annotation.versioning.ConsumerType;

/** Notified when a connection-oriented service (such as a database) connects or disconnects. */
@ConsumerType
public interface ConnectionListener {

    public void connected();

    public void disconnected();
}
