package nl.amsterdam.inclusion.identity;

import java.util.Map;

import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Privacy requests, handled by Bureau I&D (and administrators): see or erase what the application holds about a person. */
@RestController
public class PrivacyController {

  private final PersonalData personalData;
  private final CurrentUser currentUser;

  public PrivacyController(PersonalData personalData, CurrentUser currentUser) {
    this.personalData = personalData;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/privacy/{userId}")
  public Map<String, Object> export(@PathVariable String userId) {
    currentUser.requireAnyGroup(Groups.ID_BUREAU, Groups.CAMUNDA_ADMIN);
    return personalData.export(userId, currentUser.userId());
  }

  /** 200 when erased; 409 with the running cases when they must be withdrawn or finished first. */
  @DeleteMapping("/api/privacy/{userId}")
  public ResponseEntity<PersonalData.Erasure> erase(@PathVariable String userId) {
    currentUser.requireAnyGroup(Groups.ID_BUREAU, Groups.CAMUNDA_ADMIN);
    PersonalData.Erasure erasure = personalData.erase(userId, currentUser.userId());
    return ResponseEntity.status(erasure.erased() ? HttpStatus.OK : HttpStatus.CONFLICT).body(erasure);
  }
}
