package org.constellation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.constellation.workflow.WrittenNumbers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The map of the communes reached: a titled disc per commune, inside the view box, its area after the attendance. */
class CommunesMapTest {

    static final String SUMMARY = "Carte des 3 communes atteintes";

    static CommunesMap.Dot dot(String name, double latitude, double longitude, long events, long attendance) {
        return new CommunesMap.Dot(
                name,
                latitude,
                longitude,
                attendance,
                name + " : " + WrittenNumbers.of(events) + " événement(s), " + WrittenNumbers.of(attendance)
                        + " participant(s)");
    }

    static final List<CommunesMap.Dot> THREE = List.of(
            dot("Grenoble", 45.18756, 5.73578, 6, 12_500),
            dot("Saint-Martin-d'Hères <&>", 45.16764, 5.76512, 2, 400),
            dot("Crolles", 45.28491, 5.88290, 1, 0));

    static Document parsed(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    @Test
    void threeCommunesAreThreeTitledDiscsInsideTheViewBox() throws Exception {
        Document svg = parsed(new CommunesMap(THREE, SUMMARY).svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(SUMMARY);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + CommunesMap.WIDTH + " " + CommunesMap.HEIGHT);
        NodeList circles = svg.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(3);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            double x = number(circle, "cx");
            double y = number(circle, "cy");
            double r = number(circle, "r");
            assertThat(x - r).as("left").isGreaterThanOrEqualTo(0);
            assertThat(x + r).as("right").isLessThanOrEqualTo(CommunesMap.WIDTH);
            assertThat(y - r).as("top").isGreaterThanOrEqualTo(0);
            assertThat(y + r).as("bottom").isLessThanOrEqualTo(CommunesMap.HEIGHT);
            titles.add(circle.getElementsByTagName("title").item(0).getTextContent());
        }
        // The largest first, so that it hides none of the smaller ones; names come back as they were, escaped.
        assertThat(titles)
                .containsExactly(
                        "Grenoble : 6 événement(s), " + WrittenNumbers.of(12_500) + " participant(s)",
                        "Saint-Martin-d'Hères <&> : 2 événement(s), 400 participant(s)",
                        "Crolles : 1 événement(s), 0 participant(s)");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(SUMMARY);
    }

    @Test
    void theMapKeepsItsProportionsAndTheNorthUp() {
        List<CommunesMap.Placed> placed = new CommunesMap(THREE, SUMMARY).placed();
        CommunesMap.Placed grenoble = placed.get(0);
        CommunesMap.Placed crolles = placed.get(2);
        // Crolles lies north-east of Grenoble: right of it and above it.
        assertThat(crolles.x()).isGreaterThan(grenoble.x());
        assertThat(crolles.y()).isLessThan(grenoble.y());
        // A kilometre east is as long as a kilometre north: the degrees of longitude shrink by cos(latitude).
        double shrink = Math.cos(Math.toRadians((45.16764 + 45.28491) / 2));
        double east = (crolles.x() - grenoble.x()) / ((5.88290 - 5.73578) * shrink);
        double north = (grenoble.y() - crolles.y()) / (45.28491 - 45.18756);
        assertThat(east).isCloseTo(north, offset(0.001));
    }

    @Test
    void discsGrowWithTheSquareRootOfTheAttendance() {
        assertThat(CommunesMap.radius(12_500, 12_500)).isEqualTo(CommunesMap.LARGEST);
        assertThat(CommunesMap.radius(3_125, 12_500)).isEqualTo(CommunesMap.LARGEST / 2);
        assertThat(CommunesMap.radius(0, 12_500)).isEqualTo(CommunesMap.SMALLEST);
        assertThat(CommunesMap.radius(1, 12_500)).isEqualTo(CommunesMap.SMALLEST);
        assertThat(CommunesMap.radius(0, 0)).isEqualTo(CommunesMap.SMALLEST);
    }

    @Test
    void oneCommuneStandsInTheMiddleAndNoneDrawsAnEmptyMap() throws Exception {
        List<CommunesMap.Placed> alone = new CommunesMap(List.of(THREE.get(0)), SUMMARY).placed();
        assertThat(alone.get(0).x()).isEqualTo(CommunesMap.WIDTH / 2.0);
        assertThat(alone.get(0).y()).isEqualTo(CommunesMap.HEIGHT / 2.0);
        Document empty = parsed(new CommunesMap(List.of(), SUMMARY).svg());
        assertThat(empty.getElementsByTagName("circle").getLength()).isZero();
    }

    @Test
    void thePdfGetsTheSameMapAsAnImage() throws Exception {
        byte[] png = new CommunesMap(THREE, SUMMARY).png();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(CommunesMap.WIDTH * 2);
        assertThat(image.getHeight()).isEqualTo(CommunesMap.HEIGHT * 2);
    }

    @Test
    void textCannotBreakOutOfTheSvg() {
        assertThat(CommunesMap.escaped("<script>\"a\" & 'b'\u0000</script>"))
                .isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }
}
