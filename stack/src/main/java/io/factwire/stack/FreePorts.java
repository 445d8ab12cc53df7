package io.factwire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Ports on the loopback interface. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port that was free a moment ago. Another process could take it before we bind it; the window is short, and
     * the processes that need a port number up front (the registry, the controller quorum) offer no other way.
     */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    /** {@code count} different ports, each free a moment ago. */
    static List<Integer> pick(int count) {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) ports.add(pick());
        return List.copyOf(ports);
    }

    static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    /** Whether something accepts connections on {@code 127.0.0.1:port}. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
