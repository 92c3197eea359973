package org.exampath.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * A real store that stops taking anything once {@code down} is set, as a server or disk out of reach does. Its
 * {@link Encounters#identity} still answers: a real store's identity is fixed when it is made (a file's path, a
 * server's address) and reaching the server or disk plays no part in it, so an outage cannot make it fail.
 */
final class FailingStore {
    private FailingStore() {
    }

    static Encounters failingWhen(Encounters real, AtomicBoolean down) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (down.get() && !method.getName().equals("identity")) {
                        throw new StoreException("the server cannot be reached");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
