package nl.amsterdam.inclusion;

import org.springframework.test.context.TestPropertySource;

/** The foundation on the embedded quick-start database (in memory for the test). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:foundation;DB_CLOSE_DELAY=-1")
class FoundationOnH2Test extends FoundationScenarios {
}
