package org.mentorkit.followup;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.mentorkit.followup.internal.SmtpTransport;
import org.mentorkit.followup.spi.MailTransport;

/**
 * The built-in SMTP transport (Jakarta Mail, Eclipse Angus Mail). Built with {@link #to(String, int)} and its
 * options; {@link #open()} gives the {@link MailTransport}.
 */
public final class Smtp {

    /** How the connection is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which must succeed (usually port 587). */
        STARTTLS,
        /** TLS from the first byte, "implicit TLS" (usually port 465). */
        TLS,
        /** No encryption: only for a relay on the same machine or a test server. */
        NONE
    }

    private final String host;
    private final int port;
    private Security security = Security.STARTTLS;
    private String username = "";
    private String password = "";
    private Duration timeout = Duration.ofSeconds(30);
    private SSLSocketFactory socketFactory;
    private boolean checkServerIdentity = true;

    private Smtp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * An SMTP server, with STARTTLS, no login, a 30 s timeout, the JVM's trust store and the server's identity checked
     * until the options say otherwise.
     *
     * @param host the server's host name or address
     * @param port the server's port, 1 to 65535 (587 for STARTTLS, 465 for TLS)
     * @return the settings, to be completed with the options below
     * @throws NullPointerException     when {@code host} is null
     * @throws IllegalArgumentException when {@code host} is blank or {@code port} is out of range
     */
    public static Smtp to(String host, int port) {
        if (Objects.requireNonNull(host, "host").isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535; got " + port);
        }
        return new Smtp(host.strip(), port);
    }

    /**
     * How the connection is protected (default {@link Security#STARTTLS}).
     *
     * @param newSecurity STARTTLS, TLS, or NONE for a local relay or a test server
     * @return these settings
     * @throws NullPointerException when {@code newSecurity} is null
     */
    public Smtp security(Security newSecurity) {
        this.security = Objects.requireNonNull(newSecurity, "security");
        return this;
    }

    /**
     * Log in with these credentials (take them from the environment or a secret store, never from a file in the
     * program folder). They are kept in memory only and never written to the ledger or progress lines.
     *
     * @param user   the login name
     * @param secret the password or application token
     * @return these settings
     * @throws NullPointerException when either is null
     */
    public Smtp credentials(String user, String secret) {
        this.username = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(secret, "secret");
        return this;
    }

    /**
     * Connect, read and write timeout (default 30 s).
     *
     * @param newTimeout the timeout for each
     * @return these settings
     * @throws NullPointerException when {@code newTimeout} is null
     */
    public Smtp timeout(Duration newTimeout) {
        this.timeout = Objects.requireNonNull(newTimeout, "timeout");
        return this;
    }

    /**
     * The TLS sockets to use, e.g. one trusting a private certificate authority; default the JVM's trust store.
     *
     * @param factory the socket factory, used for TLS and STARTTLS
     * @return these settings
     * @throws NullPointerException when {@code factory} is null
     */
    public Smtp socketFactory(SSLSocketFactory factory) {
        this.socketFactory = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * Whether the server's certificate must name the host connected to (default true). Turn off only for a test
     * server with a self-made certificate.
     *
     * @param check false to accept a certificate for another host name
     * @return these settings
     */
    public Smtp checkServerIdentity(boolean check) {
        this.checkServerIdentity = check;
        return this;
    }

    /**
     * A transport that connects on its first delivery and stays connected until closed; close it when done (it is
     * {@link AutoCloseable}). Later changes to these settings do not affect it.
     *
     * @return the transport, not yet connected
     */
    public MailTransport open() {
        return new SmtpTransport(host, port, security.name(), username, password, timeout,
                Optional.ofNullable(socketFactory), checkServerIdentity);
    }
}
