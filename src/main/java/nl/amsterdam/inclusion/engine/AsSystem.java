package nl.amsterdam.inclusion.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own behalf while serving a request (keeping the directory,
 * counting for operators, answering a privacy request) as the system rather than as the signed-in caller, whose
 * grants and rules (security.EngineRules) would otherwise apply. The caller is checked before: only code that has
 * decided the caller may have the result uses this. Inside a command use {@link AsProcess}.
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  public AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}
