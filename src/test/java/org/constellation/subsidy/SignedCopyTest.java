package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A signed agreement as the holder or the team gives it: a PDF known by its bytes, 10 MB at most, and the day it was
 * signed, between the day the agreement was sent and today; each refusal beside its field, the day typed kept.
 */
class SignedCopyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate SENT = LocalDate.of(2027, 4, 2);
    static final LocalDate TODAY = LocalDate.of(2027, 4, 20);

    @Test
    void aPdfSignedBetweenItsSendingAndTodayIsTaken() {
        SignedCopy.Reading copy = SignedCopy.read(PDF, "2027-04-10", SENT, TODAY);
        assertThat(copy.isValid()).isTrue();
        assertThat(copy.content()).isEqualTo(PDF);
        assertThat(copy.signedOn()).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(copy.contentType()).isEqualTo("application/pdf");
        assertThat(SignedCopy.read(PDF, " 10/04/2027 ", SENT, TODAY).signedOn())
                .as("as French writes it, where the browser shows a text field")
                .isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(SignedCopy.read(PDF, "2/4/2027", SENT, TODAY).signedOn()).isEqualTo(SENT);
        assertThat(SignedCopy.read(PDF, "2027-04-20", SENT, TODAY).isValid()).isTrue();
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(SignedCopy.read(png, "2027-04-10", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.FILE, "agreement.error.fileType"));
        assertThat(SignedCopy.read("<html>%PDF-".getBytes(StandardCharsets.US_ASCII), "2027-04-10", SENT, TODAY)
                        .errors())
                .containsExactly(Map.entry(SignedCopy.FILE, "agreement.error.fileType"));
        assertThat(SignedCopy.read(new byte[0], "2027-04-10", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.FILE, "agreement.error.fileRequired"));
        assertThat(SignedCopy.read(null, "2027-04-10", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.FILE, "agreement.error.fileRequired"));
        byte[] large = Arrays.copyOf(PDF, SignedCopy.LARGEST_FILE + 1);
        assertThat(SignedCopy.read(large, "2027-04-10", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.FILE, "agreement.error.fileSize"));
    }

    @Test
    void theDayIsOneBetweenTheSendingAndToday() {
        assertThat(SignedCopy.read(PDF, "", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.dayRequired"));
        assertThat(SignedCopy.read(PDF, null, SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.dayRequired"));
        assertThat(SignedCopy.read(PDF, "31/02/2027", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.day"));
        assertThat(SignedCopy.read(PDF, "2027-04-21", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.dayAhead"));
        assertThat(SignedCopy.read(PDF, "2027-04-01", SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.dayBeforeSent"));
        assertThat(SignedCopy.read(PDF, "1".repeat(100_000), SENT, TODAY).errors())
                .containsExactly(Map.entry(SignedCopy.SIGNED_ON, "agreement.error.day"));
    }

    @Test
    void aRefusedFormKeepsTheDayTypedAndNoFile() {
        SignedCopy.Reading refused = SignedCopy.read(new byte[0], "31/02/2027", SENT, TODAY);
        assertThat(refused.typedDay()).isEqualTo("31/02/2027");
        assertThat(refused.content()).isNull();
        assertThat(refused.errors().keySet()).containsExactly(SignedCopy.FILE, SignedCopy.SIGNED_ON);
        assertThat(SignedCopy.read(PDF, "x".repeat(100), SENT, TODAY).typedDay())
                .isNull();
        assertThat(SignedCopy.blank().errors()).isEmpty();
    }
}
