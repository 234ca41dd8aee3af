/** The {@code tonus} command-line dispatcher, started by the application's main method. */
@org.springframework.modulith.NamedInterface("cli")
package org.tonus.system.cli;
