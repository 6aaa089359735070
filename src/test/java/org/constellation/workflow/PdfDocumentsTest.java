package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A PDF people read with a screen reader: tagged, titled, in its language, its text extractable with accents. */
class PdfDocumentsTest {

    @Test
    void rendersATaggedDocumentWithItsTitleAndLanguage() throws Exception {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);

        byte[] pdf = new PdfDocuments(engine)
                .render(
                        "sample",
                        Map.of("title", "Procès-verbal du comité", "text", "Décision motivée : projet retenu."),
                        Locale.FRENCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Procès-verbal du comité")
                    .contains("Décision motivée : projet retenu.");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Procès-verbal du comité");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }
}
