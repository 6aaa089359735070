package org.constellation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A kit's file is known by its bytes, bounded in size, named safely; an SVG that could run script is refused. */
class KitUploadTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] SVG = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Logo -->\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\" cx=\"5\" cy=\"5\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void eachKindIsKnownByItsBytesWhateverItsName() {
        assertThat(KitUpload.check("logo.png", PNG).file().contentType()).isEqualTo("image/png");
        assertThat(KitUpload.check("logo.jpeg", JPEG).file().contentType()).isEqualTo("image/jpeg");
        assertThat(KitUpload.check("charte.pdf", PDF).file().contentType()).isEqualTo("application/pdf");
        KitUpload.Result svg = KitUpload.check("logo.svg", SVG);
        assertThat(svg.refusal()).isNull();
        assertThat(svg.file().contentType()).isEqualTo("image/svg+xml");
        assertThat(KitUpload.check("photo.png", JPEG).file().fileName())
                .as("named as its bytes say")
                .isEqualTo("photo.jpg");
    }

    @Test
    void anythingElseIsRefusedInWords() {
        assertThat(KitUpload.check("logo.png", "GIF89a".getBytes(StandardCharsets.US_ASCII))
                        .refusal())
                .isEqualTo("label.kit.error.type");
        assertThat(KitUpload.check("vide.png", new byte[0]).refusal()).isEqualTo("label.kit.error.empty");
        assertThat(KitUpload.check("page.svg", "<html><body>logo</body></html>".getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .isEqualTo("label.kit.error.type");
        byte[] large = Arrays.copyOf(PNG, KitUpload.LARGEST_FILE + 1);
        assertThat(KitUpload.check("grand.png", large).refusal()).isEqualTo("label.kit.error.size");
    }

    @Test
    void anSvgThatRunsScriptIsRefused() {
        for (String svg : new String[] {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>"
        }) {
            assertThat(KitUpload.check("logo.svg", svg.getBytes(StandardCharsets.UTF_8))
                            .refusal())
                    .as(svg)
                    .isEqualTo("label.kit.error.script");
        }
    }

    @Test
    void aNameIsKeptWithoutItsFoldersNorWhatAHeaderCannotCarry() {
        assertThat(KitUpload.safeName("C:\\Users\\claire\\Logo label\";.PNG", "image/png"))
                .isEqualTo("Logo label__.png");
        assertThat(KitUpload.safeName("../../", "application/pdf")).isEqualTo("kit.pdf");
        assertThat(KitUpload.safeName(null, "image/svg+xml")).isEqualTo("kit.svg");
    }
}
