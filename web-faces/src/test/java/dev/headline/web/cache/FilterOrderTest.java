package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headline.web.portal.PortalRouter;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page cache must run before the router (a hit must not reach it), and a revoked session must
 * be ended before the router sends its request anywhere. Annotations give filters no order;
 * web.xml's mappings do, in document order. PageCacheIT and NewsroomIT check the effect over HTTP.
 */
class FilterOrderTest {

  @Test
  void webXmlMapsThePageCacheThenRevokedSessionsThenTheRouter() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document webXml =
        factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
    NodeList mappings = webXml.getElementsByTagNameNS("*", "filter-mapping");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < mappings.getLength(); i++) {
      Element mapping = (Element) mappings.item(i);
      names.add(
          mapping.getElementsByTagNameNS("*", "filter-name").item(0).getTextContent().strip());
    }
    assertEquals(
        List.of("PageCacheFilter", "RevokedSessions", PortalRouter.class.getName()), names);
  }
}
