package nl.amsterdam.inclusion.panel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.security.WebappCalls;
import nl.amsterdam.inclusion.security.WebappPageErrors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page "Documenten groeipanel" ({@code /groeipanel-documenten/}, with the webapps' login, as Mijn aanvragen): the
 * directorate hands in its action plan and directorate plan there (Camunda Forms in Tasklist 7.24 have no file field),
 * and whoever may read the conversation opens them. Every call runs as the signed-in person, so the engine's grants and
 * rules decide ({@link PanelDocuments}, {@link PlanDocumentRule}).
 */
@RestController
public class PanelDocumentController extends WebappPageErrors {

  /** Sent by the page's own script; a form or link on another site cannot send it (a cross-site request). */
  static final String PAGE_HEADER = "X-Requested-With";
  static final String PAGE_HEADER_VALUE = "XMLHttpRequest";
  static final String BASE = "/groeipanel-documenten";

  private final PanelDocuments documents;
  private final WebappCalls webapp;

  public PanelDocumentController(PanelDocuments documents, WebappCalls webapp) {
    this.documents = documents;
    this.webapp = webapp;
  }

  @GetMapping(BASE + "/conversations")
  public ResponseEntity<List<PanelDocuments.Conversation>> conversations(HttpServletRequest request) {
    Authentication login = webapp.login(request);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(webapp.as(login, documents::conversations));
  }

  /** One document handed in on the directorate's open step; a bad file is refused at its field, nothing stored. */
  @PostMapping(BASE + "/tasks/{taskId}/documents/{variable}")
  public Map<String, String> upload(HttpServletRequest request, @PathVariable String taskId, @PathVariable String variable,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    Authentication login = webapp.login(request);
    if (!PAGE_HEADER_VALUE.equals(request.getHeader(PAGE_HEADER))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen vanaf de pagina Documenten groeipanel");
    }
    if (!PanelProcess.PLAN_DOCUMENTS.contains(variable)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekend document");
    }
    if (file == null || file.isEmpty()) {
      throw new FormValidationException(List.of(new FieldError(PanelProcess.nameFieldOf(variable),
          PanelProcess.labelOf(variable), PlanDocuments.EMPTY)));
    }
    byte[] content = file.getBytes();
    webapp.as(login, () -> {
      documents.upload(taskId, variable, file.getOriginalFilename(), content);
      return null;
    });
    return Map.of("message", PanelProcess.labelOf(variable) + " is opgeslagen.");
  }

  @GetMapping(BASE + "/conversations/{caseId}/documents/{variable}")
  public ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String caseId,
      @PathVariable String variable) {
    Authentication login = webapp.login(request);
    PanelDocuments.Download download = webapp.as(login, () -> documents.download(caseId, variable))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen document gevonden"));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(download.mimeType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(download.content());
  }

  /** Larger than the server takes at all: the same Dutch message as the engine's size check. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", "Het bestand " + PlanDocuments.TOO_LARGE, "errors", List.of()));
  }

  /** A step that is gone (completed, or never there): nothing more is told. */
  @ExceptionHandler(ProcessEngineException.class)
  public ResponseEntity<Map<String, Object>> gone(ProcessEngineException refused) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Deze stap is er niet (meer)"));
  }
}
