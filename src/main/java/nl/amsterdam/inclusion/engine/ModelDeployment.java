package nl.amsterdam.inclusion.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level {@code bpmn/} and {@code forms/} folders (packaged on the classpath under the
 * same names) as one deployment when the engine is built, before the job executor starts.
 *
 * <p>Resource names are relative ({@code bpmn/pilot-cohort.bpmn}), never machine paths, so duplicate
 * filtering recognises an unchanged model on every node and after every restart. If any resource
 * changed, everything is redeployed together: a process with {@code formRefBinding="deployment"}
 * then always finds the forms it was deployed with.
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "inclusion-processes";
  static final List<String> FOLDERS = List.of("bpmn", "forms");
  private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final ResourcePatternResolver resolver;

  public ModelDeployment() {
    this(new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader()));
  }

  ModelDeployment(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Map<String, byte[]> resources = modelResources();
    if (resources.isEmpty()) {
      LOG.warn("No models found in {} on the classpath; nothing deployed", FOLDERS);
      return;
    }
    DeploymentBuilder builder = processEngine.getRepositoryService()
        .createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    Deployment deployment = builder.deployWithResult();
    LOG.info("Model deployment {} ({} resources: {})", deployment.getId(), resources.size(), resources.keySet());
  }

  /** Model resources by their name relative to the classpath root, sorted for a stable deployment. */
  Map<String, byte[]> modelResources() {
    Map<String, byte[]> resources = new TreeMap<>();
    for (String folder : FOLDERS) {
      try {
        for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
          String name = relativeName(folder, resource);
          if (name != null && resource.isReadable() && SUFFIXES.stream().anyMatch(name::endsWith)) {
            try (InputStream in = resource.getInputStream()) {
              resources.put(name, in.readAllBytes());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models from classpath folder " + folder, e);
      }
    }
    return resources;
  }

  static String relativeName(String folder, Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int start = url.lastIndexOf("/" + folder + "/");
    return start < 0 ? null : url.substring(start + 1);
  }
}
