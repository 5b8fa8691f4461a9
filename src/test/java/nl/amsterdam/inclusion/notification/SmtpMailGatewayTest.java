package nl.amsterdam.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mails go over connections that stay open between mails, and a dropped connection is opened again. */
class SmtpMailGatewayTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private CountingProxy proxy;
  private SmtpMailGateway gateway;

  @BeforeEach
  void connectThroughACountingProxy() throws IOException {
    proxy = new CountingProxy(smtp.getSmtp().getPort());
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(proxy.port());
    sender.setDefaultEncoding("UTF-8");
    sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
    sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
    gateway = new SmtpMailGateway(sender, "noreply@amsterdam.nl");
  }

  @AfterEach
  void stop() throws IOException {
    gateway.close();
    proxy.close();
  }

  @Test
  void mailsFromOneThreadShareOneConnection() throws Exception {
    gateway.deliver(mail("job-1:fatima@example.org", "Eerste herinnering"));
    gateway.deliver(mail("job-2:fatima@example.org", "Tweede herinnering"));
    gateway.deliver(mail("job-3:fatima@example.org", "Derde herinnering"));

    assertThat(subjects()).containsExactly("Eerste herinnering", "Tweede herinnering", "Derde herinnering");
    assertThat(proxy.connections()).isEqualTo(1);
  }

  @Test
  void eachSendingThreadHasItsOwnConnection() throws Exception {
    gateway.deliver(mail("job-1:fatima@example.org", "Van de eerste draad"));
    Thread other = new Thread(() -> gateway.deliver(mail("job-2:fatima@example.org", "Van de tweede draad")));
    other.start();
    other.join();

    assertThat(subjects()).containsExactlyInAnyOrder("Van de eerste draad", "Van de tweede draad");
    assertThat(proxy.connections()).isEqualTo(2);
  }

  @Test
  void aConnectionTheServerDroppedIsOpenedAgainForTheNextMail() throws Exception {
    gateway.deliver(mail("job-1:fatima@example.org", "Voor de onderbreking"));
    proxy.dropConnections();

    gateway.deliver(mail("job-2:fatima@example.org", "Na de onderbreking"));

    assertThat(subjects()).containsExactly("Voor de onderbreking", "Na de onderbreking");
    assertThat(proxy.connections()).isEqualTo(2);
  }

  @Test
  void aSendThatFailsThrowsSoTheJobIsRetriedAndTheNextMailConnectsAgain() throws Exception {
    smtp.stop();
    assertThatThrownBy(() -> gateway.deliver(mail("job-1:fatima@example.org", "Tijdens de storing")))
        .isInstanceOf(MailSendException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    smtp.start();
    proxy.target(smtp.getSmtp().getPort());
    gateway.deliver(mail("job-1:fatima@example.org", "Na de storing"));

    assertThat(subjects()).containsExactly("Na de storing");
  }

  @Test
  void theMessageIdFollowsTheNotificationKeySoARepeatIsRecognised() throws Exception {
    gateway.deliver(mail("job-1:fatima@example.org", "Eerste poging"));
    gateway.deliver(mail("job-1:fatima@example.org", "Herhaalde poging"));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID())
        .isEqualTo(gateway.messageId("job-1:fatima@example.org"));
  }

  private static Mail mail(String key, String subject) {
    return new Mail(key, "fatima@example.org", subject, "<p>Beste Fatima,</p>", List.of());
  }

  private static List<String> subjects() throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  /** A TCP relay in front of the SMTP server that counts the connections it is asked for. */
  private static final class CountingProxy implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile int targetPort;

    CountingProxy(int targetPort) throws IOException {
      this.targetPort = targetPort;
      Thread acceptor = new Thread(this::accept, "smtp-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return listener.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    void target(int port) {
      targetPort = port;
    }

    /** What a server does to an idle connection: it closes it. */
    void dropConnections() throws IOException {
      for (Socket socket : sockets) {
        socket.close();
      }
      sockets.clear();
    }

    private void accept() {
      while (!listener.isClosed()) {
        try {
          Socket client = listener.accept();
          connections.incrementAndGet();
          relay(client);
        } catch (IOException e) {
          // the listener is closed
        }
      }
    }

    private void relay(Socket client) {
      try {
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // the server is down: the client sees its connection closed
        closeQuietly(client);
      }
    }

    private void pump(Socket from, Socket to) {
      Thread pump = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException e) {
          // one side closed
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      });
      pump.setDaemon(true);
      pump.start();
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // closed already
      }
    }

    @Override
    public void close() throws IOException {
      listener.close();
      dropConnections();
    }
  }
}
