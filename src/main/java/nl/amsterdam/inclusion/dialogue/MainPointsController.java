package nl.amsterdam.inclusion.dialogue;

import java.util.List;

import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The register of the alderman's dialogues' main points, for whom {@link AccessModel#REPORT_READERS} names. */
@RestController
public class MainPointsController {

  private final MainPointsRegister register;
  private final CurrentUser currentUser;

  public MainPointsController(MainPointsRegister register, CurrentUser currentUser) {
    this.register = register;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/dialogue/main-points")
  public List<MainPointsRegister.Entry> mainPoints() {
    if (!AccessModel.mayRead(currentUser.groups(), AccessModel.DIALOGUE_MAIN_POINTS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen voor Bureau I&D en de ondersteuning van de wethouder");
    }
    return register.all();
  }
}
