package nl.amsterdam.inclusion.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A test class that drives {@link Browser}: each test is skipped, before the application starts, where Chromium is not
 * installed (or failed when inclusion.browser.required is set, as .ci/run does).
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Check.class)
public @interface RequiresChromium {

  /** Per test, not per class: Surefire does not count a class skipped as a whole as skipped tests. */
  class Check implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isEmpty()) {
        return ConditionEvaluationResult.enabled("checked per test");
      }
      try {
        Browser.Installation.find(System.getProperties());
        return ConditionEvaluationResult.enabled("Chromium installed");
      } catch (TestAbortedException notInstalled) {
        return ConditionEvaluationResult.disabled(notInstalled.getMessage());
      }
    }
  }
}
