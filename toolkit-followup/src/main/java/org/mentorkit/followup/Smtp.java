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

    /** An SMTP server. */
    public static Smtp to(String host, int port) {
        if (Objects.requireNonNull(host, "host").isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535; got " + port);
        }
        return new Smtp(host.strip(), port);
    }

    public Smtp security(Security newSecurity) {
        this.security = Objects.requireNonNull(newSecurity, "security");
        return this;
    }

    /** Log in with these credentials (take them from the environment or a secret store, never from a file in the program folder). */
    public Smtp credentials(String user, String secret) {
        this.username = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(secret, "secret");
        return this;
    }

    /** Connect, read and write timeout (default 30 s). */
    public Smtp timeout(Duration newTimeout) {
        this.timeout = Objects.requireNonNull(newTimeout, "timeout");
        return this;
    }

    /** The TLS sockets to use, e.g. one trusting a private certificate authority; default the JVM's trust store. */
    public Smtp socketFactory(SSLSocketFactory factory) {
        this.socketFactory = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * Whether the server's certificate must name the host connected to (default true). Turn off only for a test
     * server with a self-made certificate.
     */
    public Smtp checkServerIdentity(boolean check) {
        this.checkServerIdentity = check;
        return this;
    }

    /** A transport that connects on its first delivery and stays connected until closed. */
    public MailTransport open() {
        return new SmtpTransport(host, port, security.name(), username, password, timeout,
                Optional.ofNullable(socketFactory), checkServerIdentity);
    }
}
