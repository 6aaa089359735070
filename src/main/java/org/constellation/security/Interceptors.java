package org.constellation.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** The engine's custom interceptor lists, which may be null before a plugin adds the first. */
final class Interceptors {

  private Interceptors() {}

  static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(added);
    return interceptors;
  }
}
