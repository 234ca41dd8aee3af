package org.tonus.client;

import java.util.List;
import java.util.Set;

import org.tonus.system.Role;

/**
 * Implemented by modules that add to the client chart. The chart asks each contributor, passing the
 * viewer's roles; a contributor returns only what those roles may see.
 */
public interface ChartContributor {

	List<ChartPanel> panels(Client client, Set<Role> viewerRoles);

}
