package nl.amsterdam.inclusion.engine;

import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A running case as a process owner names it: by its id from Cockpit or by its reference (business key, any case),
 * among the processes an action applies to.
 */
@Component
public class CaseLookup {

  private final RuntimeService runtime;
  private final RepositoryService repository;

  public CaseLookup(RuntimeService runtime, RepositoryService repository) {
    this.runtime = runtime;
    this.repository = repository;
  }

  public Optional<ProcessInstance> find(String idOrReference, Collection<String> processKeys) {
    String wanted = idOrReference.trim();
    ProcessInstance byId = runtime.createProcessInstanceQuery().processInstanceId(wanted).singleResult();
    if (byId != null) {
      return Optional.of(byId).filter(instance -> processKeys.contains(processKeyOf(instance)));
    }
    // references as written ("Groeipanel ronde 5"); learning references also typed in lower case ("lv-2026-0001")
    return byReference(wanted, processKeys).or(() -> byReference(wanted.toUpperCase(), processKeys));
  }

  private Optional<ProcessInstance> byReference(String reference, Collection<String> processKeys) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .filter(instance -> processKeys.contains(processKeyOf(instance))).findFirst();
  }

  /** The case as people read it: its process's name and its reference, if it has one. */
  public static String nameOf(ProcessInstance running, HistoricProcessInstance started) {
    return running.getBusinessKey() == null ? started.getProcessDefinitionName()
        : started.getProcessDefinitionName() + " " + running.getBusinessKey();
  }

  public String processKeyOf(ProcessInstance instance) {
    return repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
  }
}
