package org.mentorkit.followup.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.mentorkit.followup.spi.DeliveryException;
import org.mentorkit.followup.spi.MailTransport;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * SMTP through Jakarta Mail. One connection for the run, opened on the first delivery and again after the server
 * drops it. The reply code decides: 4xx (and a lost connection) is temporary, 5xx permanent; a refused login stops
 * the run, since every other message would fail the same way.
 */
public final class SmtpTransport implements MailTransport {

    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Session session;
    private Transport transport;

    public SmtpTransport(String host, int port, String security, String username, String password, Duration timeout,
                         Optional<SSLSocketFactory> socketFactory, boolean checkServerIdentity) {
        this.protocol = security.equals("TLS") ? "smtps" : "smtp";
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "host", host);
        props.put(p + "port", Integer.toString(port));
        props.put(p + "connectiontimeout", Long.toString(timeout.toMillis()));
        props.put(p + "timeout", Long.toString(timeout.toMillis()));
        props.put(p + "writetimeout", Long.toString(timeout.toMillis()));
        props.put(p + "auth", Boolean.toString(!username.isEmpty()));
        // Check the server's name against its certificate (Angus does not by default).
        props.put(p + "ssl.checkserveridentity", Boolean.toString(checkServerIdentity));
        if (security.equals("STARTTLS")) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (security.equals("TLS")) {
            props.put(p + "ssl.enable", "true");
        }
        socketFactory.ifPresent(f -> props.put(p + "ssl.socketFactory", f));
        this.session = Session.getInstance(props);
    }

    @Override
    public void deliver(String envelopeFrom, String recipient, byte[] message) throws DeliveryException {
        try {
            MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message));
            connected().sendMessage(mime, new jakarta.mail.Address[] {new InternetAddress(recipient)});
        } catch (AuthenticationFailedException e) {
            close();
            throw new ToolkitException(ErrorCode.MAIL_LOGIN, "the SMTP server " + host + ":" + port + " refused the login;"
                    + " check MENTORKIT_SMTP_USER and MENTORKIT_SMTP_PASSWORD", e);
        } catch (SendFailedException e) {
            throw classify(e);
        } catch (MessagingException e) {
            // A dropped or refused connection: connect again on the next attempt.
            close();
            throw classify(e);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport(protocol);
            if (username.isEmpty()) {
                transport.connect();
            } else {
                transport.connect(host, port, username, password);
            }
        }
        return transport;
    }

    /** The SMTP reply code of the innermost failure that has one; 4xx temporary, 5xx permanent, none temporary. */
    private static DeliveryException classify(MessagingException e) {
        int code = -1;
        String reply = e.getMessage();
        for (Exception t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
            int found = returnCode(t);
            if (found > 0) {
                code = found;
                reply = t.getMessage();
            }
        }
        if (code < 0 && rootIsIo(e)) {
            return new DeliveryException("connection failed: " + rootMessage(e), true, e);
        }
        String text = reply == null ? "" : reply.strip();
        return new DeliveryException(code > 0 && !text.startsWith(Integer.toString(code)) ? code + " " + text : text,
                code < 0 || code < 500, e);
    }

    /** Angus's SMTPAddressFailedException, SMTPSendFailedException and SMTPSenderFailedException have getReturnCode(). */
    private static int returnCode(Exception e) {
        try {
            Method method = e.getClass().getMethod("getReturnCode");
            Object value = method.invoke(e);
            return value instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return -1;
        }
    }

    private static boolean rootIsIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // closing a connection that is already gone
            }
            transport = null;
        }
    }
}
