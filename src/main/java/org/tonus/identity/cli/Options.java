package org.tonus.identity.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} and {@code --name=value} options, and {@code --flag} switches. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private Options() {
	}

	static Options parse(List<String> args, Set<String> withValue, Set<String> flags) {
		Options options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value = null;
			if (name.contains("=")) {
				value = name.substring(name.indexOf('=') + 1);
				name = name.substring(0, name.indexOf('='));
			}
			if (flags.contains(name) && value == null) {
				options.values.put(name, "true");
			}
			else if (withValue.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new IllegalArgumentException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.values.put(name, value);
			}
			else {
				throw new IllegalArgumentException("unknown option --" + name);
			}
		}
		return options;
	}

	Optional<String> get(String name) {
		return Optional.ofNullable(values.get(name));
	}

	String require(String name) {
		return get(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

}
