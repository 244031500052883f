package cn.gov.huaian.zjtx.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders deploy/k8s's overlays (with {@link Kustomize}, a renderer of the subset they use) and
 * checks them with the fabric8 Kubernetes model, and checks that the properties the manifests rely
 * on exist in each service's application.properties with no laptop default outside the local
 * profile. No cluster here: what a cluster and its operators would do with these is not tested
 * (deploy/k8s/README.md says what is and what is not).
 */
class KubernetesManifestsTest {
  private static final Path REPO = repoRoot();
  private static final Path K8S = REPO.resolve("deploy/k8s");
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final String MANAGEMENT = "management";
  private static final int MANAGEMENT_PORT = 9000;
  private static final Map<String, String> GATEWAY = Map.of("app.kubernetes.io/name", "gateway");
  private static final List<String> SERVICES =
      List.of("gateway", "enterprise-service", "policy-service", "matchmaking-service");

  /** One rendered overlay: the raw documents and their fabric8 objects. */
  private record Rendered(
      String overlay, List<Map<String, Object>> raw, List<HasMetadata> objects, Kustomize k) {
    <T extends HasMetadata> List<T> all(Class<T> type) {
      return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
      return all(type).stream()
          .filter(o -> o.getMetadata().getName().equals(name))
          .findFirst()
          .orElseThrow(
              () -> new AssertionError(overlay + ": no " + type.getSimpleName() + " " + name));
    }

    List<GenericKubernetesResource> custom(String kind) {
      return all(GenericKubernetesResource.class).stream()
          .filter(r -> r.getKind().equals(kind))
          .toList();
    }
  }

  private static Rendered render(String overlay) {
    Kustomize k = new Kustomize();
    List<Map<String, Object>> raw = k.render(K8S.resolve("overlays").resolve(overlay));
    List<HasMetadata> objects = new ArrayList<>();
    for (Map<String, Object> doc : raw) {
      HasMetadata o = SERIALIZATION.convertValue(doc, HasMetadata.class);
      assertNotNull(o, overlay + ": not a Kubernetes object: " + doc);
      if (!(o instanceof GenericKubernetesResource)) {
        assertNoUnknownFields(o, overlay + ": " + o.getKind() + "/" + o.getMetadata().getName());
      }
      objects.add(o);
    }
    return new Rendered(overlay, raw, objects, k);
  }

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everythingLandsInTheOneNamespace(String overlay) {
    for (HasMetadata o : render(overlay).objects()) {
      assertEquals(
          "zjtx",
          o.getMetadata().getNamespace(),
          overlay + ": " + o.getKind() + "/" + o.getMetadata().getName() + " namespace");
    }
  }

  // ---- Deployments: probes on the management port, resources, the kubernetes profile ----

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everyDeploymentProbesTheManagementPortAndHasResources(String overlay) {
    Rendered r = render(overlay);
    assertThat(r.all(Deployment.class).stream().map(d -> d.getMetadata().getName()))
        .containsExactlyInAnyOrderElementsOf(SERVICES);
    for (Deployment d : r.all(Deployment.class)) {
      String where = overlay + ": " + d.getMetadata().getName();
      assertEquals("zjtx", d.getMetadata().getNamespace(), where);
      for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
        assertProbe(c, c.getReadinessProbe(), "/q/health/ready", where + " readiness");
        assertProbe(c, c.getLivenessProbe(), "/q/health/live", where + " liveness");
        assertProbe(c, c.getStartupProbe(), "/q/health/started", where + " startup");
        var res = c.getResources();
        assertNotNull(res, where + ": no resources");
        for (String key : List.of("cpu", "memory")) {
          assertNotNull(res.getRequests().get(key), where + ": no " + key + " request");
        }
        Quantity limit = res.getLimits().get("memory");
        assertNotNull(limit, where + ": no memory limit");
        assertTrue(
            limit
                    .getNumericalAmount()
                    .compareTo(res.getRequests().get("memory").getNumericalAmount())
                >= 0,
            where + ": memory limit below request");
        assertEquals("kubernetes", env(c).get("QUARKUS_PROFILE"), where + ": QUARKUS_PROFILE");
      }
      assertEquals(
          String.valueOf(MANAGEMENT_PORT),
          d.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"),
          where + ": metrics are on the management port");
    }
  }

  private static void assertProbe(Container c, Probe probe, String path, String where) {
    assertNotNull(probe, where + ": missing");
    assertNotNull(probe.getHttpGet(), where + ": not an HTTP probe");
    assertEquals(path, probe.getHttpGet().getPath(), where);
    assertEquals(MANAGEMENT_PORT, containerPort(c, probe.getHttpGet().getPort()), where + " port");
  }

  private static int containerPort(Container c, IntOrString port) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return c.getPorts().stream()
        .filter(p -> port.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError(c.getName() + ": no port named " + port.getStrVal()));
  }

  // ---- Secrets: every reference resolves; values never in git ----

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everySecretAndConfigMapReferencedExistsWithItsKey(String overlay) {
    Rendered r = render(overlay);
    List<String[]> refs = new ArrayList<>();
    for (Map<String, Object> doc : r.raw()) {
      collectSecretRefs(doc, refs);
    }
    assertThat(refs).as("secret references found").hasSizeGreaterThan(20);
    Set<String> referenced = new TreeSet<>();
    for (String[] ref : refs) {
      referenced.add(ref[0]);
      Secret s = r.one(Secret.class, ref[0]);
      if (ref[1] != null) {
        assertTrue(
            s.getData().containsKey(ref[1]),
            overlay + ": Secret " + ref[0] + " lacks key " + ref[1]);
      }
    }
    // Every Secret comes from a generator (files outside git), none is written out with values.
    for (Secret s : r.all(Secret.class)) {
      assertTrue(
          r.k().generatedSecrets().contains(s.getMetadata().getName()),
          overlay + ": Secret " + s.getMetadata().getName() + " written out in a manifest");
    }
    assertThat(referenced).containsAll(r.k().generatedSecrets());
    for (Deployment d : r.all(Deployment.class)) {
      for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
        for (EnvVar e : c.getEnv()) {
          if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
            var ref = e.getValueFrom().getConfigMapKeyRef();
            assertTrue(
                r.one(ConfigMap.class, ref.getName()).getData().containsKey(ref.getKey()),
                overlay + ": ConfigMap " + ref.getName() + " lacks " + ref.getKey());
          }
        }
      }
    }
  }

  /** Secret references in any resource: {name, key} pairs (key null when the whole Secret). */
  @SuppressWarnings("unchecked")
  private static void collectSecretRefs(Object node, List<String[]> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (key, value) -> {
            if (value instanceof Map<?, ?> ref
                && ref.get("name") instanceof String name
                && Set.of(
                        "secretKeyRef",
                        "secretRef",
                        "secret",
                        "usernameSecret",
                        "passwordSecret",
                        "externalSecret")
                    .contains(key)) {
              refs.add(new String[] {name, (String) ref.get("key")});
            }
            if ("secretName".equals(key) && value instanceof String name) {
              refs.add(new String[] {name, null});
            }
            collectSecretRefs(value, refs);
          });
    } else if (node instanceof List<?> l) {
      l.forEach(e -> collectSecretRefs(e, refs));
    }
  }

  @Test
  void secretTemplatesHoldPlaceholdersOnlyAndNoDemoValueShips() throws IOException {
    Rendered r = render("province");
    assertThat(r.k().examplesUsed()).isNotEmpty();
    for (Secret s : r.all(Secret.class)) {
      s.getData()
          .forEach(
              (key, value) -> {
                String plain =
                    new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                if (key.contains("password") || key.contains("secret")) {
                  assertEquals("REPLACE_ME", plain, s.getMetadata().getName() + "/" + key);
                }
                if (key.endsWith(".conf")) {
                  assertThat(plain).contains("default_pass = REPLACE_ME");
                }
              });
    }
    // Nothing of the laptop ships: no demo secret, no guest account, no demo user.
    String all = SERIALIZATION.asYaml(r.raw());
    for (String laptop : List.of("demo-secret", "guest", "admin-demo", "ent-demo", "127.0.0.1")) {
      assertFalse(all.contains(laptop), "province manifests contain " + laptop);
    }
    String gitignore = Files.readString(K8S.resolve("base/secrets/.gitignore"));
    assertThat(gitignore).contains("*.env").contains("*.conf");
  }

  // ---- NetworkPolicies: only the gateway reaches the services ----

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everyServicePortAdmitsOnlyTheGateway(String overlay) {
    Rendered r = render(overlay);
    assertThat(r.all(Service.class)).hasSize(SERVICES.size());
    for (Service svc : r.all(Service.class)) {
      String name = svc.getMetadata().getName();
      Map<String, String> podLabels = podLabels(r, svc.getSpec().getSelector());
      Container container = container(r, svc.getSpec().getSelector());
      List<NetworkPolicy> policies =
          r.all(NetworkPolicy.class).stream()
              .filter(p -> selects(p.getSpec().getPodSelector(), podLabels))
              .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
              .toList();
      assertFalse(policies.isEmpty(), overlay + ": no ingress NetworkPolicy for Service " + name);
      for (ServicePort port : svc.getSpec().getPorts()) {
        String where = overlay + ": Service " + name + " port " + port.getPort();
        int target = containerPort(container, port.getTargetPort());
        String targetName = portName(container, target);
        List<NetworkPolicyIngressRule> rules =
            policies.stream()
                .flatMap(p -> p.getSpec().getIngress().stream())
                .filter(rule -> covers(rule, target, targetName))
                .toList();
        assertFalse(rules.isEmpty(), where + ": no NetworkPolicy admits anything to it");
        if (name.equals("gateway")) {
          assertEquals(
              "http", targetName, where + ": the gateway's Service is its public port only");
          continue;
        }
        boolean gatewayAdmitted = false;
        for (NetworkPolicyIngressRule rule : rules) {
          assertFalse(rule.getFrom().isEmpty(), where + ": a rule admits every source");
          for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (isGateway(peer)) {
              gatewayAdmitted = true;
            } else if (target == MANAGEMENT_PORT && isMonitoringNamespace(peer)) {
              continue; // Prometheus scrapes health and metrics on the management port
            } else {
              fail(where + ": admits " + peer + " besides the gateway");
            }
          }
        }
        assertTrue(gatewayAdmitted, where + ": the gateway is not admitted");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everyServiceReachesOnlyItsServers(String overlay) {
    Rendered r = render(overlay);
    for (Deployment d : r.all(Deployment.class)) {
      Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
      String where = overlay + ": " + d.getMetadata().getName();
      List<NetworkPolicy> egress =
          r.all(NetworkPolicy.class).stream()
              .filter(p -> selects(p.getSpec().getPodSelector(), labels))
              .filter(p -> p.getSpec().getPolicyTypes().contains("Egress"))
              .toList();
      assertFalse(egress.isEmpty(), where + ": egress unrestricted");
      Set<Integer> ports = new TreeSet<>();
      egress.forEach(
          p ->
              p.getSpec()
                  .getEgress()
                  .forEach(
                      rule -> {
                        assertFalse(rule.getTo().isEmpty(), where + ": an egress rule allows all");
                        rule.getPorts().forEach(port -> ports.add(port.getPort().getIntVal()));
                      }));
      assertThat(ports).as(where).contains(53, 5432, 8080);
      String name = d.getMetadata().getName();
      if (!name.equals("gateway")) {
        assertThat(ports).as(where + " RabbitMQ").contains(5672);
      }
      if (name.equals("policy-service") || name.equals("matchmaking-service")) {
        assertThat(ports).as(where + " Elasticsearch").contains(9200);
      }
    }
  }

  private static boolean covers(NetworkPolicyIngressRule rule, int port, String portName) {
    if (rule.getPorts().isEmpty()) {
      return true;
    }
    for (NetworkPolicyPort p : rule.getPorts()) {
      IntOrString value = p.getPort();
      if (value == null
          || Objects.equals(value.getIntVal(), port)
          || Objects.equals(value.getStrVal(), portName)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGateway(NetworkPolicyPeer peer) {
    return peer.getNamespaceSelector() == null
        && peer.getIpBlock() == null
        && peer.getPodSelector() != null
        && GATEWAY.equals(peer.getPodSelector().getMatchLabels())
        && peer.getPodSelector().getMatchExpressions().isEmpty();
  }

  private static boolean isMonitoringNamespace(NetworkPolicyPeer peer) {
    return peer.getIpBlock() == null
        && peer.getPodSelector() == null
        && peer.getNamespaceSelector() != null
        && Map.of("kubernetes.io/metadata.name", "monitoring")
            .equals(peer.getNamespaceSelector().getMatchLabels());
  }

  private static boolean selects(LabelSelector selector, Map<String, String> labels) {
    return selector.getMatchExpressions().isEmpty()
        && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
  }

  private static Map<String, String> podLabels(Rendered r, Map<String, String> selector) {
    return deployment(r, selector).getSpec().getTemplate().getMetadata().getLabels();
  }

  private static Container container(Rendered r, Map<String, String> selector) {
    return deployment(r, selector).getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  private static Deployment deployment(Rendered r, Map<String, String> selector) {
    return r.all(Deployment.class).stream()
        .filter(
            d ->
                d.getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels()
                    .entrySet()
                    .containsAll(selector.entrySet()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment for selector " + selector));
  }

  private static String portName(Container c, int port) {
    return c.getPorts().stream()
        .filter(p -> p.getContainerPort() == port)
        .map(ContainerPort::getName)
        .findFirst()
        .orElse(null);
  }

  // ---- Disruption budgets, autoscaling, operators ----

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everyDeploymentHasADisruptionBudget(String overlay) {
    Rendered r = render(overlay);
    for (Deployment d : r.all(Deployment.class)) {
      Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
      assertTrue(
          r.all(PodDisruptionBudget.class).stream()
              .anyMatch(
                  p ->
                      selects(p.getSpec().getSelector(), labels)
                          && p.getSpec().getMaxUnavailable() != null),
          overlay + ": no PodDisruptionBudget (maxUnavailable) for " + d.getMetadata().getName());
    }
  }

  @Test
  void provinceAutoscalesGatewayAndMatchmakingAndRunsTheServersThreeWide() {
    Rendered r = render("province");
    for (String name : List.of("gateway", "matchmaking-service")) {
      HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, name);
      assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
      Deployment target = r.one(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
      assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
      assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
      assertEquals(
          null, target.getSpec().getReplicas(), name + ": replicas would fight the autoscaler");
      for (Container c : target.getSpec().getTemplate().getSpec().getContainers()) {
        assertNotNull(c.getResources().getRequests().get("cpu"), "the autoscaler needs a request");
      }
    }
    assertThat(r.one(Deployment.class, "enterprise-service").getSpec().getReplicas()).isEqualTo(3);
    assertThat(r.one(Deployment.class, "policy-service").getSpec().getReplicas()).isEqualTo(3);

    assertEquals(3, (Integer) spec(one(r, "Cluster", "zjtx-postgres")).get("instances"));
    assertEquals(3, esNodes(r));
    assertEquals(3, (Integer) spec(one(r, "RabbitmqCluster", "zjtx-rabbitmq")).get("replicas"));
    assertThat((Integer) spec(one(r, "Keycloak", "zjtx-keycloak")).get("instances"))
        .isGreaterThanOrEqualTo(2);
    assertOperatorResourcesWired(r);
  }

  @Test
  void districtIsOneBox() {
    Rendered r = render("district");
    assertThat(r.all(HorizontalPodAutoscaler.class)).isEmpty();
    for (Deployment d : r.all(Deployment.class)) {
      assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName());
    }
    assertEquals(1, esNodes(r));
    assertOperatorResourcesWired(r);
  }

  /** The names the services use are the ones the operators' resources produce. */
  private static void assertOperatorResourcesWired(Rendered r) {
    assertEquals("postgresql.cnpg.io/v1", one(r, "Cluster", "zjtx-postgres").getApiVersion());
    Set<String> databases = new TreeSet<>();
    r.custom("Database")
        .forEach(
            db -> {
              assertEquals("zjtx-postgres", map(spec(db).get("cluster")).get("name"));
              databases.add((String) spec(db).get("name"));
            });
    databases.add(
        (String)
            map(map(spec(one(r, "Cluster", "zjtx-postgres")).get("bootstrap")).get("initdb"))
                .get("database"));
    assertThat(databases)
        .contains("zjtx_enterprise", "zjtx_policy", "zjtx_matchmaking", "zjtx_gateway", "keycloak");
    // ECK names the HTTP Service <name>-es-http; RabbitMQ <name>; CloudNativePG <name>-rw;
    // the Keycloak operator <name>-service.
    Map<String, String> hosts = new HashMap<>();
    for (Deployment d : r.all(Deployment.class)) {
      hosts.putAll(env(d.getSpec().getTemplate().getSpec().getContainers().get(0)));
    }
    assertEquals(
        name(one(r, "Elasticsearch", "zjtx")) + "-es-http:9200", hosts.get("ZJTX_ES_HOSTS"));
    assertEquals(name(one(r, "RabbitmqCluster", "zjtx-rabbitmq")), hosts.get("ZJTX_RABBITMQ_HOST"));
    assertEquals(name(one(r, "Cluster", "zjtx-postgres")) + "-rw", hosts.get("ZJTX_DB_HOST"));
    assertEquals(
        "http://" + name(one(r, "Keycloak", "zjtx-keycloak")) + "-service:8080",
        hosts.get("ZJTX_KEYCLOAK_URL"));
    GenericKubernetesResource realm = one(r, "KeycloakRealmImport", "zjtx-realm");
    assertEquals("zjtx-keycloak", spec(realm).get("keycloakCRName"));
    assertEquals("zjtx", map(spec(realm).get("realm")).get("realm"));
    assertEquals(
        "zjtx-rabbitmq-app",
        map(map(spec(one(r, "RabbitmqCluster", "zjtx-rabbitmq")).get("secretBackend"))
                .get("externalSecret"))
            .get("name"));
  }

  private static int esNodes(Rendered r) {
    return Kustomize.list(spec(one(r, "Elasticsearch", "zjtx")).get("nodeSets")).stream()
        .mapToInt(n -> (Integer) map(n).get("count"))
        .sum();
  }

  private static GenericKubernetesResource one(Rendered r, String kind, String name) {
    return r.custom(kind).stream()
        .filter(c -> c.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(r.overlay() + ": no " + kind + " " + name));
  }

  private static String name(HasMetadata o) {
    return o.getMetadata().getName();
  }

  private static Map<String, Object> spec(GenericKubernetesResource r) {
    return map(r.getAdditionalProperties().get("spec"));
  }

  private static Map<String, Object> map(Object o) {
    return Kustomize.map(o);
  }

  // ---- The properties the manifests rely on ----

  @ParameterizedTest
  @ValueSource(strings = {"district", "province"})
  void everyVariableADeploymentSetsIsReadByItsService(String overlay) throws IOException {
    Rendered r = render(overlay);
    for (Deployment d : r.all(Deployment.class)) {
      String service = d.getMetadata().getName();
      String props = properties(service);
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      for (String name : env(c).keySet()) {
        if (name.startsWith("ZJTX_")) {
          assertTrue(
              props.contains("${" + name + "}") || props.contains("${" + name + ":"),
              overlay + ": " + service + " sets " + name + ", which its properties never read");
        }
      }
      assertThat(props)
          .as(service)
          .containsAnyOf(
              "%kubernetes.quarkus.management.enabled=true", "\nquarkus.management.enabled=true");
      assertThat(props).as(service).contains("%kubernetes.quarkus.management.port=9000");
    }
  }

  /**
   * The kubernetes profile gets every credential from the Secrets the Deployment names and from
   * nothing else; without them it (and the prod profile) stops; the local profile that
   * deploy/bin/platform.sh runs, and the tests, keep the demo values.
   */
  @Test
  void credentialsComeFromSecretsOutsideTheLocalProfile() throws IOException {
    Rendered r = render("province");
    assertThat(Files.readString(REPO.resolve("deploy/bin/platform.sh")))
        .contains("export QUARKUS_PROFILE=local");
    for (String service : SERVICES) {
      Container c =
          r.one(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
      Map<String, String> fromDeployment = new LinkedHashMap<>();
      Map<String, String> plainOnly = new LinkedHashMap<>();
      for (EnvVar e : c.getEnv()) {
        if (e.getValue() != null) {
          fromDeployment.put(e.getName(), e.getValue());
          plainOnly.put(e.getName(), e.getValue());
        } else if (e.getValueFrom().getSecretKeyRef() != null) {
          var ref = e.getValueFrom().getSecretKeyRef();
          fromDeployment.put(e.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
        } else {
          var ref = e.getValueFrom().getConfigMapKeyRef();
          fromDeployment.put(
              e.getName(), r.one(ConfigMap.class, ref.getName()).getData().get(ref.getKey()));
          plainOnly.put(e.getName(), fromDeployment.get(e.getName()));
        }
      }
      Map<String, String> credentials = credentials(service);
      Config k8s = config(service, "kubernetes", fromDeployment);
      credentials.forEach(
          (property, demo) ->
              assertThat(k8s.getValue(property, String.class))
                  .as(service + " kubernetes " + property)
                  .startsWith("secret:"));
      assertEquals(Boolean.TRUE, k8s.getValue("quarkus.management.enabled", Boolean.class));
      assertEquals(MANAGEMENT_PORT, k8s.getValue("quarkus.management.port", Integer.class));

      for (String profile : List.of("kubernetes", "prod")) {
        Config without = config(service, profile, plainOnly);
        credentials
            .keySet()
            .forEach(
                property -> {
                  try {
                    String value = without.getValue(property, String.class);
                    fail(service + " " + profile + ": " + property + " defaults to " + value);
                  } catch (NoSuchElementException expected) {
                    assertThat(expected.getMessage()).contains("ZJTX_");
                  }
                });
      }
      for (String profile : List.of("local", "test", "dev")) {
        Config local = config(service, profile, Map.of());
        credentials.forEach(
            (property, demo) ->
                assertEquals(
                    demo,
                    local.getValue(property, String.class),
                    service + " " + profile + " " + property));
        // The services' health stays on their API port, which listens on loopback only; the
        // gateway's, whose API port is public, moves to its loopback management interface.
        assertEquals(
            service.equals("gateway"),
            local.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false),
            service + " " + profile + ": management interface");
        if (service.equals("gateway")) {
          assertEquals(
              "127.0.0.1", local.getValue("quarkus.management.host", String.class), service);
        }
      }
    }
  }

  /** The credentials each service reads, with their demo values (local run, dev mode, tests). */
  private static Map<String, String> credentials(String service) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("quarkus.datasource.username", "zjtx");
    c.put("quarkus.datasource.password", "zjtx");
    if (service.equals("gateway")) {
      c.put("quarkus.keycloak.admin-client.client-secret", "gateway-demo-secret");
    } else {
      c.put("zjtx.rabbitmq.username", "guest");
      c.put("zjtx.rabbitmq.password", "guest");
    }
    return c;
  }

  private static Config config(String service, String profile, Map<String, String> env)
      throws IOException {
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .addDefaultInterceptors()
        .withSources(
            new PropertiesConfigSource(
                REPO.resolve(service)
                    .resolve("src/main/resources/application.properties")
                    .toUri()
                    .toURL(),
                250))
        .withSources(new EnvConfigSource(env, 300))
        .build();
  }

  private static String properties(String service) throws IOException {
    return Files.readString(
        REPO.resolve(service).resolve("src/main/resources/application.properties"));
  }

  private static Map<String, String> env(Container c) {
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvVar e : c.getEnv()) {
      env.put(e.getName(), e.getValue());
    }
    return env;
  }

  // ---- Typos in built-in kinds (fabric8 keeps unknown fields aside instead of failing) ----

  private static void assertNoUnknownFields(Object o, String where) {
    if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) {
      return;
    }
    if (o instanceof Collection<?> c) {
      c.forEach(e -> assertNoUnknownFields(e, where));
      return;
    }
    if (o instanceof Map<?, ?> m) {
      m.values().forEach(v -> assertNoUnknownFields(v, where));
      return;
    }
    if (!o.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || !m.getName().startsWith("get")
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty() && !(o instanceof Quantity)) {
          fail(
              where
                  + ": unknown field(s) "
                  + extra.keySet()
                  + " in "
                  + o.getClass().getSimpleName());
        }
      } else {
        assertNoUnknownFields(value, where);
      }
    }
  }

  private static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("deploy/k8s/base/kustomization.yaml"))) {
      p = p.getParent();
    }
    assertNotNull(p, "repository root not found");
    return p;
  }
}
