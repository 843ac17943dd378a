package org.mpscommons.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMaskSet;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's HTTP/1.1 connector with a limit on how many connections one client address may hold open at once, so
 * that one client's half-sent requests (slowloris) cannot take all of {@code server.tomcat.max-connections} from
 * everyone else. Tomcat has no such limit of its own. A connection over the limit is closed as soon as it is
 * accepted. Addresses of trusted proxies are not limited: every visitor behind the proxy arrives from its address,
 * and the proxy limits each visitor by theirs. Tomcat creates the connector from this class's name (see
 * {@link SlowClientDefences}).
 */
public class AddressLimitedNioProtocol extends Http11NioProtocol {

    public AddressLimitedNioProtocol() {
        super(new Endpoint());
    }

    /** At most this many open connections from one address; 0 for no limit. */
    public void setMaxConnectionsPerAddress(int max) {
        endpoint().maxPerAddress = max;
    }

    public int getMaxConnectionsPerAddress() {
        return endpoint().maxPerAddress;
    }

    /**
     * Addresses the limit leaves alone, written as Tomcat's RemoteIpValve reads its internalProxies: a list of
     * networks ({@code 10.0.0.0/8, ::1/128}) when it holds a "/", else a regular expression.
     */
    public void setUnlimitedAddresses(String addresses) {
        Predicate<InetAddress> unlimited;
        if (addresses == null || addresses.isBlank()) {
            unlimited = address -> false;
        } else if (addresses.indexOf('/') > 0) {
            NetMaskSet networks = NetMaskSet.parse(addresses);
            unlimited = networks::contains;
        } else {
            Pattern pattern = Pattern.compile(addresses);
            unlimited = address -> pattern.matcher(address.getHostAddress()).matches();
        }
        endpoint().unlimited = unlimited;
    }

    private Endpoint endpoint() {
        return (Endpoint) getEndpoint();
    }

    /**
     * Counts the address's open connections each time one is accepted, from Tomcat's own table of open connections,
     * rather than keeping counts of its own: a count that missed one close would shut an address out for good.
     * Counting walks at most max-connections entries, on the acceptor thread, and only stops at the limit.
     */
    static final class Endpoint extends NioEndpoint {

        private final ThrottledLog refusals = new ThrottledLog(
                LoggerFactory.getLogger(AddressLimitedNioProtocol.class),
                "Closed {} new connection(s) at once: their address already held "
                        + "mps.http.max-connections-per-address open connections");
        private volatile int maxPerAddress;
        private volatile Predicate<InetAddress> unlimited = address -> false;

        @Override
        protected boolean setSocketOptions(SocketChannel socket) {
            String address = limitedAddress(socket);
            if (address != null && atLimit(address)) {
                refusals.occurred(address);
                // What Tomcat itself does with a socket it cannot set up: count it out and close it.
                destroySocket(socket);
                return false;
            }
            return super.setSocketOptions(socket);
        }

        /** The client's address if the limit applies to it, else null. */
        private String limitedAddress(SocketChannel socket) {
            int max = maxPerAddress;
            if (max <= 0 || (getMaxConnections() > 0 && max >= getMaxConnections())) {
                return null;
            }
            try {
                if (!(socket.getRemoteAddress() instanceof InetSocketAddress remote) || remote.getAddress() == null) {
                    return null;
                }
                return unlimited.test(remote.getAddress())
                        ? null
                        : remote.getAddress().getHostAddress();
            } catch (IOException closedAlready) {
                return null;
            }
        }

        private boolean atLimit(String address) {
            int open = 0;
            for (SocketWrapperBase<NioChannel> connection : connections.values()) {
                if (address.equals(remoteAddress(connection)) && ++open >= maxPerAddress) {
                    return true;
                }
            }
            return false;
        }

        /** Tomcat reads it once and keeps it; a connection closing meanwhile has none to give and is not counted. */
        private static String remoteAddress(SocketWrapperBase<NioChannel> connection) {
            try {
                return connection.getRemoteAddr();
            } catch (RuntimeException closing) {
                return null;
            }
        }
    }
}
