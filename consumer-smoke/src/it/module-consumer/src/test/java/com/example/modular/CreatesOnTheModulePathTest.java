package com.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreatesOnTheModulePathTest {
  @Test
  void createsAConversationFromANamedModule() throws Exception {
    assertTrue(CreatesOnTheModulePathTest.class.getModule().isNamed(), "the test runs on the module path");
    String[] result = CreatesOnTheModulePath.create();
    assertEquals("don:core:dvrv-us-1:devo/0:conversation/7", result[0]);
  }
}
