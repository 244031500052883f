package cn.gov.huaian.zjtx.gateway.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the web portal (served at /) needs to know before it can log in: where Keycloak is, the
 * realm and the public client. Public, no token: the portal reads it before it has one.
 */
@Path("/portal-config.json")
public class PortalConfigResource {

  @ConfigProperty(name = "zjtx.portal.keycloak-url")
  String keycloakUrl;

  @ConfigProperty(name = "zjtx.portal.realm")
  String realm;

  @ConfigProperty(name = "zjtx.portal.client-id")
  String clientId;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response config() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(Map.of("keycloakUrl", keycloakUrl, "realm", realm, "clientId", clientId))
        .cacheControl(noStore)
        .build();
  }
}
